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
 * Deletions arrive as entryUUIDs (a {@code syncIdSet} with refreshDeletes, or an entry with state delete)
 * and are reported as {@link Change.Delete} with the entryUUID and <em>without</em> objectGUID: the
 * deleted entry can no longer be read, and this tracker does not keep an entryUUID-to-objectGUID map in the
 * token, because the map would grow with the directory while a token must stay small. Every {@link
 * Change.CreateOrUpdate} carries the entry's entryUUID, so the caller resolves a deletion from the
 * entryUUIDs of the objects it already holds (e.g. stored next to each object's objectGUID).
 *
 * <p>When the server cannot answer from its session log and falls back to a present phase (the token is
 * older than the log), this tracker does a full refresh instead and sets {@link
 * ChangeBatch#fullResyncReason()}: every object in scope is reported, and objects the caller knows that
 * were not reported are deleted.
 *
 * <p>The server's answer to one call is gathered before the consumer sees it (the final cookie arrives
 * last), so memory grows with the number of changes in one call. {@link #latest} runs a refresh
 * without a cookie and without attributes, reading every DN in scope once. Token payload (version 1): the
 * server's sync cookie. Thread-safe.
 */
public final class ContentSyncTracker implements ChangeTracker {

    /** The OID a server advertises in supportedControl when it offers RFC 4533. */
    public static final String SYNC_REQUEST_OID = ContentSyncRequestControl.SYNC_REQUEST_OID;

    private final ChangeScope scope;

    /**
     * @param scope what to watch; {@link ChangeScope#subtree()} is the sync base; not null
     */
    public ContentSyncTracker(ChangeScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
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
            if (refresh.sawPresentPhase()) {
                reason = "the server answered the token with a present phase (the token is older than its session"
                        + " log, or the log was reset), so every object in scope was read again";
                refresh = refresh(session, null, scope.requested());
            }
            List<Change> changes = refresh.changes(session);
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
