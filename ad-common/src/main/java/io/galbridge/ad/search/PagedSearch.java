package io.galbridge.ad.search;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.ad.connection.AbstractAdConfiguration;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A search in pages (RFC 2696 simple paged results, which AD requires beyond its MaxPageSize of 1000),
 * streaming each entry to a consumer as it arrives, so memory does not grow with the result.
 *
 * <p>All pages run on the one connection of a {@link ServerAffinity} session: AD's paging cookie is only
 * valid on the server that issued it. {@link #run} returns only when the server has said the last page is
 * done; any failure, including a server that disappears between or during pages, is thrown as the
 * translated ConnId exception ({@code ConnectionFailedException} for a lost server), so a partial result is
 * never reported as complete. Entries already passed to the consumer stay passed: a consumer that must be
 * all-or-nothing collects and commits only after {@code run} returns.
 *
 * <p>Search result references (AD's continuation references to other partitions) are not followed and
 * not counted. Immutable and thread-safe; each {@code run} is independent.
 */
public final class PagedSearch {

    /** AD's default MaxPageSize. */
    public static final int AD_MAX_PAGE_SIZE = AbstractAdConfiguration.MAX_PAGE_SIZE;

    private final int pageSize;

    /**
     * @param pageSize entries per page, 1 to 1000 (AD caps larger requests at its MaxPageSize)
     * @throws IllegalArgumentException if outside that range
     */
    public PagedSearch(int pageSize) {
        if (pageSize < 1 || pageSize > AD_MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " is outside 1.." + AD_MAX_PAGE_SIZE);
        }
        this.pageSize = pageSize;
    }

    /** Entries per page. */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Runs the search to completion.
     *
     * @param session the connection to use for every page; not null
     * @param base the search base; not null
     * @param scope the scope; not null
     * @param filter the filter, built from objects; not null
     * @param attributes the attributes to return (empty: all user attributes)
     * @param consumer receives each entry, on the calling thread's behalf, in server order; not null
     * @return the number of entries passed to the consumer, once the last page is done
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException the translated
     *     failure, naming the base and filter
     */
    public long run(
            ServerAffinity session,
            DN base,
            SearchScope scope,
            Filter filter,
            List<String> attributes,
            Consumer<SearchResultEntry> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        String what = "search under " + base + " for " + filter;
        long[] count = {0};
        SearchResultListener listener = new SearchResultListener() {
            private static final long serialVersionUID = 1L;

            @Override
            public void searchEntryReturned(SearchResultEntry entry) {
                count[0]++;
                consumer.accept(entry);
            }

            @Override
            public void searchReferenceReturned(SearchResultReference reference) {
                // continuation references to other naming contexts are not followed
            }
        };
        return session.run(what, connection -> {
            ASN1OctetString cookie = null;
            do {
                SearchRequest request =
                        new SearchRequest(listener, base.toString(), scope, filter, attributes.toArray(String[]::new));
                request.setControls(new Control[] {new SimplePagedResultsControl(pageSize, cookie, true)});
                SearchResult result = connection.search(request);
                SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
                cookie = response == null || !response.moreResultsToReturn() ? null : response.getCookie();
            } while (cookie != null);
            return count[0];
        });
    }
}
