package io.galbridge.mapping.postmove;

import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.plan.EntryChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do after (or before) a move completes, for one person. Immutable.
 *
 * @param state the move state detected; never null
 * @param authority who masters the GAL attributes from now on; the caller persists it; never null
 * @param routingAddress the address that routes to the target mailbox (spec 4.2); null unless completed
 *     and derivable
 * @param sourceChanges the changes to the source object (the flip); empty when nothing (more) to do
 * @param replicaChanges targetAddress updates of other forests' owned replicas; never null
 * @param notes findings naming the objects involved (e.g. a required Exchange-side step); never null
 */
public record PostMovePlan(
        MoveState state,
        Authority authority,
        TargetAddress routingAddress,
        List<EntryChange> sourceChanges,
        List<EntryChange> replicaChanges,
        List<String> notes) {

    /** Validates and copies. */
    public PostMovePlan {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(authority, "authority");
        sourceChanges = List.copyOf(sourceChanges);
        replicaChanges = List.copyOf(replicaChanges);
        notes = List.copyOf(notes);
    }

    /** The routing address, if any. */
    public Optional<TargetAddress> routingAddressValue() {
        return Optional.ofNullable(routingAddress);
    }
}
