package io.galbridge.mapping.schema;

import static io.galbridge.mapping.schema.AttributeDefinitionBuilder.attribute;
import static io.galbridge.mapping.schema.AttributeSyntax.BOOLEAN;
import static io.galbridge.mapping.schema.AttributeSyntax.CASE_IGNORE_STRING;
import static io.galbridge.mapping.schema.AttributeSyntax.DN;
import static io.galbridge.mapping.schema.AttributeSyntax.ENUMERATION;
import static io.galbridge.mapping.schema.AttributeSyntax.GENERALIZED_TIME;
import static io.galbridge.mapping.schema.AttributeSyntax.INTEGER;
import static io.galbridge.mapping.schema.AttributeSyntax.LARGE_INTEGER;
import static io.galbridge.mapping.schema.AttributeSyntax.NUMERIC_STRING;
import static io.galbridge.mapping.schema.AttributeSyntax.OCTET_STRING;
import static io.galbridge.mapping.schema.AttributeSyntax.SID;
import static io.galbridge.mapping.schema.AttributeSyntax.UNICODE_STRING;

import java.util.List;

/**
 * Attributes of the Active Directory base schema that galbridge reads or writes. OIDs, syntaxes,
 * single-valuedness, rangeUpper and linkID as in Microsoft's published AD DS schema (the Windows Server
 * 2012 R2 LDF files Samba ships); all of them are in Samba's base schema.
 */
final class AdBaseAttributes {
    private static final String MS = "1.2.840.113556";
    private static final String PILOT = "0.9.2342.19200300.100.1";
    private static final String NETSCAPE = "2.16.840.1.113730.3";

    private AdBaseAttributes() {}

