package io.galbridge.mapping.prestage;

import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.Modification;
import java.util.Objects;
import java.util.Optional;

/**
 * galbridge's {@link OwnershipMarker} for replicas of one source forest, used both ways: it
 * recognises owned target objects, and every MEU pre-staging creates or adopts gets it, so that a
 * rerun after a crash (e.g. between deleting a contact and completing its MEU) recognises the MEU as
 * its own.
 *
 * @param marker the marker attribute, never null
 * @param sourceForest the source forest's DNS name, never null or blank
 */
public record OwnershipStamp(OwnershipMarker marker, String sourceForest) {

    /** Validates the parts. */
    public OwnershipStamp {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(sourceForest, "sourceForest");
        if (sourceForest.isBlank()) {
            throw new PrestageConfigurationException(
                    "The source forest name of the ownership marker must not be blank");
        }
    }

    /** Recognises objects marked for any object of {@link #sourceForest()}. */
    public Ownership ownership() {
        return Ownership.marked(marker, sourceForest);
    }

    /**
     * The REPLACE that marks a target object as the replica of {@code source}.
     *
     * @return empty when the source has no objectGUID to name
     */
    public Optional<Modification> stampFor(DirectoryEntry source) {
        return source.objectGuid()
                .map(guid -> Modification.replace(marker.attribute(), marker.value(sourceForest, guid)));
    }
}
