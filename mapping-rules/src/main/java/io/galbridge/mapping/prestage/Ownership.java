package io.galbridge.mapping.prestage;

import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.DirectoryEntry;

/**
 * Recognises target objects galbridge owns: contacts its GAL sync created or adopted and MEUs it
 * pre-staged. Owned contacts are converted and owned MEUs completed without {@code
 * useLocalObject}; foreign ones need the switch. The connector implements it from its link store
 * or a marker attribute.
 */
@FunctionalInterface
public interface Ownership {

    /** Owns nothing: every existing object is foreign. */
    Ownership NONE = entry -> false;

    /**
     * Recognises the objects carrying galbridge's {@link OwnershipMarker} for a source object of
     * {@code sourceForest} (compared case-insensitively).
     */
    static Ownership marked(OwnershipMarker marker, String sourceForest) {
        return entry -> entry.strings(marker.attribute()).stream()
                .map(OwnershipMarker::parse)
                .flatMap(java.util.Optional::stream)
                .anyMatch(owner -> owner.sourceForest().equalsIgnoreCase(sourceForest));
    }

    /** Whether galbridge created or adopted this target object. */
    boolean isOwned(DirectoryEntry target);
}
