package io.galbridge.ad.sync;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ReadOnlyEntry;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.experimental.ActiveDirectoryDirSyncControl;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * Change tracking with AD's DirSync control (1.2.840.113556.1.4.841, UnboundID {@link
 * ActiveDirectoryDirSyncControl}).
 *
 * <p>The bind needs the "Replicating Directory Changes" right on the naming context (without it AD
 * answers insufficient access, translated to {@code PermissionDeniedException}). DirSync searches the
 * whole naming context ({@link ChangeScope#namingContext()}); objects outside {@link ChangeScope#subtree()}
 * are dropped here. The filter is widened to {@code (|(<filter>)(isDeleted=TRUE))} so deletions are seen
 * although tombstones lose the attributes the filter tests; a deletion comes as a tombstone
 * ({@code isDeleted=TRUE}) and is reported with its objectGUID and last known DN. When the server sets the
 * "more data" flag the search is repeated with the new cookie until it is clear. Incremental values are
 * requested (only changed values of linked attributes travel).
 *
 * <p>DirSync returns only the <em>changed</em> attributes of an object. So that every {@link
 * Change.CreateOrUpdate} carries the full requested attribute set, this tracker re-reads each changed object
 * by objectGUID on the same connection (server affinity: the DC that answered DirSync has at least that
 * state). An object that can no longer be read there (deleted, or moved out of {@link
 * ChangeScope#subtree()}, since the DirSync answer) is skipped: a deletion is reported by the next batch. An
 * object moved out of scope is not reported as deleted.
 *
 * <p>Token payload (version 1): the server's DirSync cookie, which also covers changes in attributes not
 * requested. Thread-safe.
 */
public final class DirSyncTracker implements ChangeTracker {

    private static final int FLAGS = ActiveDirectoryDirSyncControl.FLAG_INCREMENTAL_VALUES;
    /** Bound on "more data" rounds, against a server that never clears the flag. */
    private static final int MAX_ROUNDS = 100_000;

    private final ChangeScope scope;

    /**
     * @param scope what to watch; not null
     */
    public DirSyncTracker(ChangeScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public ChangeTrackingKind kind() {
        return ChangeTrackingKind.DIRSYNC;
    }

    /**
     * Runs DirSync from the beginning, discarding the objects, and returns the final cookie. This reads every
     * object in scope once (objectGUID only).
     */
    @Override
    public SyncToken latest(ServerAffinity session) {
        {
            ASN1OctetString cookie = rounds(session, null, new String[] {"objectGUID"}, entries -> {});
            return SyncToken.of(ChangeTrackingKind.DIRSYNC, cookie.getValue());
        }
    }

    @Override
    public ChangeBatch changesSince(ServerAffinity session, SyncToken since, Consumer<Change> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        ASN1OctetString start = new ASN1OctetString(since.stateFor(ChangeTrackingKind.DIRSYNC));
        int[] reported = {0};
        {
            ASN1OctetString cookie = rounds(session, start, scope.requested(Tombstone.ATTRIBUTES), entries -> {
                for (SearchResultEntry entry : entries) {
                    Change change = toChange(session, entry);
                    if (change != null) {
                        consumer.accept(change);
                        reported[0]++;
                    }
                }
            });
            return new ChangeBatch(
                    SyncToken.of(ChangeTrackingKind.DIRSYNC, cookie.getValue()), reported[0], null, List.of());
        }
    }

    /** DirSync rounds until the server clears "more data"; gives each round's entries to {@code round}. */
    private ASN1OctetString rounds(
            ServerAffinity session,
            ASN1OctetString startCookie,
            String[] attributes,
            Consumer<List<SearchResultEntry>> round) {
        Filter filter = Filter.createORFilter(scope.filter(), Filter.createEqualityFilter("isDeleted", "TRUE"));
        String what = "DirSync search of " + scope.namingContext()
                + " (needs the 'Replicating Directory Changes' right on it)";
        ASN1OctetString cookie = startCookie;
        for (int i = 0; i < MAX_ROUNDS; i++) {
            SearchRequest request =
                    new SearchRequest(scope.namingContext().toString(), SearchScope.SUB, filter, attributes);
            request.addControl(new ActiveDirectoryDirSyncControl(true, FLAGS, 0, cookie));
            SearchResult result = session.run(what, c -> c.search(request));
            ActiveDirectoryDirSyncControl response = session.run(what, c -> ActiveDirectoryDirSyncControl.get(result));
            if (response == null || response.getCookie() == null) {
                throw new ConnectorException(what + ": the server returned no DirSync cookie");
            }
            round.accept(result.getSearchEntries());
            cookie = response.getCookie();
            // the response's flags field is AD's "more data" indicator
            if (response.getFlags() == 0) {
                return cookie;
            }
        }
        throw new ConnectorException(what + ": the server still reported more data after " + MAX_ROUNDS + " rounds");
    }

    private Change toChange(ServerAffinity session, SearchResultEntry entry) {
        ExchangeGuid guid = ObjectGuidAttribute.of(entry);
        if (Tombstone.isTombstone(entry)) {
            return new Change.Delete(guid, Tombstone.lastKnownDn(entry).orElse(null), null);
        }
        DN dn = session.run(entry.getDN(), c -> entry.getParsedDN());
        if (!scope.contains(dn)) {
            return null;
        }
        SearchRequest reread = new SearchRequest(
                scope.subtree().toString(),
                SearchScope.SUB,
                GuidCodec.INSTANCE.equalityFilter(GuidCodec.OBJECT_GUID, guid),
                scope.requested());
        SearchResult result = session.run("re-read " + dn + " after DirSync", c -> {
            try {
                return c.search(reread);
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return null;
                }
                throw e;
            }
        });
        List<SearchResultEntry> found = result == null ? List.of() : new ArrayList<>(result.getSearchEntries());
        if (found.isEmpty()) {
            return null;
        }
        ReadOnlyEntry full = new ReadOnlyEntry(found.get(0));
        DN fullDn = session.run(full.getDN(), c -> full.getParsedDN());
        return new Change.CreateOrUpdate(guid, fullDn, full, null);
    }
}
