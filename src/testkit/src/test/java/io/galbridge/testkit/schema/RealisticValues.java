package io.galbridge.testkit.schema;

import com.unboundid.ldap.sdk.Attribute;
import io.galbridge.mapping.schema.AttributeDefinition;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Realistic values for every catalog attribute, by name where Exchange gives the value a meaning and
 * by syntax otherwise; binary values as bytes.
 *
 * @param existingDn a DN that exists on the server, used for every DN-valued attribute (linked
 *     attributes in AD must point at existing objects)
 */
record RealisticValues(String existingDn) {
    /** 3f2504e0-4f89-11d3-9a0c-0305e82c3301 in MS-DTYP byte order (exchange-semantics §5.1). */
    static final byte[] GUID = HexFormat.of().parseHex("e004253f894fd3119a0c0305e82c3301");
    /** S-1-5-10 (SELF), as GALSync's SELFSID constant. */
    static final byte[] SELF_SID = HexFormat.of().parseHex("01010000000000050a000000");
    /** S-1-5-21-1004336348-1177238915-682003330-1105. */
    static final byte[] DOMAIN_SID =
            HexFormat.of().parseHex("010500000000000515000000dcf4dc3b833d2b46828ba62851040000");

    static final String SELF_SID_TEXT = "S-1-5-10";
    static final String DOMAIN_SID_TEXT = "S-1-5-21-1004336348-1177238915-682003330-1105";

    private static final Pattern PHONE = Pattern.compile("(?i).*(phone|mobile|pager|facsimile|telex|isdn|telephone).*");
    private static final String LEG_DN =
            "/o=Source/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5e9f1a0c2b-jane.doe";

    private static final Map<String, List<String>> BY_NAME = Map.ofEntries(
            Map.entry(
                    "proxyAddresses", List.of("SMTP:jane.doe@source.test", "smtp:jdoe@source.test", "X500:" + LEG_DN)),
            Map.entry("mail", List.of("jane.doe@source.test")),
            Map.entry("targetAddress", List.of("SMTP:jane.doe@route.source.test")),
            Map.entry("legacyExchangeDN", List.of(LEG_DN)),
            Map.entry("mailNickname", List.of("jane.doe")),
            Map.entry("msExchRecipientDisplayType", List.of("-2147483642")),
            Map.entry("msExchRecipientTypeDetails", List.of("128")),
            Map.entry("msExchPreviousRecipientTypeDetails", List.of("1")),
            Map.entry("msExchRemoteRecipientType", List.of("4")),
            Map.entry("msExchVersion", List.of("44220983382016")),
            Map.entry("userAccountControl", List.of("514")),
            Map.entry("groupType", List.of("-2147483646")),
            Map.entry("msExchOriginatingForest", List.of("source.test")),
            Map.entry("msExchUserCulture", List.of("en-US")),
            Map.entry(
                    "msExchHomeServerName",
                    List.of(
                            "/o=Source/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EX1")),
            Map.entry("msExchPoliciesExcluded", List.of("{26491cfc-9e50-4857-861b-0cb8df22b5d7}")),
            Map.entry("msExchResourceMetaData", List.of("ResourceType:Room")),
            Map.entry("textEncodedORAddress", List.of("c=US;a= ;p=Source;o=Exchange;s=Doe;g=Jane;")),
            Map.entry("c", List.of("DE")),
            Map.entry("co", List.of("Germany")),
            Map.entry("countryCode", List.of("276")),
            Map.entry("userPrincipalName", List.of("jane.doe@source.test")),
            Map.entry("sAMAccountName", List.of("jane.doe")),
            Map.entry("employeeID", List.of("E-100234")),
            Map.entry("initials", List.of("JD")),
            Map.entry("language", List.of("de")),
            Map.entry("primaryGroupID", List.of("513")),
            Map.entry("accountExpires", List.of("9223372036854775807")),
            Map.entry("pwdLastSet", List.of("0")),
            Map.entry("instanceType", List.of("4")),
            Map.entry("sAMAccountType", List.of("805306368")),
            Map.entry("uSNCreated", List.of("12345")),
            Map.entry("uSNChanged", List.of("12399")),
            Map.entry("isDeleted", List.of("FALSE")),
            Map.entry("localeID", List.of("1031")),
            Map.entry("preferredDeliveryMethod", List.of("0")),
            Map.entry("internationalISDNNumber", List.of("4930123456")));

    /** A value (several for multi-valued attributes where meaningful) of the attribute's syntax. */
    Attribute valueOf(AttributeDefinition attribute) {
        String name = attribute.ldapDisplayName();
        List<String> named = BY_NAME.get(name);
        if (named != null) {
            return new Attribute(name, named);
        }
        return switch (attribute.syntax()) {
            case OCTET_STRING -> new Attribute(name, GUID);
            case SID ->
                attribute.singleValued()
                        ? new Attribute(name, name.equals("msExchMasterAccountSid") ? SELF_SID : DOMAIN_SID)
                        : new Attribute(name, DOMAIN_SID, SELF_SID);
            // a minimal self-relative security descriptor: revision 1, SE_SELF_RELATIVE, no parts
            case NT_SECURITY_DESCRIPTOR ->
                new Attribute(name, HexFormat.of().parseHex("0100008000000000000000000000000000000000"));
            case INTEGER, ENUMERATION -> new Attribute(name, "1");
            case LARGE_INTEGER -> new Attribute(name, "133772736000000000");
            case BOOLEAN -> new Attribute(name, "TRUE");
            case DN -> new Attribute(name, existingDn);
            case GENERALIZED_TIME -> new Attribute(name, "20260314120000.0Z");
            case NUMERIC_STRING -> new Attribute(name, "4930123456");
            case UNICODE_STRING, CASE_IGNORE_STRING -> new Attribute(name, text(attribute));
        };
    }

    /** The SID value(s) {@link #valueOf} gives, in string form (S-1-5-…), as Samba's ldb tools read them. */
    Attribute sidsAsText(AttributeDefinition attribute) {
        String name = attribute.ldapDisplayName();
        return attribute.singleValued()
                ? new Attribute(name, name.equals("msExchMasterAccountSid") ? SELF_SID_TEXT : DOMAIN_SID_TEXT)
                : new Attribute(name, DOMAIN_SID_TEXT, SELF_SID_TEXT);
    }

    private static String text(AttributeDefinition attribute) {
        if (PHONE.matcher(attribute.ldapDisplayName()).matches()) {
            return "+49 30 1234567";
        }
        String value = "Jäne Doe " + attribute.ldapDisplayName();
        int upper = attribute.rangeUpper().orElse(Integer.MAX_VALUE);
        return value.length() <= upper ? value : value.substring(0, upper);
    }
}
