package io.galbridge.ad.sync;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a search page by page (simple paged results, RFC 2696) on one connection, so that AD's paging
 * cookie stays on the DC that issued it, and hands each entry on as its page arrives. Stateless.
 */
final class PagedReader {

    static final int PAGE_SIZE = 500;

    private PagedReader() {}

    /**
     * @param session the connection; the search runs on it only
     * @param what the search, for error messages
     * @param template the search; its controls are kept and the paging control added
     * @param each receives every entry
     */
    static void forEach(ServerAffinity session, String what, SearchRequest template, Consumer<SearchResultEntry> each) {
        ASN1OctetString cookie = null;
        do {
            SearchRequest page = template.duplicate();
            List<Control> controls = new ArrayList<>(List.of(template.getControls()));
            controls.add(new SimplePagedResultsControl(PAGE_SIZE, cookie, false));
            page.setControls(controls);
            SearchResult result = session.run(what, c -> c.search(page));
            result.getSearchEntries().forEach(each);
            SimplePagedResultsControl response = session.run(what, c -> SimplePagedResultsControl.get(result));
            cookie = response == null || !response.moreResultsToReturn() ? null : response.getCookie();
        } while (cookie != null);
    }
}
