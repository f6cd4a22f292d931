package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.Entry;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.Objects;
import java.util.Optional;

/**
 * One change reported by a {@link ChangeTracker}.
 *
 * @param type whether the object was created or changed, or deleted
 * @param objectGuid the object's objectGUID, which survives renames and moves (and deletion, as a tombstone)
 * @param dn the object's DN when the change was read (a tombstone DN for a deletion)
 * @param entry the attributes read with the change (for DirSync only the changed ones); empty for deletions
 *     when the mechanism does not return them
 */
public record DirectoryChange(Type type, ExchangeGuid objectGuid, String dn, Optional<Entry> entry) {

    /** What happened to the object. */
    public enum Type {
        /** Created, modified, renamed or moved. */
        CREATE_OR_UPDATE,
        /** Deleted (or moved out of scope, where the mechanism can tell). */
        DELETE
    }

    /** Checks for null. */
    public DirectoryChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(objectGuid, "objectGuid");
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(entry, "entry");
    }
}
