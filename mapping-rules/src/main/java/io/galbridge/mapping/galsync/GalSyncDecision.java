package io.galbridge.mapping.galsync;

import io.galbridge.mapping.plan.EntryChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What GAL sync decided for one source object in one target forest. Immutable.
 *
 * @param action the decision; never null
 * @param scopeReason why the object is out of scope, for {@link Action#OUT_OF_SCOPE} and for a {@link
 *     Action#DELETE} caused by leaving scope; null otherwise
 * @param changes the target-side changes to carry out, in order; empty for decisions that change
 *     nothing; never null
 * @param replicaDn the replica's DN after the changes (created, adopted, updated or renamed); null when
 *     there is none
 * @param authoredProxyAddresses the proxyAddresses values galbridge now owns on the replica; the caller
 *     persists them and passes them back as {@link TargetState#authoredProxyAddresses()}; never null
 * @param notes human-readable findings naming the objects involved (conflicts, flagged objects); never
 *     null
 */
public record GalSyncDecision(
        Action action,
        ScopeReason scopeReason,
        List<EntryChange> changes,
        String replicaDn,
        List<String> authoredProxyAddresses,
        List<String> notes) {

    /** The possible decisions. */
    public enum Action {
        /** No replica: the object is out of scope (see {@link #scopeReason()}). */
        OUT_OF_SCOPE,
        /** Create a contact. */
        CREATE,
        /** Update (and possibly rename or move) the owned replica. */
        UPDATE,
        /** The owned replica is already right. */
        UNCHANGED,
        /** Take over a GALSync-created contact: stamp the ownership mark and update it (E18). */
        ADOPT,
        /** Delete the owned replica: the source left scope (spec 3.7, E11). */
        DELETE,
        /** In pre-staging scope: the pre-staging rules decide the representation (spec 3.9 rule 2). */
        LEAVE_TO_PRESTAGE,
        /** A mail user or mailbox in the target already represents the person; no contact (spec 3.8). */
        REPRESENTED_BY_USER,
        /** Existing objects conflict; nothing is changed; see {@link #notes()} (spec 3.3, 3.4). */
        CONFLICT,
        /** The source's data does not allow a replica (e.g. no routable address); see {@link #notes()}. */
        ERROR
    }

    /** Validates and copies. */
    public GalSyncDecision {
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
        authoredProxyAddresses = List.copyOf(authoredProxyAddresses);
        notes = List.copyOf(notes);
    }

    /** A decision that changes nothing. */
    static GalSyncDecision noChange(Action action, ScopeReason reason, String replicaDn, String... notes) {
        return new GalSyncDecision(action, reason, List.of(), replicaDn, List.of(), List.of(notes));
    }

    /** The scope reason, if any. */
    public Optional<ScopeReason> scopeReasonValue() {
        return Optional.ofNullable(scopeReason);
    }

    /** The replica DN, if any. */
    public Optional<String> replicaDnValue() {
        return Optional.ofNullable(replicaDn);
    }
}
