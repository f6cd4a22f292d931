package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ReadOnlyEntry;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;

/**
 * Change tracking with {@code (uSNChanged>=N)}: works with plain read rights.
 *
 * <p>Every AD DC numbers its own writes (and the replicated writes it applies) with its own update sequence
 * numbers, so a USN means something only on the DC that issued it. Each call therefore does all its reads on
 * the one connection of its {@link ServerAffinity} session, and the token records the DC's identity ({@code dsServiceName} and
 * {@code invocationId}, see {@link DcIdentity}) with the USN. When the session is on another DC than the one
 * that issued the token (failover, or the same DC restored from a backup), this tracker does a <em>full
 * resynchronisation</em> instead: it reports every object in scope and sets {@link
 * ChangeBatch#fullResyncReason()} naming both DCs; the caller then treats known objects that were not
 * reported as deleted.
 *
 * <p>Order of a call: read {@code highestCommittedUSN} H, then report objects in scope with
 * {@code uSNChanged >= N} (paged, on the same connection), then deletions; the next token holds H+1. Writes
 * made during the call may thus be reported twice, never lost.
 *
 * <p>Deletions: tombstones ({@code isDeleted=TRUE}, with {@code uSNChanged >= N}) are searched in the whole
 * naming context with the show-deleted control (1.2.840.113556.1.4.417). AD lets by default only
 * administrators list {@code CN=Deleted Objects}, and does not refuse the control otherwise: it (and Samba)
 * just returns no tombstones. So each call first looks for any tombstone in that container; where none is
 * visible (no right, no deletion ever, no such container, or the control is not supported, as on the
 * embedded test forest) the batch
 * carries a warning that deletions were not visible, and deletions are never reported: the caller must reconcile with a periodic full read. Deletions are reported for the whole
 * naming context minus objects whose last known DN is outside {@link ChangeScope#subtree()}; an object moved
 * out of scope is not reported as deleted.
 *
 * <p>Token payload: {@link UsnPosition}. Thread-safe.
 */
public final class UsnChangedTracker implements ChangeTracker {

    /** AD's show-deleted control, which makes tombstones visible to searches. */
    public static final String SHOW_DELETED_OID = "1.2.840.113556.1.4.417";

    private final ChangeScope scope;

