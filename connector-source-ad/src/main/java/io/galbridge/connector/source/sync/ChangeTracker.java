package io.galbridge.connector.source.sync;

import com.unboundid.ldap.sdk.Entry;
import java.util.List;

/**
 * One way of following changes in the source forest (DirSync, uSNChanged, RFC 4533). The state is an
 * opaque, strategy-specific string that {@link SyncTokenCodec} wraps with a version and the strategy's name.
 *
 * <p>This is the interface the connector's {@code SyncOp} is written against until the shared trackers of
 * {@code io.galbridge.ad.sync} land; an adapter will then implement it on top of them.
 */
public interface ChangeTracker {

    /** The strategy's name as written into tokens, e.g. {@code USN_CHANGED}. */
    String strategy();

    /** The state that means "everything up to now is known" (a full start token). */
    String latestState();

    /**
     * Reads the changes after a state.
     *
     * @param state a state this tracker produced; not null
     * @return the changes in order and the state after them
     */
    Batch changesSince(String state);

    /** A change: an entry created or modified, or deleted. */
    record Change(boolean deleted, Entry entry, String state) {}

    /** Changes and the state after the last of them. */
    record Batch(List<Change> changes, String nextState) {
        public Batch {
            changes = List.copyOf(changes);
        }
    }
}
