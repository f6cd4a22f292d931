package io.galbridge.mapping.schema;

import java.util.Optional;

/**
 * The Active Directory attribute syntaxes galbridge meets, each with its AD identity
 * ({@code attributeSyntax} 2.5.5.x plus {@code oMSyntax}, which together select the syntax in AD) and
 * the nearest RFC 4517 LDAP syntax with its matching rules, for rendering a schema on a non-AD
 * test server (exchange-semantics §5.10).
 *
 * <p>AD's Integer (2.5.5.9) is a signed 32-bit value and Large Integer (2.5.5.16) a signed 64-bit value;
 * both map to the unbounded LDAP INTEGER, so a non-AD server accepts the negative values AD stores
 * (for example msExchRecipientDisplayType -2147483642). GUIDs, SIDs and security descriptors are all
 * octet strings in LDAP terms: their structure is AD's business, not the LDAP server's.
 */
public enum AttributeSyntax {
    /** AD Unicode string (2.5.5.12, oMSyntax 64), case-insensitive Directory String in LDAP. */
    UNICODE_STRING("2.5.5.12", 64, Ldap.DIRECTORY_STRING, "caseIgnoreMatch", null, "caseIgnoreSubstringsMatch"),
    /** AD case-insensitive "Teletex" string (2.5.5.4, oMSyntax 20), e.g. legacyExchangeDN. */
    CASE_IGNORE_STRING("2.5.5.4", 20, Ldap.DIRECTORY_STRING, "caseIgnoreMatch", null, "caseIgnoreSubstringsMatch"),
    /** AD numeric string (2.5.5.6, oMSyntax 18), e.g. internationalISDNNumber. */
    NUMERIC_STRING(
            "2.5.5.6",
            18,
            "1.3.6.1.4.1.1466.115.121.1.36",
            "numericStringMatch",
            "numericStringOrderingMatch",
            "numericStringSubstringsMatch"),
    /** AD Integer (2.5.5.9, oMSyntax 2): signed 32-bit. */
    INTEGER("2.5.5.9", 2, Ldap.INTEGER, "integerMatch", "integerOrderingMatch", null),
    /** AD Enumeration (2.5.5.9, oMSyntax 10): a signed 32-bit integer naming a choice. */
    ENUMERATION("2.5.5.9", 10, Ldap.INTEGER, "integerMatch", "integerOrderingMatch", null),
    /** AD Large Integer (2.5.5.16, oMSyntax 65): signed 64-bit, e.g. msExchRecipientTypeDetails. */
    LARGE_INTEGER("2.5.5.16", 65, Ldap.INTEGER, "integerMatch", "integerOrderingMatch", null),
    /** AD Boolean (2.5.5.8, oMSyntax 1): the strings {@code TRUE} and {@code FALSE}. */
    BOOLEAN("2.5.5.8", 1, "1.3.6.1.4.1.1466.115.121.1.7", "booleanMatch", null, null),
    /** AD octet string (2.5.5.10, oMSyntax 4): raw bytes, e.g. a 16-byte GUID in MS-DTYP byte order. */
    OCTET_STRING("2.5.5.10", 4, Ldap.OCTET_STRING, "octetStringMatch", null, null),
    /** AD SID (2.5.5.17, oMSyntax 4): a binary security identifier. */
    SID("2.5.5.17", 4, Ldap.OCTET_STRING, "octetStringMatch", null, null),
    /** AD NT security descriptor (2.5.5.15, oMSyntax 66): a binary self-relative descriptor. */
    NT_SECURITY_DESCRIPTOR("2.5.5.15", 66, Ldap.OCTET_STRING, "octetStringMatch", null, null),
    /** AD distinguished name (2.5.5.1, oMSyntax 127, oMObjectClass 1.3.12.2.1011.28.0.714). */
    DN("2.5.5.1", 127, "1.3.6.1.4.1.1466.115.121.1.12", "distinguishedNameMatch", null, null),
    /** AD generalized time (2.5.5.11, oMSyntax 24), e.g. whenChanged. */
    GENERALIZED_TIME(
            "2.5.5.11",
            24,
            "1.3.6.1.4.1.1466.115.121.1.24",
            "generalizedTimeMatch",
            "generalizedTimeOrderingMatch",
            null);

    private final String adAttributeSyntax;
    private final int adOmSyntax;
    private final String ldapSyntaxOid;
    private final String equalityMatchingRule;
    private final String orderingMatchingRule;
    private final String substringMatchingRule;

    AttributeSyntax(
            String adAttributeSyntax,
            int adOmSyntax,
            String ldapSyntaxOid,
            String equalityMatchingRule,
            String orderingMatchingRule,
            String substringMatchingRule) {
        this.adAttributeSyntax = adAttributeSyntax;
        this.adOmSyntax = adOmSyntax;
        this.ldapSyntaxOid = ldapSyntaxOid;
        this.equalityMatchingRule = equalityMatchingRule;
        this.orderingMatchingRule = orderingMatchingRule;
        this.substringMatchingRule = substringMatchingRule;
    }

    /** AD's {@code attributeSyntax} OID (2.5.5.x); never null. */
    public String adAttributeSyntax() {
        return adAttributeSyntax;
    }

    /** AD's {@code oMSyntax} number that, with {@link #adAttributeSyntax()}, identifies the syntax. */
    public int adOmSyntax() {
        return adOmSyntax;
    }

    /** The nearest RFC 4517 LDAP syntax OID; never null. */
    public String ldapSyntaxOid() {
        return ldapSyntaxOid;
    }

    /** The LDAP EQUALITY matching rule name; never null. */
    public String equalityMatchingRule() {
        return equalityMatchingRule;
    }

    /** The LDAP ORDERING matching rule name, empty when values have no useful order. */
    public Optional<String> orderingMatchingRule() {
        return Optional.ofNullable(orderingMatchingRule);
    }

    /** The LDAP SUBSTR matching rule name, empty when substring search makes no sense. */
    public Optional<String> substringMatchingRule() {
        return Optional.ofNullable(substringMatchingRule);
    }

    /** Whether values are bytes (GUIDs, SIDs, certificates) rather than text. */
    public boolean binary() {
        return ldapSyntaxOid.equals(Ldap.OCTET_STRING);
    }

    /** RFC 4517 syntax OIDs used more than once above. */
    private static final class Ldap {
        static final String DIRECTORY_STRING = "1.3.6.1.4.1.1466.115.121.1.15";
        static final String INTEGER = "1.3.6.1.4.1.1466.115.121.1.27";
        static final String OCTET_STRING = "1.3.6.1.4.1.1466.115.121.1.40";

        private Ldap() {}
    }
}
