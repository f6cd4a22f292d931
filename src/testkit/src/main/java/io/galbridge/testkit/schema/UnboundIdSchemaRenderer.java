package io.galbridge.testkit.schema;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.ObjectClassDefinition;
import com.unboundid.ldap.sdk.schema.ObjectClassType;
import com.unboundid.ldap.sdk.schema.Schema;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders the {@link ExchangeSchema} catalog as an UnboundID {@link Schema} for an
 * {@code InMemoryDirectoryServer}: UnboundID's default standard schema merged with the catalog, so that
 * the server accepts AD-shaped entries.
 *
 * <p>What "AD-shaped" means here:
 *
 * <ul>
 *   <li>{@code person} is relaxed to AD's definition: {@code sn} is optional, only {@code cn} required.
 *   <li>{@code top} additionally allows AD's operational attributes (objectGUID, objectCategory,
 *       instanceType, uSNCreated, uSNChanged, whenCreated, whenChanged, isDeleted, memberOf, …) as
 *       ordinary user attributes, so every entry, including organizational units, can carry them; the
 *       fixture sets them, the server does not generate them.
 *   <li>{@code user}, {@code contact}, {@code group} and {@code msExchDynamicDistributionList} allow the
 *       whole {@code mailRecipient} auxiliary directly, because AD entries do not list their system
 *       auxiliary classes in objectClass; {@code mailRecipient} is defined as well for entries that do.
 *   <li>Classes the standard schema already defines (by OID or by name) keep their definition and gain
 *       the catalog's attributes; the catalog's AD classes {@code container}, {@code domainDNS} and
 *       {@code computer} are not standard, so they are added.
 *   <li>Attributes the standard schema already defines by name (mail, cn, displayName, employeeNumber,
 *       …) keep the standard definition, including its syntax (telephoneNumber checks phone syntax).
 *   <li>An AD attribute whose OID the standard schema uses under another name (AD's middleName and
 *       thumbnailPhoto reuse 2.16.840.1.113730.3.1.34/35) gets an OID on the TEST-ONLY
 *       arc, so both exist.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnboundIdSchemaRenderer {
    private final ExchangeSchema catalog;

    /**
     * Creates a renderer for a catalog.
     *
     * @param catalog the catalog to render; never null
     */
    public UnboundIdSchemaRenderer(ExchangeSchema catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Creates a renderer for {@link ExchangeSchema#standard()}. */
    public UnboundIdSchemaRenderer() {
        this(ExchangeSchema.standard());
    }

    /**
     * The complete schema: the default standard schema with the catalog merged over it.
     *
     * @return a schema for {@code InMemoryDirectoryServerConfig.setSchema}; never null
     * @throws IllegalStateException if UnboundID cannot load its own standard schema
     */
    public Schema render() {
        Schema standard = standardSchema();
        return Schema.mergeSchemas(standard, new Schema(subschemaEntry(standard)));
    }

    /**
     * Only the catalog's additions and overrides, as an RFC 4512 subschema entry {@code cn=schema}
     * (writable as LDIF for other UnboundID-based tools).
     *
     * @return a new entry; never null
     * @throws IllegalStateException if UnboundID cannot load its own standard schema
     */
    public Entry subschemaEntry() {
        return subschemaEntry(standardSchema());
    }

    private Entry subschemaEntry(Schema standard) {
        List<String> attributeTypes = new ArrayList<>();
        for (AttributeDefinition attribute : catalog.attributes()) {
            if (standard.getAttributeType(attribute.ldapDisplayName()) != null) {
                continue;
            }
            String oid = attribute.oid();
            if (standard.getAttributeType(oid) != null) {
                // AD reuses a standard OID under another name (middleName is RFC 3296's ref):
                // keep the standard attribute and give AD's its name-derived OID
                oid = Rfc4512Definitions.substituteOid(attribute);
            }
            attributeTypes.add(Rfc4512Definitions.attributeType(attribute, oid).toString());
        }
        List<String> objectClasses = new ArrayList<>();
        objectClasses.add(adPerson(standard).toString());
        for (io.galbridge.mapping.schema.ObjectClassDefinition objectClass : catalog.objectClasses()) {
            objectClasses.add(render(objectClass, standard).toString());
        }
        Entry entry = new Entry("cn=schema");
        entry.addAttribute(new Attribute("objectClass", "top", "ldapSubentry", "subschema"));
        entry.addAttribute(new Attribute("cn", "schema"));
        entry.addAttribute(new Attribute("attributeTypes", attributeTypes));
        entry.addAttribute(new Attribute("objectClasses", objectClasses));
        return entry;
    }

    /**
     * A catalog class as UnboundID should see it: a standard class (found by OID or by name) keeps its
     * definition and gains the catalog's attributes; a new class allows its own, its auxiliaries' and its catalog superiors'
     * attributes (minus what standard superiors already allow, which UnboundID inherits anyway).
     */
    private ObjectClassDefinition render(
            io.galbridge.mapping.schema.ObjectClassDefinition objectClass, Schema standard) {
        ObjectClassDefinition existing = standard.getObjectClass(objectClass.oid());
        if (existing == null) {
            existing = standard.getObjectClass(objectClass.name());
        }
        Set<String> must = new LinkedHashSet<>(objectClass.must());
        Set<String> may = new LinkedHashSet<>(catalog.allowedAttributes(objectClass.name()));
        if (existing != null) {
            must.addAll(Arrays.asList(existing.getRequiredAttributes()));
            may.addAll(Arrays.asList(existing.getOptionalAttributes()));
            may.removeAll(must);
            String[] superiors = existing.getSuperiorClasses();
            return Rfc4512Definitions.objectClass(
                    existing.getOID(),
                    existing.getNameOrOID(),
                    superiors.length == 0 ? null : superiors[0],
                    existing.getObjectClassType(),
                    must,
                    may);
        }
        may.removeAll(must);
        return Rfc4512Definitions.objectClass(
                objectClass.oid(),
                objectClass.name(),
                objectClass.superior(),
                Rfc4512Definitions.type(objectClass.kind()),
                must,
                may);
    }

    /** AD's person: only cn required, sn optional (OpenLDAP and UnboundID require sn). */
    private static ObjectClassDefinition adPerson(Schema standard) {
        ObjectClassDefinition person = standard.getObjectClass("person");
        if (person == null) {
            throw new IllegalStateException("UnboundID's standard schema has no 'person' object class");
        }
        Set<String> may = new LinkedHashSet<>(Arrays.asList(person.getOptionalAttributes()));
        may.addAll(Arrays.asList(person.getRequiredAttributes()));
        may.remove("cn");
        return Rfc4512Definitions.objectClass(
                person.getOID(), person.getNameOrOID(), "top", ObjectClassType.STRUCTURAL, List.of("cn"), may);
    }

    private static Schema standardSchema() {
        try {
            return Schema.getDefaultStandardSchema();
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot load UnboundID's default standard schema: " + e.getMessage(), e);
        }
    }
}
