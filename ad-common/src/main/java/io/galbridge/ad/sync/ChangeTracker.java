package io.galbridge.ad.sync;

import io.galbridge.ad.connection.ServerAffinity;
import java.util.function.Consumer;

/**
 * A strategy for reading what changed in a directory since a {@link SyncToken}: DirSync on AD and Samba,
 * {@code uSNChanged} against one pinned DC, RFC 4533 content sync on OpenLDAP. Chosen once from validated
 * settings; the connectors' live sync delegates to it.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>Every call runs on the one connection of the given {@link ServerAffinity} session.
 *   <li>{@link #changesSince} returns the new token only after every change up to it has been passed to the
 *       consumer; if it throws (translated ConnId exception), the caller keeps its old token, and the next
 *       run repeats changes rather than losing them. Consumers must therefore be idempotent.
 *   <li>A token written by another mechanism, or pinned to another DC, is refused with a {@code
 *       ConnectorException} that says a full synchronisation is needed; it is never silently reinterpreted.
 * </ul>
 *
 * Implementations are thread-safe and keep no per-forest state outside the token.
 */
public interface ChangeTracker {

    /** The mechanism, which is also the kind of every token this tracker writes. */
    ChangeTrackingKind kind();

    /**
     * The token for "now": a later {@link #changesSince} with it reports only changes made after this call.
     *
     * @param session the connection to use; not null
     * @return the token
     */
    SyncToken latest(ServerAffinity session);

    /**
     * Reports the changes since a token.
     *
     * @param session the connection to use for the whole run; not null
     * @param since a token from {@link #latest} or a previous call; not null
     * @param consumer receives each change, in the order the directory reports them; not null
     * @return the token to resume from next time
     */
    SyncToken changesSince(ServerAffinity session, SyncToken since, Consumer<DirectoryChange> consumer);
}
