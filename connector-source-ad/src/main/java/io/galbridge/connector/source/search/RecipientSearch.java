package io.galbridge.connector.source.search;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.search.PagedSearch;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.ResultsHandler;
import org.identityconnectors.framework.spi.SearchResultsHandler;

/**
 * {@code SearchOp.executeQuery}: reads recipients under the configured search roots with the simple paged
 * results control, page by page on one domain controller (AD's paging cookie is only valid there).
 *
 * <p>A search without a host page size reads all pages with ad-common's {@link PagedSearch}, streaming each
 * entry to the host as it arrives; a lost connection ends the search with a {@code ConnectionFailedException},
 * so a partial result is never reported as complete. A host that passes a page size in {@link
 * OperationOptions} gets one page and an opaque cookie for the next: that path keeps its own single-page read
 * (each page read completely before its entries go to the host), because {@link PagedSearch} neither resumes
 * from a cookie nor returns one. Thread-safe (stateless apart from the shared pool).
 */
public final class RecipientSearch {

    private final AdConnectionPool pool;
    private final SourceSettings settings;
    private final RecipientObjectMapper mapper;
    private final RecipientSchema schema;

    private static final String WRITABLE = RecipientSchema.PROXY_ADDRESSES_WRITABLE.toLowerCase(Locale.ROOT);

    /** All arguments are required. */
    public RecipientSearch(
            AdConnectionPool pool, SourceSettings settings, RecipientObjectMapper mapper, RecipientSchema schema) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * Runs a query.
     *
     * @param query the translated host filter, or null for all recipients
     * @param handler receives the objects; a false return stops the search
     * @param options attributes to get, page size and cookie; may be null
     * @throws ConnectorException the translated LDAP failure
     */
    public void execute(Filter query, ResultsHandler handler, OperationOptions options) {
        Optional<Set<String>> names = wanted(options);
        Wanted wanted = new Wanted(
                ReturnedAttributes.of(schema, names),
                names.filter(w -> w.contains(WRITABLE)).map(w -> WriteRights.probe(pool)));
        String[] attributes = ldapAttributes(names);
        Optional<String> dn = dnEquality(query);
        if (dn.isPresent()) {
            readByDn(dn.get(), withoutDn(query), handler, attributes, wanted);
            return;
        }
        Filter filter = RecipientFilters.scoped(settings.adminFilter(), query);
        Integer hostPageSize = options == null ? null : options.getPageSize();
        List<DN> roots = settings.searchRoots();
        if (hostPageSize != null && hostPageSize > 0) {
            PageCookie cookie = PageCookie.decode(options.getPagedResultsCookie());
            PageCookie next = onePage(roots, cookie, filter, attributes, wanted, handler, hostPageSize);
            finish(handler, next == null ? null : next.encode());
            return;
        }
        PagedSearch paged = new PagedSearch(settings.pageSize());
        List<String> requested = List.of(attributes);
        try {
            for (DN root : roots) {
                try (ServerAffinity session = pool.openSession()) {
                    paged.run(session, root, SearchScope.SUB, filter, requested, entry -> {
                        if (!emit(entry, handler, wanted)) {
                            throw new Stopped();
                        }
                    });
                }
            }
        } catch (Stopped stopped) {
            // the host has all it wanted
        }
    }

