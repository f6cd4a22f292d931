package io.galbridge.mapping.galsync;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the target forest holds that concerns one source object, as read by the caller.
 *
 * @param joined every target object that represents the source: its proxyAddresses contain {@code
 *     X500:<source legacyExchangeDN>} (GALSync's join, spec 3.3) or its ownership mark names the source
 *     object; contacts, mail users and mailboxes alike, inside or outside the GAL contact OU; never null
 * @param takenNames the CNs present in the OU where the replica lives or would be created; never null
 * @param authoredProxyAddresses the proxyAddresses values galbridge wrote on the replica last time (its
 *     ledger, persisted by the caller from {@link GalSyncDecision#authoredProxyAddresses()}); empty when
 *     unknown, in which case no value is ever removed; never null
 */
public record TargetState(List<DirectoryEntry> joined, Set<String> takenNames, List<String> authoredProxyAddresses) {

    /** Validates and copies; names are compared case-insensitively. */
    public TargetState {
        joined = List.copyOf(joined);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(Objects.requireNonNull(takenNames, "takenNames"));
        takenNames = Collections.unmodifiableSet(names);
        authoredProxyAddresses = List.copyOf(authoredProxyAddresses);
    }

    /** Nothing in the target yet. */
    public static TargetState empty() {
        return new TargetState(List.of(), Set.of(), List.of());
    }
}
