package io.galbridge.mapping.plan;

import java.util.List;
import java.util.Objects;

/**
 * One change to one directory entry: create it with attributes, modify it, rename/move it, or delete it.
 * Immutable.
 *
 * @param kind what happens to the entry; never null
 * @param dn the entry's DN (for {@code RENAME}: the current DN); never null
 * @param newDn for {@code RENAME} the new DN; null otherwise
 * @param modifications for {@code CREATE} the attributes as {@code REPLACE}s (including objectClass), for
 *     {@code MODIFY} the changes; empty for {@code RENAME} and {@code DELETE}; never null
 */
public record EntryChange(Kind kind, String dn, String newDn, List<Modification> modifications) {

    /** What happens to the entry. */
    public enum Kind {
        CREATE,
        MODIFY,
        RENAME,
        DELETE
    }

    public EntryChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dn, "dn");
        modifications = List.copyOf(Objects.requireNonNull(modifications, "modifications"));
        if ((kind == Kind.RENAME) != (newDn != null)) {
            throw new IllegalArgumentException("a new DN is given exactly for RENAME, not for " + kind + " of " + dn);
        }
    }

    /** Creates {@code dn} with these attributes. */
    public static EntryChange create(String dn, List<Modification> attributes) {
        return new EntryChange(Kind.CREATE, dn, null, attributes);
    }

    /** Modifies {@code dn}. */
    public static EntryChange modify(String dn, List<Modification> modifications) {
        return new EntryChange(Kind.MODIFY, dn, null, modifications);
    }

    /** Renames or moves {@code dn} to {@code newDn}. */
    public static EntryChange rename(String dn, String newDn) {
        return new EntryChange(Kind.RENAME, dn, Objects.requireNonNull(newDn, "newDn"), List.of());
    }

    /** Deletes {@code dn}. */
    public static EntryChange delete(String dn) {
        return new EntryChange(Kind.DELETE, dn, null, List.of());
    }

    /** Whether this change does nothing (a modify without modifications). */
    public boolean isEmpty() {
        return kind == Kind.MODIFY && modifications.isEmpty();
    }
}
