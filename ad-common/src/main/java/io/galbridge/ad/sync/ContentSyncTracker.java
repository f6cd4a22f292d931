package io.galbridge.ad.sync;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.ReadOnlyEntry;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestMode;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * Change tracking with RFC 4533 content synchronisation in refreshOnly mode (UnboundID {@link
 * ContentSyncRequestControl}), for OpenLDAP-based directories with the syncprov overlay.
 *
 * <p>Adds and modifies arrive as entries (state add or modify) and are reported as {@link
 * Change.CreateOrUpdate} with the entry's objectGUID, which such directories must carry as an ordinary
 * attribute (galbridge's test forests set it; an entry without one fails the call naming its DN).
 * Deletions arrive as entryUUIDs only (a {@code syncIdSet} with refreshDeletes, or an entry with state
 * delete): the deleted entry can no longer be read, and the token cannot hold an entryUUID-to-objectGUID map
 * (it would grow with the directory). So this tracker reads each deleted entry's objectGUID from the
 * server's accesslog ({@code slapo-accesslog}: the {@code auditDelete} record with that {@code reqEntryUUID}
 * keeps the old objectGUID in {@code reqOld}) and reports {@link Change.Delete} with objectGUID, last DN and
 * entryUUID. {@link #forServer} refuses a server without an accesslog database this bind can read. An entry
 * that syncprov reports as deleted but that still exists (moved out of {@link ChangeScope#subtree()}) is
 * reported as deleted with its current DN. A deletion whose log record has no objectGUID (an OU) is reported
 * without objectGUID. Every {@link Change.CreateOrUpdate} also carries the entry's entryUUID.
 *
 * <p>When the server cannot answer from its session log and falls back to a present phase (the token is
 * older than the log), or reports a deletion that the accesslog no longer holds (purged, or not logged),
 * this tracker does a full refresh instead and sets {@link ChangeBatch#fullResyncReason()}: every object in
 * scope is reported, and objects the caller knows that were not reported are deleted. A delete record
 * without old values ({@code logold} does not match the entry) fails the call, naming the setting.
 *
 * <p>The server's answer to one call is gathered before the consumer sees it (the final cookie arrives
 * last), so memory grows with the number of changes in one call. {@link #latest} runs a refresh
 * without a cookie and without attributes, reading every DN in scope once. Deletions cost one accesslog search
 * per hundred of them. Token payload (version 1): the
 * server's sync cookie. Thread-safe.
 */
public final class ContentSyncTracker implements ChangeTracker {

    /** The OID a server advertises in supportedControl when it offers RFC 4533. */
    public static final String SYNC_REQUEST_OID = ContentSyncRequestControl.SYNC_REQUEST_OID;

    private final ChangeScope scope;
    private final DeletionResolver deletions;

    /**
     * @param scope what to watch; {@link ChangeScope#subtree()} is the sync base; not null
     * @param accessLog where the objectGUIDs of deleted entries are read; not null
     */
    ContentSyncTracker(ChangeScope scope, AccessLog accessLog) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.deletions = new DeletionResolver(accessLog, scope);
    }

    /**
     * A tracker for a server whose accesslog this bind can read.
     *
     * @param session a connection to the server, to find its accesslog database; not null
     * @param scope what to watch; {@link ChangeScope#subtree()} is the sync base; not null
     * @return the tracker
     * @throws org.identityconnectors.framework.common.exceptions.ConfigurationException naming the accesslog overlay
     *     and its settings when the server has no accesslog database this bind can read
     */
    public static ContentSyncTracker forServer(ServerAffinity session, ChangeScope scope) {
        return new ContentSyncTracker(scope, AccessLog.locate(session, scope.namingContext()));
    }

    @Override
    public ChangeTrackingKind kind() {
        return ChangeTrackingKind.CONTENT_SYNC;
    }

    @Override
    public SyncToken latest(ServerAffinity session) {
        {
            return SyncToken.of(ChangeTrackingKind.CONTENT_SYNC, refresh(session, null, new String[] {"1.1"}).cookie);
        }
    }

    @Override
    public ChangeBatch changesSince(ServerAffinity session, SyncToken since, Consumer<Change> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        byte[] cookie = since.stateFor(ChangeTrackingKind.CONTENT_SYNC);
        {
            Refresh refresh = refresh(session, cookie, scope.requested());
            String reason = null;
            List<Change> changes = null;
            if (refresh.sawPresentPhase()) {
                reason = "the server answered the token with a present phase (the token is older than its session"
                        + " log, or the log was reset), so every object in scope was read again";
            } else {
                DeletionResolver.Resolution resolution = deletions.resolve(session, refresh.changes(session));
                if (resolution.unresolved().isEmpty()) {
                    changes = resolution.changes();
                } else {
                    List<UUID> unresolved = resolution.unresolved();
                    reason = "the server reports the deletion of " + unresolved.size() + " entries (entryUUIDs "
                            + unresolved.subList(0, Math.min(10, unresolved.size()))
                            + (unresolved.size() > 10 ? " ..." : "")
                            + ") that the accesslog holds no delete record of (logops without delete, or logpurge"
                            + " removed the records before this sync), so their objectGUIDs are unknown and every"
                            + " object in scope was read again";
                }
            }
            if (changes == null) {
                refresh = refresh(session, null, scope.requested());
                changes = refresh.changes(session);
            }
            changes.forEach(consumer);
            return new ChangeBatch(
                    SyncToken.of(ChangeTrackingKind.CONTENT_SYNC, refresh.cookie), changes.size(), reason, List.of());
        }
    }

    private Refresh refresh(ServerAffinity session, byte[] cookie, String[] attributes) {
        ContentSyncCollector collector = new ContentSyncCollector();
        SearchRequest request =
                new SearchRequest(collector, scope.subtree().toString(), SearchScope.SUB, scope.filter(), attributes);
        request.setIntermediateResponseListener(collector);
        request.addControl(new ContentSyncRequestControl(
                true, ContentSyncRequestMode.REFRESH_ONLY, cookie == null ? null : new ASN1OctetString(cookie), false));
        String what = "RFC 4533 refresh of " + scope.subtree();
        SearchResult result = session.run(what, c -> c.search(request));
        ContentSyncDoneControl done = session.run(what, c -> ContentSyncDoneControl.get(result));
        ASN1OctetString last = done != null && done.getCookie() != null ? done.getCookie() : collector.lastCookie();
        if (last == null && cookie != null) {
            // RFC 4533 3.4.1: a server may leave the cookie out when the client's state is current (slapd does when
            // nothing changed); the client keeps its cookie
            last = new ASN1OctetString(cookie);
        }
        if (last == null) {
            throw new ConnectorException(what + ": the server returned no sync cookie (result " + result.getResultCode()
                    + ", " + collector.items().size() + " entries, response controls "
                    + java.util.Arrays.toString(result.getResponseControls()) + ")");
        }
        collector.checkFailures(what);
        return new Refresh(collector, last.getValue());
    }

    /** One finished refresh: what the server sent and the cookie it ended with. */
    private final class Refresh {
        private final ContentSyncCollector collected;
        private final byte[] cookie;

        Refresh(ContentSyncCollector collected, byte[] cookie) {
            this.collected = collected;
            this.cookie = cookie;
        }

        boolean sawPresentPhase() {
            return collected.sawPresentPhase();
        }

        List<Change> changes(ServerAffinity session) {
            List<Change> changes = new ArrayList<>();
            for (ContentSyncCollector.Item item : collected.items()) {
                SearchResultEntry entry = item.entry();
                ContentSyncStateControl state = item.state();
                DN dn = session.run(entry.getDN(), c -> entry.getParsedDN());
                UUID uuid = state.getEntryUUID();
                switch (state.getState()) {
                    case ADD, MODIFY ->
                        changes.add(new Change.CreateOrUpdate(
                                ObjectGuidAttribute.of(entry), dn, new ReadOnlyEntry(entry), uuid));
                    case DELETE -> changes.add(new Change.Delete(null, dn, uuid));
                    default -> {
                        // PRESENT: only seen in a present phase, which changesSince replaces by a full refresh
                    }
                }
            }
            for (UUID deleted : collected.deletedIds()) {
                changes.add(new Change.Delete(null, null, deleted));
            }
            return changes;
        }
    }
}
