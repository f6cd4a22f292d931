package io.galbridge.connector.source.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;

/**
 * Interim uSNChanged tracker: the state is the highest USN seen on the domain controller; changes are the
 * entries with a higher uSNChanged under the search roots, read with paged searches on one server and
 * reported in USN order. It does not see deletions (that needs the show-deleted control or DirSync, which the
 * shared {@code io.galbridge.ad.sync} trackers bring). USNs are per domain controller: the state is only
 * meaningful against the same DC. Thread-safe.
 */
public final class UsnChangeTracker implements ChangeTracker {

    private static final String USN_CHANGED = "uSNChanged";
    private static final String HIGHEST = "highestCommittedUSN";

    private final AdConnectionPool pool;
    private final List<DN> roots;
    private final Filter candidates;
    private final int pageSize;
    private final String[] attributes;

    /**
     * @param pool the connection pool
     * @param roots the subtrees to watch
     * @param candidates the filter entries must match (recipients, admin filter)
     * @param pageSize the page size
     * @param attributes the attributes to read for each changed entry
     */
    public UsnChangeTracker(
            AdConnectionPool pool, List<DN> roots, Filter candidates, int pageSize, String[] attributes) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.roots = List.copyOf(roots);
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.pageSize = pageSize;
        this.attributes = attributes.clone();
    }

    @Override
    public String strategy() {
        return "USN_CHANGED";
    }

    @Override
    public String latestState() {
        return pool.run("read " + HIGHEST + " from the root DSE", c -> {
            String value = c.getRootDSE() == null ? null : c.getRootDSE().getAttributeValue(HIGHEST);
            if (value == null) {
                throw new ConnectorException("the server's root DSE has no " + HIGHEST
                        + "; it does not support uSNChanged tracking (choose another syncStrategy)");
            }
            return value;
        });
    }

    @Override
    public Batch changesSince(String state) {
        long since;
        try {
            since = Long.parseLong(state);
        } catch (NumberFormatException e) {
            throw new InvalidAttributeValueException("uSNChanged sync state '" + state + "' is not a number", e);
        }
        Filter filter = Filter.createANDFilter(
                candidates, Filter.createGreaterOrEqualFilter(USN_CHANGED, Long.toString(since + 1)));
        List<Entry> changed = new ArrayList<>();
        try (ServerAffinity session = pool.openSession()) {
            for (DN root : roots) {
                byte[] cookie = new byte[0];
                do {
                    byte[] current = cookie;
                    SearchResult result = session.run("read changes under " + root, c -> {
                        SearchRequest r = new SearchRequest(root.toString(), SearchScope.SUB, filter, attributes);
                        r.addControl(new SimplePagedResultsControl(
                                pageSize, new com.unboundid.asn1.ASN1OctetString(current), true));
                        SearchResult sr = c.search(r);
                        if (sr.getResultCode() != ResultCode.SUCCESS) {
                            throw new LDAPSearchException(sr);
                        }
                        return sr;
                    });
                    changed.addAll(result.getSearchEntries());
                    SimplePagedResultsControl page =
                            session.run("read changes under " + root, c -> SimplePagedResultsControl.get(result));
                    cookie = page != null && page.moreResultsToReturn()
                            ? page.getCookie().getValue()
                            : null;
                } while (cookie != null);
            }
        }
        changed.sort(Comparator.comparingLong(UsnChangeTracker::usn));
        List<Change> changes = new ArrayList<>();
        long last = since;
        for (Entry e : changed) {
            last = Math.max(last, usn(e));
            changes.add(new Change(false, e, Long.toString(usn(e))));
        }
        return new Batch(changes, Long.toString(last));
    }

    private static long usn(Entry e) {
        Long v = e.getAttributeValueAsLong(USN_CHANGED);
        if (v == null) {
            throw new ConnectorException(e.getDN() + ": changed entry has no " + USN_CHANGED);
        }
        return v;
    }
}
