package io.galbridge.ad.sync;

import java.util.function.Consumer;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * A change-tracking strategy: reports the objects of one {@link ChangeScope} that changed since a {@link
 * SyncToken}.
 *
 * <pre>
 * ChangeTracker tracker = ChangeTrackerFactory.create(SyncMode.AUTO, pool, scope);
 * SyncToken start = tracker.currentToken();            // remember start.encode()
 * ...
 * ChangeBatch batch = tracker.changesSince(SyncToken.decode(saved), change -&gt; apply(change));
 * saved = batch.next().encode();                        // only after every change was applied
 * </pre>
 *
 * <p>Delivery is at least once: a change may appear again in the next batch (apply changes idempotently).
 * Changes come in no particular order, except that one batch never reports an object's older state after
 * its newer one. Store {@link ChangeBatch#next()} only once the consumer has applied every change: if the
 * consumer throws, the call ends with that exception and the old token remains valid.
 *
 * <p>Implementations are thread-safe (each call uses its own pooled connection); a token is opaque and
 * valid only with the strategy that wrote it.
 */
public interface ChangeTracker {

    /** The strategy, which is also the kind of token this tracker reads and writes. */
    SyncStrategy strategy();

    /**
     * The "start from now" token: a later {@link #changesSince} reports changes made after this call.
     *
     * @return the token; never null
     * @throws ConnectorException the translated LDAP failure
     */
    SyncToken currentToken();

    /**
     * Reports, one at a time, the changes made in scope since {@code since} was issued.
     *
     * @param since a token of this tracker's strategy; not null
     * @param consumer receives each change; not null. Its exceptions end the call unchanged.
     * @return the next token and what happened
     * @throws InvalidSyncTokenException when {@code since} belongs to another strategy or payload version
     * @throws ConnectorException the translated LDAP failure
     */
    ChangeBatch changesSince(SyncToken since, Consumer<Change> consumer);
}
