package io.galbridge.mapping.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One AD/Exchange attribute as galbridge knows it: its AD identity and the facts a schema renderer
 * needs for the test servers.
 *
 * @param ldapDisplayName the AD lDAPDisplayName, e.g. {@code msExchMailboxGuid}; never null or blank
 * @param oid the attributeID; Microsoft's own where known, else under {@link #TEST_ONLY_OID_ARC}
 * @param syntax the AD syntax; never null
 * @param singleValued whether AD holds at most one value
 * @param description one line for humans (schema DESC); never null
 * @param inSambaBaseSchema whether Samba's AD base schema (Windows Server 2012 R2 level) already defines
 *     the attribute, so a Samba schema extension must not add it
 * @param serverGenerated whether AD itself maintains the values (objectGUID, uSNChanged, back-links…),
 *     so clients never write them; non-AD test fixtures set them themselves
 * @param rangeUpper AD's rangeUpper (characters, bytes or value bound), empty when AD sets none
 * @param linkId AD's linkID for linked attributes (even = forward link, odd = back-link), else empty
 */
public record AttributeDefinition(
        String ldapDisplayName,
        String oid,
        AttributeSyntax syntax,
        boolean singleValued,
        String description,
        boolean inSambaBaseSchema,
        boolean serverGenerated,
        OptionalInt rangeUpper,
        OptionalInt linkId) {

    /**
     * A TEST-ONLY private OID arc for attributes and classes whose Microsoft OID no source read by the
     * team confirms. Built with Microsoft's documented scheme for unregistered schema extensions
     * ({@code 1.2.840.113556.1.8000.2554} + a random GUID in 7 decimal arcs). Never use these OIDs in a
     * real Active Directory.
     */
    public static final String TEST_ONLY_OID_ARC =
            "1.2.840.113556.1.8000.2554.26578.36537.41968.20428.37629.1462377.8218389";

    /** Validates the components; throws {@link IllegalArgumentException} naming the attribute. */
    public AttributeDefinition {
        Objects.requireNonNull(ldapDisplayName, "ldapDisplayName");
        Objects.requireNonNull(oid, "oid of " + ldapDisplayName);
        Objects.requireNonNull(syntax, "syntax of " + ldapDisplayName);
        Objects.requireNonNull(description, "description of " + ldapDisplayName);
        Objects.requireNonNull(rangeUpper, "rangeUpper of " + ldapDisplayName);
        Objects.requireNonNull(linkId, "linkId of " + ldapDisplayName);
        if (!ldapDisplayName.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("attribute name '" + ldapDisplayName + "' is not an LDAP descriptor");
        }
        if (!oid.matches("[0-2](\\.(0|[1-9][0-9]*))+")) {
            throw new IllegalArgumentException("attribute " + ldapDisplayName + ": '" + oid + "' is not a numeric OID");
        }
    }

    /** The name in lower case ({@link Locale#ROOT}), the key for case-insensitive lookups. */
    public String normalizedName() {
        return ldapDisplayName.toLowerCase(Locale.ROOT);
    }

    /** Whether {@link #oid()} lies on the {@link #TEST_ONLY_OID_ARC}, i.e. is not Microsoft's. */
    public boolean hasTestOnlyOid() {
        return oid.startsWith(TEST_ONLY_OID_ARC + ".");
    }

    /** Whether this is an AD back-link (odd linkID), maintained by the directory from its forward link. */
    public boolean backLink() {
        return linkId.isPresent() && linkId.getAsInt() % 2 == 1;
    }
}
