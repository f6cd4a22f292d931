package io.galbridge.mapping.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one catalog of the AD and Exchange attributes and object classes galbridge reads and writes: the
 * single source of truth from which every test server's schema is rendered (exchange-semantics §5).
 *
 * <p>Names are looked up case-insensitively, as LDAP does. Instances are immutable and thread-safe.
 * Class definitions follow AD: {@code user}, {@code contact} and {@code group} carry the
 * {@value #MAIL_RECIPIENT} auxiliary without listing it in objectClass; AD's operational attributes
 * (objectGUID, uSNChanged, …) are allowed through {@code top}. Standard classes the catalog lists
 * ({@code top}, {@code organizationalUnit}) describe only what AD adds; renderers reuse the server's
 * own definitions where it has them. The structural classes of a fresh AD domain's tree
 * ({@code domainDNS}, {@code container}, {@code computer}) are listed with Microsoft's governsIDs; an AD
 * server (Samba) already has them.
 */
public final class ExchangeSchema {
    /** Name of AD's auxiliary class that carries the mail recipient attributes (1.2.840.113556.1.3.46). */
    public static final String MAIL_RECIPIENT = "mailRecipient";

    private static final ExchangeSchema STANDARD = new ExchangeSchema();

    private final List<AttributeDefinition> attributes;
    private final List<ObjectClassDefinition> objectClasses;
    private final Map<String, AttributeDefinition> attributesByName;
    private final Map<String, ObjectClassDefinition> classesByName;

    private ExchangeSchema() {
        List<AttributeDefinition> exchange = ExchangeAttributes.all();
        List<AttributeDefinition> all = new ArrayList<>(AdBaseAttributes.all());
        all.addAll(exchange);
        this.attributes = List.copyOf(all);
        this.objectClasses = ExchangeObjectClasses.all(exchange);
        this.attributesByName = index(attributes, AttributeDefinition::normalizedName, "attribute name");
        this.classesByName = index(objectClasses, ObjectClassDefinition::normalizedName, "class name");
        index(attributes, AttributeDefinition::oid, "attribute OID");
        for (ObjectClassDefinition objectClass : objectClasses) {
            allowedAttributes(objectClass.name());
        }
    }

    /** Returns the catalog; never null. */
    public static ExchangeSchema standard() {
        return STANDARD;
    }

    /** All attributes, AD base schema first; immutable. */
    public List<AttributeDefinition> attributes() {
        return attributes;
    }

    /** All object classes, {@code top} first; immutable. */
    public List<ObjectClassDefinition> objectClasses() {
        return objectClasses;
    }

    /** The attribute with this name in any letter case, or empty when the catalog lacks it. */
    public Optional<AttributeDefinition> attribute(String name) {
        return Optional.ofNullable(attributesByName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The attribute with this name in any letter case.
     *
     * @throws IllegalArgumentException when the catalog has no such attribute
     */
    public AttributeDefinition requireAttribute(String name) {
        return attribute(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "attribute '" + name + "' is not in galbridge's AD/Exchange schema catalog"));
    }

    /** The object class with this name in any letter case, or empty when the catalog lacks it. */
    public Optional<ObjectClassDefinition> objectClass(String name) {
        return Optional.ofNullable(classesByName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The catalog attributes an entry of this class may hold: its own must and may, its auxiliaries' and
     * those of its superiors that the catalog defines (standard superiors such as organizationalPerson
     * contribute nothing here).
     *
     * @return catalog-spelled names in a stable order; immutable
     * @throws IllegalArgumentException when the class is unknown or names an attribute the catalog lacks
     */
    public Set<String> allowedAttributes(String className) {
        Set<String> names = new LinkedHashSet<>();
        collect(className, names, new LinkedHashSet<>());
        return Collections.unmodifiableSet(names);
    }

    private void collect(String className, Set<String> names, Set<String> visited) {
        ObjectClassDefinition objectClass = objectClass(className)
                .orElseThrow(() -> new IllegalArgumentException(
                        "object class '" + className + "' is not in galbridge's AD/Exchange schema catalog"));
        if (!visited.add(objectClass.normalizedName())) {
            return;
        }
        for (List<String> list : List.of(objectClass.must(), objectClass.may())) {
            for (String name : list) {
                names.add(attribute(name)
                        .orElseThrow(() -> new IllegalArgumentException("object class " + objectClass.name()
                                + " names attribute '" + name + "' that the catalog lacks"))
                        .ldapDisplayName());
            }
        }
        for (String auxiliary : objectClass.auxiliaryClasses()) {
            collect(auxiliary, names, visited);
        }
        if (objectClass(objectClass.superior()).isPresent()) {
            collect(objectClass.superior(), names, visited);
        } else {
            collect("top", names, visited);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            String k = key.apply(item).toLowerCase(Locale.ROOT);
            if (map.putIfAbsent(k, item) != null) {
                throw new IllegalStateException("duplicate " + what + " '" + k + "' in the schema catalog");
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
