package io.galbridge.ad.sync;

import io.galbridge.ad.connection.ServerAffinity;
import java.util.function.Consumer;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * A strategy for reading what changed in one {@link ChangeScope} since a {@link SyncToken}: {@link
 * DirSyncTracker} on AD and Samba, {@link UsnChangedTracker} against one pinned DC, {@link
 * ContentSyncTracker} (RFC 4533) on OpenLDAP. Chosen once from validated settings by {@link
 * ChangeTrackerFactory}; the connectors' live sync delegates to it.
 *
 * <pre>
 * ChangeTracker tracker = ChangeTrackerFactory.create(SyncMode.AUTO, session, scope);
 * String saved = tracker.latest(session).encode();
 * ...
 * try (ServerAffinity session = pool.openSession()) {
 *     ChangeBatch batch = tracker.changesSince(session, SyncToken.decode(saved), change -&gt; apply(change));
 *     saved = batch.next().encode();     // only after every change was applied
 * }
 * </pre>
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>Every call runs on the one connection of the given {@link ServerAffinity} session.
 *   <li>{@link #changesSince} returns the new token only after every change up to it has been passed to the
 *       consumer; if it throws (translated ConnId exception, or the consumer's own exception unchanged), the
 *       caller keeps its old token, and the next run repeats changes rather than losing them. Delivery is at
 *       least once; consumers must therefore be idempotent.
 *   <li>A token written by another mechanism is refused with a {@code ConnectorException} that says a full
 *       synchronisation is needed; it is never silently reinterpreted. A token that the mechanism can no
 *       longer continue from (another DC, history gone) leads to a full resynchronisation reported in {@link
 *       ChangeBatch#fullResyncReason()}.
 *   <li>A rename or move is a {@link Change.CreateOrUpdate} with the same objectGUID and the new DN.
 * </ul>
 *
 * Implementations are thread-safe and keep no per-forest state outside the token.
 */
public interface ChangeTracker {

    /** The mechanism, which is also the kind of every token this tracker writes and reads. */
    ChangeTrackingKind kind();

    /**
     * The token for "now": a later {@link #changesSince} with it reports only changes made after this call.
     *
     * @param session the connection to use; not null
     * @return the token
     * @throws ConnectorException the translated LDAP failure
     */
    SyncToken latest(ServerAffinity session);

    /**
     * Reports the changes since a token.
     *
     * @param session the connection to use for the whole run; not null
     * @param since a token from {@link #latest} or a previous call; not null
     * @param consumer receives each change; not null. Its exceptions end the call unchanged.
     * @return the token to resume from next time, and what the run could not see
     * @throws ConnectorException the translated LDAP failure, or a token of another mechanism
     */
    ChangeBatch changesSince(ServerAffinity session, SyncToken since, Consumer<Change> consumer);
}