    /**
     * @param scope what to watch; not null
     */
    public UsnChangedTracker(ChangeScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public ChangeTrackingKind kind() {
        return ChangeTrackingKind.USN_CHANGED;
    }

    @Override
    public SyncToken latest(ServerAffinity session) {
        {
            DcIdentity dc = DcIdentity.read(session);
            return new UsnPosition(dc.key(), dc.highestCommittedUsn() + 1).toToken();
        }
    }

    @Override
    public ChangeBatch changesSince(ServerAffinity session, SyncToken since, Consumer<Change> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        UsnPosition position = UsnPosition.fromToken(since);
        {
            DcIdentity dc = DcIdentity.read(session);
            SyncToken next = new UsnPosition(dc.key(), dc.highestCommittedUsn() + 1).toToken();
            int[] reported = {0};
            Consumer<Change> counting = change -> {
                consumer.accept(change);
                reported[0]++;
            };
            if (!dc.key().equals(position.dc())) {
                String reason = "the token's USN " + position.nextUsn() + " was issued by " + position.dc()
                        + " but this connection reached " + dc.key() + " (" + session.server()
                        + "); USNs are per domain controller, so every object in scope was read again";
                readObjects(session, scope.filter(), counting);
                return new ChangeBatch(next, reported[0], reason, List.of());
            }
            Filter changed = Filter.createANDFilter(
                    scope.filter(), Filter.createGreaterOrEqualFilter("uSNChanged", Long.toString(position.nextUsn())));
            readObjects(session, changed, counting);
            Optional<String> warning = readDeletions(session, position.nextUsn(), counting);
            return new ChangeBatch(next, reported[0], null, warning.stream().toList());
        }
    }

    private void readObjects(ServerAffinity session, Filter filter, Consumer<Change> consumer) {
        SearchRequest search =
                new SearchRequest(scope.subtree().toString(), SearchScope.SUB, filter, scope.requested());
        PagedReader.forEach(session, "search " + filter + " under " + scope.subtree(), search, entry -> {
            ReadOnlyEntry copy = new ReadOnlyEntry(entry);
            DN dn = session.run(entry.getDN(), c -> entry.getParsedDN());
            consumer.accept(new Change.CreateOrUpdate(ObjectGuidAttribute.of(entry), dn, copy, null));
        });
    }

    /** Reports tombstones; returns a warning when the server does not let this bind see them. */
    private Optional<String> readDeletions(ServerAffinity session, long fromUsn, Consumer<Change> consumer) {
        Optional<String> invisible = deletedObjectsInvisible(session);
        if (invisible.isPresent()) {
            return invisible;
        }
        Filter tombstones = Filter.createANDFilter(
                Filter.createEqualityFilter("isDeleted", "TRUE"),
                Filter.createGreaterOrEqualFilter("uSNChanged", Long.toString(fromUsn)));
        SearchRequest search =
                new SearchRequest(scope.namingContext().toString(), SearchScope.SUB, tombstones, Tombstone.ATTRIBUTES);
        search.addControl(showDeleted());
        String what = "search deleted objects of " + scope.namingContext() + " (show-deleted control)";
        List<Change.Delete> deletions = new ArrayList<>();
        PagedReader.forEach(session, what, search, entry -> toDeletion(entry).ifPresent(deletions::add));
        deletions.forEach(consumer);
        return Optional.empty();
    }

    /**
     * Whether this bind may see tombstones. Neither AD nor Samba refuses a show-deleted search by a bind
     * without the right to list {@code CN=Deleted Objects} (administrators only, by default): they just return
     * no tombstones, which would look like "nothing deleted". So this looks for any one tombstone in that
     * container: none visible means the bind cannot see them (or the forest never deleted anything, which a
     * warning does no harm to).
     */
    private Optional<String> deletedObjectsInvisible(ServerAffinity session) {
        DN container = new DN(new RDN("CN", "Deleted Objects"), scope.namingContext());
        SearchRequest any = new SearchRequest(
                container.toString(), SearchScope.ONE, Filter.createEqualityFilter("isDeleted", "TRUE"), "1.1");
        any.setSizeLimit(1);
        any.addControl(showDeleted());
        String what = "look for deleted objects in " + container + " with the show-deleted control";
        try {
            int found = session.run(what, c -> {
                try {
                    return c.search(any).getEntryCount();
                } catch (LDAPSearchException e) {
                    if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                        return e.getEntryCount();
                    }
                    throw e;
                }
            });
            return found > 0
                    ? Optional.empty()
                    : Optional.of("deletions are not visible: this bind sees no deleted object in " + container
                            + " (listing it needs administrator rights by default; deletions are not reported and"
                            + " must be found by a full reconciliation)");
        } catch (PermissionDeniedException | UnknownUidException e) {
            return Optional.of("deletions are not visible: " + e.getMessage());
        } catch (ConnectorException e) {
            if (e.getCause() instanceof LDAPException l
                    && l.getResultCode() == ResultCode.UNAVAILABLE_CRITICAL_EXTENSION) {
                return Optional.of("deletions are not visible: the server does not support the show-deleted"
                        + " control (" + e.getMessage() + ")");
            }
            throw e;
        }
    }

    private static Control showDeleted() {
        return new Control(SHOW_DELETED_OID, true);
    }

    private Optional<Change.Delete> toDeletion(SearchResultEntry tombstone) {
        if (!Tombstone.isTombstone(tombstone)) {
            return Optional.empty();
        }
        Optional<DN> last = Tombstone.lastKnownDn(tombstone);
        if (last.isPresent() && !scope.contains(last.get())) {
            return Optional.empty();
        }
        return Optional.of(new Change.Delete(ObjectGuidAttribute.of(tombstone), last.orElse(null), null));
    }
}
