package io.galbridge.mapping.galsync;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import java.util.List;
import java.util.Objects;

/**
 * One source object as the GAL-sync rules see it.
 *
 * @param entry the source object, read with the spec 1.2 attribute list; never null
 * @param prestagingScope whether the person is in pre-staging scope (then the pre-staging rules, not GAL
 *     sync, decide its representation in the target)
 * @param otherReplicaLegacyDns the legacyExchangeDNs of this object's replicas in the <em>other</em>
 *     target forests (N source/target forests); merged as X500s into every replica; never null
 */
public record SourceRecipient(
        DirectoryEntry entry, boolean prestagingScope, List<LegacyExchangeDn> otherReplicaLegacyDns) {

    /** Validates and copies. */
    public SourceRecipient {
        Objects.requireNonNull(entry, "source entry");
        otherReplicaLegacyDns = List.copyOf(otherReplicaLegacyDns);
    }

    /** A source object not in pre-staging scope and without other replicas. */
    public static SourceRecipient of(DirectoryEntry entry) {
        return new SourceRecipient(entry, false, List.of());
    }
}
