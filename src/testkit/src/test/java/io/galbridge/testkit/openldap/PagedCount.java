package io.galbridge.testkit.openldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.ArrayList;
import java.util.List;

/** Reads a subtree with the simple paged results control and records the page sizes. */
final class PagedCount {

    private PagedCount() {}

    /** The number of entries returned on each page. */
    static List<Integer> pages(LDAPConnection connection, String base, Filter filter, int pageSize)
            throws LDAPException {
        List<Integer> pages = new ArrayList<>();
        ASN1OctetString cookie = null;
        do {
            SearchRequest request = new SearchRequest(base, SearchScope.SUB, filter, "1.1");
            request.addControl(new SimplePagedResultsControl(pageSize, cookie, true));
            SearchResult result = connection.search(request);
            pages.add(result.getEntryCount());
            SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
            cookie = response == null || !response.moreResultsToReturn() ? null : response.getCookie();
        } while (cookie != null);
        return pages;
    }
}
