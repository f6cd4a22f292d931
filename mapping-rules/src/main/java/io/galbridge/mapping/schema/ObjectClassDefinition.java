package io.galbridge.mapping.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One AD object class as galbridge needs it on a test server.
 *
 * @param name the lDAPDisplayName, e.g. {@code contact}; never null
 * @param oid the governsID; Microsoft's or a standard one where known, else on
 *     {@link AttributeDefinition#TEST_ONLY_OID_ARC}
 * @param kind structural, auxiliary or abstract
 * @param superior the subClassOf class name (for {@code top} itself: {@code top}); never null
 * @param auxiliaryClasses AD's systemAuxiliaryClass names whose attributes entries of this class may hold
 *     without listing the auxiliary in objectClass (AD behaviour); immutable, never null
 * @param must attribute names the class requires (beyond its superiors); immutable, never null
 * @param may attribute names the class allows (beyond its superiors and auxiliaries); immutable, never null
 */
public record ObjectClassDefinition(
        String name,
        String oid,
        Kind kind,
        String superior,
        List<String> auxiliaryClasses,
        List<String> must,
        List<String> may) {

    /** The RFC 4512 kinds of object class. */
    public enum Kind {
        /** May be an entry's structural class. */
        STRUCTURAL,
        /** Adds attributes to entries of other classes. */
        AUXILIARY,
        /** Only a superclass, never instantiated (e.g. {@code top}). */
        ABSTRACT
    }

    /** Copies the lists; throws {@link NullPointerException} naming the class on a null component. */
    public ObjectClassDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oid, "oid of class " + name);
        Objects.requireNonNull(kind, "kind of class " + name);
        Objects.requireNonNull(superior, "superior of class " + name);
        auxiliaryClasses = List.copyOf(Objects.requireNonNull(auxiliaryClasses, "auxiliaryClasses of " + name));
        must = List.copyOf(Objects.requireNonNull(must, "must of class " + name));
        may = List.copyOf(Objects.requireNonNull(may, "may of class " + name));
    }

    /** The name in lower case ({@link Locale#ROOT}), the key for case-insensitive lookups. */
    public String normalizedName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
