package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.EntryChange;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Deletes an owned galContact or mailUser; anything galbridge does not own is refused with a
 * PermissionDeniedException naming the object (spec 3.7, E27). Thread-safe.
 */
public final class DeleteOperation {

    private final TargetDirectory directory;
    private final OwnedObjects owned;

    public DeleteOperation(TargetDirectory directory, OwnedObjects owned) {
        this.directory = directory;
        this.owned = owned;
    }

    public void delete(ObjectClass oc, Uid uid) {
        DirectoryEntry entry = ObjectLocator.require(directory, oc, uid);
        owned.requireOwned(entry, "delete");
        directory.apply(EntryChange.delete(entry.dn()));
    }
}
