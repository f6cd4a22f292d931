package io.galbridge.ad.sync;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link ChangeTracker#changesSince} call did.
 *
 * <p>When {@link #fullResyncReason()} is present, the tracker could not continue from the given token
 * (e.g. another domain controller answered, or the server no longer had the history) and instead reported
 * <em>every</em> object in scope as a {@link Change.CreateOrUpdate} and no deletions: the caller must treat
 * objects it knows that were not reported in this batch as deleted. Immutable.
 *
 * @param next the token to pass to the next call; not null
 * @param reported how many changes were passed to the consumer
 * @param fullResyncReason why a full resynchronisation replaced the incremental one; null when it did not
 * @param warnings what the tracker could not see (e.g. deletions without the show-deleted right); not null
 */
public record ChangeBatch(SyncToken next, int reported, String fullResyncReason, List<String> warnings) {

    public ChangeBatch {
        Objects.requireNonNull(next, "next");
        warnings = List.copyOf(warnings);
    }

    /** {@link #fullResyncReason()} when there was one. */
    public Optional<String> fullResync() {
        return Optional.ofNullable(fullResyncReason);
    }
}