    /**
     * Thrown through {@link PagedSearch} when the host's handler returns false; never leaves this class.
     * PagedSearch has no other way to stop early, and it cannot start from or hand back a paging cookie,
     * which is why host-driven paging ({@link #onePage}) keeps its own loop.
     */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the host asked to stop", null, false, false);
        }
    }

    /** What the host asked for: the attributes to return and, if asked, how to read write rights. */
    private record Wanted(ReturnedAttributes returned, Optional<WriteRights> rights) {}

    /** Marker: the handler asked to stop. */
    private static final PageCookie STOPPED = new PageCookie(-1, new byte[0]);

    private PageCookie onePage(
            List<DN> roots,
            PageCookie cookie,
            Filter filter,
            String[] attributes,
            Wanted wanted,
            ResultsHandler handler,
            int pageSize) {
        if (cookie.rootIndex() < 0 || cookie.rootIndex() >= roots.size()) {
            return null;
        }
        try (ServerAffinity session = pool.openSession()) {
            PageCookie next =
                    page(session, roots.get(cookie.rootIndex()), cookie, filter, attributes, wanted, handler, pageSize);
            if (next == STOPPED) {
                return null;
            }
            if (next == null && cookie.rootIndex() + 1 < roots.size()) {
                return new PageCookie(cookie.rootIndex() + 1, new byte[0]);
            }
            return next;
        }
    }

    /** Reads one page; returns the next cookie, null after the last page, or {@link #STOPPED}. */
    private PageCookie page(
            ServerAffinity session,
            DN root,
            PageCookie cookie,
            Filter filter,
            String[] attributes,
            Wanted wanted,
            ResultsHandler handler,
            int pageSize) {
        String what = "search for recipients under " + root;
        SearchResult result = session.run(what, connection -> {
            SearchRequest request = new SearchRequest(root.toString(), SearchScope.SUB, filter, attributes);
            request.addControl(new SimplePagedResultsControl(pageSize, cookie.asn1(), true));
            SearchResult r = connection.search(request);
            if (r.getResultCode() != ResultCode.SUCCESS) {
                throw new LDAPSearchException(r);
            }
            return r;
        });
        for (SearchResultEntry entry : result.getSearchEntries()) {
            if (!emit(entry, handler, wanted)) {
                return STOPPED;
            }
        }
        SimplePagedResultsControl response;
        try {
            response = SimplePagedResultsControl.get(result);
        } catch (LDAPException e) {
            throw new ConnectorException(what + ": the server's paged results response is malformed", e);
        }
        if (response == null) {
            throw new ConnectorException(what + ": the server ignored the paged results control; the result"
                    + " may be truncated, so it is not reported as complete");
        }
        return response.moreResultsToReturn()
                ? new PageCookie(cookie.rootIndex(), response.getCookie().getValue())
                : null;
    }

    private void readByDn(String dnText, Filter rest, ResultsHandler handler, String[] attributes, Wanted wanted) {
        DN dn;
        try {
            dn = new DN(dnText);
        } catch (LDAPException e) {
            return; // no entry can have a malformed DN: nothing matches
        }
        if (!settings.inScope(dn)) {
            return;
        }
        Filter filter = RecipientFilters.scoped(settings.adminFilter(), rest);
        List<SearchResultEntry> found = pool.run("read " + dn, connection -> {
            try {
                return connection
                        .search(new SearchRequest(dn.toString(), SearchScope.BASE, filter, attributes))
                        .getSearchEntries();
            } catch (LDAPSearchException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return List.of();
                }
                throw e;
            }
        });
        for (SearchResultEntry entry : found) {
            if (!emit(entry, handler, wanted)) {
                return;
            }
        }
    }

    private boolean emit(SearchResultEntry entry, ResultsHandler handler, Wanted wanted) {
        if (!settings.inScope(entryDn(entry))) {
            return true;
        }
        Classification classification = mapper.classify(entry);
        if (classification.kind() == RecipientKind.NOT_RECIPIENT) {
            return true;
        }
        return handler.handle(mapper.toConnectorObject(entry, classification, wanted.returned(), wanted.rights()));
    }

    private static DN entryDn(SearchResultEntry entry) {
        try {
            return entry.getParsedDN();
        } catch (LDAPException e) {
            throw new ConnectorException("the server returned an entry with a malformed DN '" + entry.getDN() + "'", e);
        }
    }

    /**
     * Reports the cookie of a host-paged search. Only then: ConnId 1.5.2.0's buffered results proxy casts
     * the application's handler to {@link SearchResultsHandler} when a result arrives, so reporting one to a
     * host that did not ask for paging would fail in the framework.
     */
    private static void finish(ResultsHandler handler, String cookie) {
        if (handler instanceof SearchResultsHandler h) {
            h.handleResult(new org.identityconnectors.framework.common.objects.SearchResult(cookie, -1));
        }
    }

    private static Optional<Set<String>> wanted(OperationOptions options) {
        if (options == null || options.getAttributesToGet() == null) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String n : options.getAttributesToGet()) {
            names.add(n.toLowerCase(Locale.ROOT));
        }
        return Optional.of(names);
    }

    private String[] ldapAttributes(Optional<Set<String>> wanted) {
        List<String> names = new ArrayList<>(RecipientSchema.classifierInputs());
        if (wanted.isEmpty()) {
            names.add("*");
        } else {
            for (String n : wanted.get()) {
                schema.attribute(n).ifPresent(a -> names.add(a.name()));
            }
            if (wanted.get().contains(WRITABLE)) {
                names.add(WriteRights.EFFECTIVE);
            }
        }
        return names.toArray(String[]::new);
    }

    /** A NAME equality at the top of the query, or inside its top-level AND. */
    private static Optional<String> dnEquality(Filter query) {
        if (query == null) {
            return Optional.empty();
        }
        if (isDnEquality(query)) {
            return Optional.of(query.getAssertionValue());
        }
        if (query.getFilterType() == Filter.FILTER_TYPE_AND) {
            for (Filter c : query.getComponents()) {
                if (isDnEquality(c)) {
                    return Optional.of(c.getAssertionValue());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDnEquality(Filter f) {
        return f.getFilterType() == Filter.FILTER_TYPE_EQUALITY
                && f.getAttributeName().equalsIgnoreCase(ConnIdFilterTranslator.DN_ATTRIBUTE);
    }

    private static Filter withoutDn(Filter query) {
        if (isDnEquality(query)) {
            return null;
        }
        List<Filter> rest = new ArrayList<>();
        boolean removed = false;
        for (Filter c : query.getComponents()) {
            if (!removed && isDnEquality(c)) {
                removed = true;
            } else {
                rest.add(c);
            }
        }
        return rest.isEmpty() ? null : Filter.createANDFilter(rest);
    }
}