    static List<AttributeDefinition> all() {
        return List.of(
                // identity and change tracking, maintained by AD
                attribute("objectGUID", MS + ".1.4.2", OCTET_STRING)
                        .samba()
                        .generated()
                        .upTo(16)
                        .as("AD: 16-byte GUID in MS-DTYP byte order, the immutable anchor"),
                attribute("objectSid", MS + ".1.4.146", SID)
                        .samba()
                        .generated()
                        .upTo(28)
                        .as("AD: binary SID of a security principal"),
                attribute("objectCategory", MS + ".1.4.782", DN)
                        .samba()
                        .generated()
                        .as("AD: DN of the class schema object used in searches"),
                attribute("instanceType", MS + ".1.2.1", INTEGER)
                        .samba()
                        .generated()
                        .as("AD: replication instance flags (4 = writable)"),
                attribute("sAMAccountType", MS + ".1.4.302", INTEGER)
                        .samba()
                        .generated()
                        .as("AD: account type derived from the class and groupType"),
                attribute("uSNCreated", MS + ".1.2.19", LARGE_INTEGER)
                        .samba()
                        .generated()
                        .as("AD: update sequence number at creation"),
                attribute("uSNChanged", MS + ".1.2.120", LARGE_INTEGER)
                        .samba()
                        .generated()
                        .as("AD: update sequence number of the last change"),
                attribute("whenCreated", MS + ".1.2.2", GENERALIZED_TIME)
                        .samba()
                        .generated()
                        .as("AD: creation time"),
                attribute("whenChanged", MS + ".1.2.3", GENERALIZED_TIME)
                        .samba()
                        .generated()
                        .as("AD: time of the last change"),
                attribute("isDeleted", MS + ".1.2.48", BOOLEAN)
                        .samba()
                        .generated()
                        .as("AD: tombstone flag"),
                attribute("lastKnownParent", MS + ".1.4.781", DN)
                        .samba()
                        .generated()
                        .as("AD: parent DN before deletion"),
                attribute("showInAdvancedViewOnly", MS + ".1.2.169", BOOLEAN)
                        .samba()
                        .as("AD: hidden from basic admin views"),
                attribute("adminDescription", MS + ".1.2.226", UNICODE_STRING)
                        .samba()
                        .upTo(1024)
                        .as("AD: administrative description, on every object; galbridge's default ownership mark"),
                attribute("mS-DS-ConsistencyGuid", MS + ".1.4.1360", OCTET_STRING)
                        .samba()
                        .as("AD: source anchor used by sync engines"),
                // accounts and groups
                attribute("sIDHistory", MS + ".1.4.609", SID).multi().samba().as("AD: SIDs the principal had before"),
                attribute("sAMAccountName", MS + ".1.4.221", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("AD: pre-Windows 2000 logon name"),
                attribute("userPrincipalName", MS + ".1.4.656", UNICODE_STRING)
                        .samba()
                        .upTo(1024)
                        .as("AD: user principal name"),
                attribute("userAccountControl", MS + ".1.4.8", INTEGER)
                        .samba()
                        .as("AD: account flags (514 = disabled normal account)"),
                attribute("primaryGroupID", MS + ".1.4.98", INTEGER).samba().as("AD: RID of the primary group"),
                attribute("accountExpires", MS + ".1.4.159", LARGE_INTEGER)
                        .samba()
                        .as("AD: FILETIME of expiry"),
                attribute("pwdLastSet", MS + ".1.4.96", LARGE_INTEGER).samba().as("AD: FILETIME of password change"),
                attribute("groupType", MS + ".1.4.750", INTEGER)
                        .samba()
                        .as("AD: group type flags, signed 32-bit (bit 31 = security)"),
                attribute("member", "2.5.4.31", DN).multi().samba().link(2).as("AD: group members"),
                attribute("memberOf", MS + ".1.2.102", DN)
                        .multi()
                        .samba()
                        .generated()
                        .link(3)
                        .as("AD: groups this object is a member of (back-link)"),
                attribute("managedBy", MS + ".1.4.653", DN).samba().link(72).as("AD: owner of the object"),
                attribute("managedObjects", MS + ".1.4.654", DN)
                        .multi()
                        .samba()
                        .generated()
                        .link(73)
                        .as("AD: objects this object manages (back-link)"),
                attribute("manager", PILOT + ".10", DN).samba().link(42).as("AD: manager"),
                attribute("directReports", MS + ".1.2.436", DN)
                        .multi()
                        .samba()
                        .generated()
                        .link(43)
                        .as("AD: direct reports (back-link of manager)"),
                attribute("terminalServer", MS + ".1.4.885", OCTET_STRING)
                        .samba()
                        .upTo(20480)
                        .as("AD: remote desktop user parameters"),
                // addressing that AD itself defines
                attribute("mail", PILOT + ".3", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("AD: primary SMTP address"),
                attribute("proxyAddresses", MS + ".1.2.210", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(1123)
                        .as("AD/Exchange: type:address values, upper-case type marks the primary"),
                attribute("legacyExchangeDN", MS + ".1.4.655", CASE_IGNORE_STRING)
                        .samba()
                        .as("Exchange: legacy DN, the X500 address of the recipient"),
                attribute("showInAddressBook", MS + ".1.4.644", DN)
                        .multi()
                        .samba()
                        .as("Exchange: address lists the recipient appears in"),
                attribute("textEncodedORAddress", PILOT + ".2", UNICODE_STRING)
                        .samba()
                        .upTo(1024)
                        .as("AD: X.400 address in text form"),
                attribute("msExchAssistantName", MS + ".1.2.444", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("Exchange: assistant name"),
                // names and GAL properties
                attribute("cn", "2.5.4.3", UNICODE_STRING).samba().upTo(64).as("common name"),
                attribute("ou", "2.5.4.11", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("organizational unit name"),
                attribute("displayName", MS + ".1.2.13", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("AD: display name"),
                attribute("sn", "2.5.4.4", UNICODE_STRING).samba().upTo(64).as("surname"),
                attribute("givenName", "2.5.4.42", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("given name"),
                attribute("initials", "2.5.4.43", UNICODE_STRING)
                        .samba()
                        .upTo(6)
                        .as("initials"),
                attribute("middleName", NETSCAPE + ".1.34", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("middle name"),
                attribute("personalTitle", MS + ".1.2.615", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("personal title"),
                attribute("title", "2.5.4.12", UNICODE_STRING).samba().upTo(128).as("job title"),
                attribute("company", MS + ".1.2.146", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("company"),
                attribute("department", MS + ".1.2.141", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("department"),
                attribute("departmentNumber", NETSCAPE + ".1.2", UNICODE_STRING)
                        .multi()
                        .samba()
                        .as("department number"),
                attribute("division", MS + ".1.4.261", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("division"),
                attribute("o", "2.5.4.10", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("organization"),
                attribute("employeeID", MS + ".1.4.35", UNICODE_STRING)
                        .samba()
                        .upTo(16)
                        .as("employee ID"),
                attribute("employeeNumber", MS + ".1.2.610", UNICODE_STRING)
                        .samba()
                        .upTo(512)
                        .as("employee number"),
                attribute("employeeType", MS + ".1.2.613", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("employee type"),
                attribute("description", "2.5.4.13", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(1024)
                        .as("description"),
                attribute("comment", MS + ".1.4.156", UNICODE_STRING).samba().as("AD: user comment"),
                attribute("info", MS + ".1.2.81", UNICODE_STRING)
                        .samba()
                        .upTo(1024)
                        .as("AD: notes"),
                attribute("physicalDeliveryOfficeName", "2.5.4.19", UNICODE_STRING)
                        .samba()
                        .upTo(128)
                        .as("office"),
                attribute("streetAddress", MS + ".1.2.256", UNICODE_STRING)
                        .samba()
                        .upTo(1024)
                        .as("AD: street address (not the X.500 street)"),
                attribute("street", "2.5.4.9", UNICODE_STRING)
                        .samba()
                        .upTo(1024)
                        .as("X.500 street"),
                attribute("postOfficeBox", "2.5.4.18", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(40)
                        .as("post office box"),
                attribute("l", "2.5.4.7", UNICODE_STRING).samba().upTo(128).as("locality (city)"),
                attribute("st", "2.5.4.8", UNICODE_STRING).samba().upTo(128).as("state or province"),
                attribute("postalCode", "2.5.4.17", UNICODE_STRING)
                        .samba()
                        .upTo(40)
                        .as("postal code"),
                attribute("postalAddress", "2.5.4.16", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(4096)
                        .as("postal address"),
                attribute("homePostalAddress", MS + ".1.2.617", UNICODE_STRING)
                        .samba()
                        .upTo(4096)
                        .as("AD: home postal address"),
                attribute("c", "2.5.4.6", UNICODE_STRING).samba().upTo(3).as("ISO 3166 two-letter country code"),
                attribute("co", MS + ".1.2.131", UNICODE_STRING)
                        .samba()
                        .upTo(128)
                        .as("AD: country name"),
                attribute("countryCode", MS + ".1.4.25", INTEGER)
                        .samba()
                        .upTo(65535)
                        .as("AD: ISO 3166 numeric country code"),
                attribute("telephoneNumber", "2.5.4.20", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("office phone"),
                attribute("otherTelephone", MS + ".1.2.18", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("AD: other office phones"),
                attribute("facsimileTelephoneNumber", "2.5.4.23", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("fax number"),
                attribute("otherFacsimileTelephoneNumber", MS + ".1.4.646", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("AD: other fax numbers"),
                attribute("homePhone", PILOT + ".20", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("home phone"),
                attribute("otherHomePhone", MS + ".1.2.277", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("AD: other home phones"),
                attribute("mobile", PILOT + ".41", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("mobile phone"),
                attribute("otherMobile", MS + ".1.4.647", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("AD: other mobile phones"),
                attribute("pager", PILOT + ".42", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("pager"),
                attribute("otherPager", MS + ".1.2.118", UNICODE_STRING)
                        .multi()
                        .samba()
                        .upTo(64)
                        .as("AD: other pagers"),
                attribute("ipPhone", MS + ".1.4.721", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: IP phone"),
                attribute("otherIpPhone", MS + ".1.4.722", UNICODE_STRING)
                        .multi()
                        .samba()
                        .as("AD: other IP phones"),
                attribute("internationalISDNNumber", "2.5.4.25", NUMERIC_STRING)
                        .multi()
                        .samba()
                        .upTo(16)
                        .as("ISDN number"),
                attribute("primaryInternationalISDNNumber", MS + ".1.4.649", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: primary ISDN number"),
                attribute("primaryTelexNumber", MS + ".1.4.648", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: primary telex number"),
                attribute("preferredDeliveryMethod", "2.5.4.28", ENUMERATION)
                        .multi()
                        .samba()
                        .as("preferred delivery method"),
                attribute("localeID", MS + ".1.4.58", INTEGER).multi().samba().as("AD: locale IDs"),
                attribute("wWWHomePage", MS + ".1.2.464", UNICODE_STRING)
                        .samba()
                        .upTo(2048)
                        .as("AD: web page"),
                attribute("url", MS + ".1.4.749", UNICODE_STRING)
                        .multi()
                        .samba()
                        .as("AD: other web pages"),
                attribute("msDS-PhoneticFirstName", MS + ".1.4.1942", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: phonetic given name"),
                attribute("msDS-PhoneticLastName", MS + ".1.4.1943", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: phonetic surname"),
                attribute("msDS-PhoneticDepartment", MS + ".1.4.1944", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: phonetic department"),
                attribute("msDS-PhoneticCompanyName", MS + ".1.4.1945", UNICODE_STRING)
                        .samba()
                        .upTo(64)
                        .as("AD: phonetic company"),
                attribute("msDS-PhoneticDisplayName", MS + ".1.4.1946", UNICODE_STRING)
                        .samba()
                        .upTo(256)
                        .as("AD: phonetic display name"),
                // pictures and certificates
                attribute("photo", PILOT + ".7", OCTET_STRING).multi().samba().as("photo (binary)"),
                attribute("thumbnailPhoto", NETSCAPE + ".1.35", OCTET_STRING)
                        .samba()
                        .upTo(102400)
                        .as("AD: thumbnail photo (JPEG)"),
                attribute("thumbnailLogo", NETSCAPE + ".1.36", OCTET_STRING)
                        .samba()
                        .upTo(32767)
                        .as("AD: logo"),
                attribute("userCert", MS + ".1.4.645", OCTET_STRING)
                        .samba()
                        .upTo(32767)
                        .as("AD: Exchange 5.5-era certificate"),
                attribute("userCertificate", "2.5.4.36", OCTET_STRING)
                        .multi()
                        .samba()
                        .upTo(32768)
                        .as("X.509 certificates (DER)"),
                attribute("userSMIMECertificate", NETSCAPE + ".140", OCTET_STRING)
                        .multi()
                        .samba()
                        .upTo(32768)
                        .as("AD: S/MIME certificates (AD's OID differs from RFC 2798's)"));
    }
}
