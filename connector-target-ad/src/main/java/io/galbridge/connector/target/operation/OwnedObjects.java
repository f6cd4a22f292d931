package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.TargetSettings;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.DirectoryEntry;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;

/**
 * Decides whether galbridge owns a target object: it carries the ownership mark of one of the accepted source
 * forests. Only owned objects are ever changed or deleted (spec 3.7, E27). Immutable.
 */
public final class OwnedObjects {

    private final TargetSettings settings;

    public OwnedObjects(TargetSettings settings) {
        this.settings = settings;
    }

    /** Whether the object carries a galbridge mark of an accepted source forest. */
    public boolean isOwned(DirectoryEntry entry) {
        return entry.strings(settings.ownership().attribute()).stream()
                .map(OwnershipMarker::parse)
                .flatMap(java.util.Optional::stream)
                .anyMatch(o -> settings.sourceForest(o.sourceForest()).isPresent());
    }

    /**
     * @throws PermissionDeniedException naming the object when galbridge does not own it
     */
    public void requireOwned(DirectoryEntry entry, String action) {
        if (!isOwned(entry)) {
            throw new PermissionDeniedException("Refusing to " + action + " " + entry.dn()
                    + ": galbridge does not own it (no galbridge mark of an accepted source forest in "
                    + settings.ownership().attribute() + ")");
        }
    }
}
