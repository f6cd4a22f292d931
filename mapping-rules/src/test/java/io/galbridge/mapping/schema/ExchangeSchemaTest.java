package io.galbridge.mapping.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeSchemaTest {
    private static final ExchangeSchema CATALOG = ExchangeSchema.standard();

    @ParameterizedTest(name = "{0} = {1}, {2}/{3}, single-valued {4}")
    @CsvSource({
        "proxyAddresses,             1.2.840.113556.1.2.210,            2.5.5.12, 64,  false",
        "legacyExchangeDN,           1.2.840.113556.1.4.655,            2.5.5.4,  20,  true",
        "mail,                       0.9.2342.19200300.100.1.3,         2.5.5.12, 64,  true",
        "targetAddress,              1.2.840.113556.1.2.352,            2.5.5.12, 64,  true",
        "mailNickname,               1.2.840.113556.1.2.447,            2.5.5.12, 64,  true",
        "msExchMailboxGuid,          1.2.840.113556.1.4.7000.102.11058, 2.5.5.10, 4,   true",
        "msExchArchiveGUID,          1.2.840.113556.1.4.7000.102.51443, 2.5.5.10, 4,   true",
        "msExchArchiveName,          1.2.840.113556.1.4.7000.102.51441, 2.5.5.12, 64,  false",
        "msExchRecipientTypeDetails, 1.2.840.113556.1.4.7000.102.50855, 2.5.5.16, 65,  true",
        "msExchRecipientDisplayType, 1.2.840.113556.1.4.7000.102.50730, 2.5.5.9,  2,   true",
        "msExchRemoteRecipientType,  1.2.840.113556.1.4.7000.102.51611, 2.5.5.16, 65,  true",
        "msExchVersion,              1.2.840.113556.1.4.7000.102.50853, 2.5.5.16, 65,  true",
        "msExchUserCulture,          1.2.840.113556.1.4.7000.102.50773, 2.5.5.12, 64,  true",
        "msExchMasterAccountSid,     1.2.840.113556.1.4.7000.102.81,    2.5.5.17, 4,   true",
        "msExchHideFromAddressLists, 1.2.840.113556.1.4.7000.102.73,    2.5.5.8,  1,   true",
        "msExchHomeServerName,       1.2.840.113556.1.4.7000.102.47,    2.5.5.12, 64,  true",
        "msExchOriginatingForest,    1.2.840.113556.1.4.7000.102.50300, 2.5.5.12, 64,  false",
        "homeMDB,                    1.2.840.113556.1.2.244,            2.5.5.1,  127, true",
        "extensionAttribute1,        1.2.840.113556.1.2.423,            2.5.5.12, 64,  true",
        "extensionAttribute11,       1.2.840.113556.1.2.599,            2.5.5.12, 64,  true",
        "extensionAttribute15,       1.2.840.113556.1.2.603,            2.5.5.12, 64,  true",
        "adminDescription,           1.2.840.113556.1.2.226,            2.5.5.12, 64,  true",
        "textEncodedORAddress,       0.9.2342.19200300.100.1.2,         2.5.5.12, 64,  true",
        "objectGUID,                 1.2.840.113556.1.4.2,              2.5.5.10, 4,   true",
        "objectSid,                  1.2.840.113556.1.4.146,            2.5.5.17, 4,   true",
        "userAccountControl,         1.2.840.113556.1.4.8,              2.5.5.9,  2,   true",
        "groupType,                  1.2.840.113556.1.4.750,            2.5.5.9,  2,   true",
        "uSNChanged,                 1.2.840.113556.1.2.120,            2.5.5.16, 65,  true",
        "whenChanged,                1.2.840.113556.1.2.3,              2.5.5.11, 24,  true",
        "isDeleted,                  1.2.840.113556.1.2.48,             2.5.5.8,  1,   true",
        "displayName,                1.2.840.113556.1.2.13,             2.5.5.12, 64,  true",
        "manager,                    0.9.2342.19200300.100.1.10,        2.5.5.1,  127, true",
        "memberOf,                   1.2.840.113556.1.2.102,            2.5.5.1,  127, false",
        "preferredDeliveryMethod,    2.5.4.28,                          2.5.5.9,  10,  false",
    })
    void knowsMicrosoftsIdentityOfTheAttribute(
            String name, String oid, String adSyntax, int omSyntax, boolean singleValued) {
        AttributeDefinition attribute = CATALOG.requireAttribute(name);

        assertThat(attribute.ldapDisplayName()).isEqualTo(name);
        assertThat(attribute.oid()).isEqualTo(oid);
        assertThat(attribute.syntax().adAttributeSyntax()).isEqualTo(adSyntax);
        assertThat(attribute.syntax().adOmSyntax()).isEqualTo(omSyntax);
        assertThat(attribute.singleValued()).isEqualTo(singleValued);
        assertThat(attribute.hasTestOnlyOid()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}/{3}/{4}")
    @CsvSource({
        "UNICODE_STRING,     1.3.6.1.4.1.1466.115.121.1.15, caseIgnoreMatch,        '',                           caseIgnoreSubstringsMatch",
        "CASE_IGNORE_STRING, 1.3.6.1.4.1.1466.115.121.1.15, caseIgnoreMatch,        '',                           caseIgnoreSubstringsMatch",
        "INTEGER,            1.3.6.1.4.1.1466.115.121.1.27, integerMatch,           integerOrderingMatch,         ''",
        "LARGE_INTEGER,      1.3.6.1.4.1.1466.115.121.1.27, integerMatch,           integerOrderingMatch,         ''",
        "BOOLEAN,            1.3.6.1.4.1.1466.115.121.1.7,  booleanMatch,           '',                           ''",
        "OCTET_STRING,       1.3.6.1.4.1.1466.115.121.1.40, octetStringMatch,       '',                           ''",
        "SID,                1.3.6.1.4.1.1466.115.121.1.40, octetStringMatch,       '',                           ''",
        "DN,                 1.3.6.1.4.1.1466.115.121.1.12, distinguishedNameMatch, '',                           ''",
        "GENERALIZED_TIME,   1.3.6.1.4.1.1466.115.121.1.24, generalizedTimeMatch,   generalizedTimeOrderingMatch, ''",
    })
    void mapsAdSyntaxesToRfc4517AsSection510Recommends(
            AttributeSyntax syntax, String ldapOid, String equality, String ordering, String substring) {
        assertThat(syntax.ldapSyntaxOid()).isEqualTo(ldapOid);
        assertThat(syntax.equalityMatchingRule()).isEqualTo(equality);
        assertThat(syntax.orderingMatchingRule().orElse("")).isEqualTo(ordering);
        assertThat(syntax.substringMatchingRule().orElse("")).isEqualTo(substring);
    }

    @ParameterizedTest
    @CsvSource({
        "user,                          1.2.840.113556.1.5.9,  STRUCTURAL, organizationalPerson",
        "contact,                       1.2.840.113556.1.5.15, STRUCTURAL, organizationalPerson",
        "group,                         1.2.840.113556.1.5.8,  STRUCTURAL, top",
        "mailRecipient,                 1.2.840.113556.1.3.46, AUXILIARY,  top",
        "organizationalUnit,            2.5.6.5,               STRUCTURAL, top",
        "container,                     1.2.840.113556.1.3.23, STRUCTURAL, top",
        "domainDNS,                     1.2.840.113556.1.5.67, STRUCTURAL, domain",
        "computer,                      1.2.840.113556.1.3.30, STRUCTURAL, user",
    })
    void knowsTheObjectClasses(String name, String oid, ObjectClassDefinition.Kind kind, String superior) {
        ObjectClassDefinition objectClass = CATALOG.objectClass(name).orElseThrow();

        assertThat(objectClass.oid()).isEqualTo(oid);
        assertThat(objectClass.kind()).isEqualTo(kind);
        assertThat(objectClass.superior()).isEqualTo(superior);
    }

    /** The classifier's read set (exchange-semantics §1.2) and PMR's first-commit attributes (§2.7). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "userAccountControl",
                "homeMDB",
                "msExchHomeServerName",
                "msExchMailboxGuid",
                "targetAddress",
                "mail",
                "mailNickname",
                "proxyAddresses",
                "legacyExchangeDN",
                "msExchRecipientTypeDetails",
                "msExchRecipientDisplayType",
                "msExchRemoteRecipientType",
                "msExchMasterAccountSid",
                "objectSid",
                "msExchHideFromAddressLists",
                "msExchOriginatingForest",
                "msExchArchiveGUID",
                "msExchArchiveName",
                "displayName",
                "msExchUserCulture",
                "msExchVersion",
                "sAMAccountName",
                "userPrincipalName",
                "msExchMasterAccountHistory",
                "altRecipient",
                "altRecipientBL",
                "manager",
                "directReports",
                "publicDelegates",
                "publicDelegatesBL",
                "memberOf",
                "managedObjects",
                "msExchCoManagedByLink",
                "msExchCoManagedObjectsBL",
                "msExchDelegateListLink",
                "msExchTeamMailboxOwners",
                "deliverAndRedirect",
                "msExchResourceCapacity",
                "msExchResourceDisplay",
                "msExchResourceMetaData",
                "msExchResourceSearchProperties",
                "msExchTeamMailboxSharePointUrl",
                "msExchTeamMailboxExpiration",
                "uSNCreated",
                "uSNChanged",
                "whenCreated",
                "whenChanged",
                "isDeleted",
                "objectGUID",
                "objectCategory",
                "instanceType"
            })
    void allowsWhatTheClassifierAndPmrCreateNeedOnUsers(String name) {
        assertThat(CATALOG.allowedAttributes("user"))
                .contains(CATALOG.requireAttribute(name).ldapDisplayName());
    }

    /** What a fresh domain's own tree holds: the domain object, CN=Users, a computer account. */
    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource({
        "domainDNS, objectGUID",
        "domainDNS, objectSid",
        "domainDNS, whenChanged",
        "domainDNS, description",
        "container, cn",
        "container, description",
        "container, objectGUID",
        "container, uSNChanged",
        "computer,  sAMAccountName",
        "computer,  userAccountControl",
        "computer,  objectSid",
        "computer,  mail",
    })
    void allowsWhatAFreshDomainsTreeHolds(String className, String attribute) {
        assertThat(CATALOG.allowedAttributes(className)).contains(attribute);
    }

    /** The rules' default ownership marker must be writable on everything galbridge creates or adopts. */
    @ParameterizedTest
    @ValueSource(strings = {"contact", "user", "group", "organizationalUnit", "container"})
    void allowsTheDefaultOwnershipMarkerOnEveryClass(String className) {
        assertThat(CATALOG.allowedAttributes(className))
                .contains(io.galbridge.mapping.config.OwnershipMarker.DEFAULT.attribute());
    }

    @Test
    void requiresCnOnContainersButNothingBeyondDomainOnTheDomainObject() {
        assertThat(CATALOG.objectClass("container").orElseThrow().must()).containsExactly("cn");
        assertThat(CATALOG.objectClass("domainDNS").orElseThrow().must()).isEmpty();
        assertThat(CATALOG.allowedAttributes("domainDNS")).doesNotContain("sAMAccountName", "proxyAddresses");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "groupType",
                "member",
                "managedBy",
                "msExchCoManagedByLink",
                "proxyAddresses",
                "mail",
                "msExchRecipientTypeDetails",
                "legacyExchangeDN",
                "objectSid",
                "objectGUID"
            })
    void allowsWhatMailEnabledGroupsNeed(String name) {
        assertThat(CATALOG.allowedAttributes("group")).contains(name);
    }

    /** PMR's GAL attribute set (exchange-semantics §2.7), which GAL sync copies to contacts too. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "c",
                "co",
                "countryCode",
                "company",
                "department",
                "facsimileTelephoneNumber",
                "givenName",
                "homePhone",
                "info",
                "initials",
                "l",
                "mobile",
                "msExchAssistantName",
                "msExchHideFromAddressLists",
                "otherHomePhone",
                "otherTelephone",
                "pager",
                "physicalDeliveryOfficeName",
                "postalCode",
                "sn",
                "st",
                "streetAddress",
                "telephoneAssistant",
                "telephoneNumber",
                "title",
                "extensionAttribute7",
                "proxyAddresses",
                "targetAddress",
                "msExchOriginatingForest"
            })
    void allowsTheGalSetOnContactsAndUsers(String name) {
        assertThat(CATALOG.allowedAttributes("contact")).contains(name);
        assertThat(CATALOG.allowedAttributes("user")).contains(name);
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        List<String> names = CATALOG.attributes().stream()
                .map(a -> a.ldapDisplayName().toLowerCase(Locale.ROOT))
                .toList();
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }

    @Test
    void oidsAreUniqueAcrossAttributesAndClasses() {
        List<String> oids = new java.util.ArrayList<>(
                CATALOG.attributes().stream().map(AttributeDefinition::oid).toList());
        CATALOG.objectClasses().forEach(c -> oids.add(c.oid()));
        assertThat(new HashSet<>(oids)).hasSameSizeAs(oids);
    }

    @Test
    void everyClassNamesOnlyCatalogAttributesAndClasses() {
        for (ObjectClassDefinition objectClass : CATALOG.objectClasses()) {
            for (String name : objectClass.must()) {
                assertThat(CATALOG.attribute(name))
                        .as(objectClass.name() + " must " + name)
                        .isPresent();
            }
            for (String name : objectClass.may()) {
                assertThat(CATALOG.attribute(name))
                        .as(objectClass.name() + " may " + name)
                        .isPresent();
            }
            for (String auxiliary : objectClass.auxiliaryClasses()) {
                assertThat(CATALOG.objectClass(auxiliary))
                        .as(objectClass.name() + " aux " + auxiliary)
                        .isPresent();
            }
        }
    }

    @Test
    void everyAttributeIsAllowedOnSomeClass() {
        Set<String> allowed = CATALOG.objectClasses().stream()
                .flatMap(c -> CATALOG.allowedAttributes(c.name()).stream())
                .collect(Collectors.toSet());
        assertThat(CATALOG.attributes())
                .extracting(AttributeDefinition::ldapDisplayName)
                .allSatisfy(name -> assertThat(allowed).contains(name));
    }

    @Test
    void onlyAttributesWithoutAConfirmedMicrosoftOidUseTheTestOnlyArc() {
        assertThat(CATALOG.attributes().stream().filter(AttributeDefinition::hasTestOnlyOid))
                .extracting(AttributeDefinition::ldapDisplayName)
                .contains("msExchMasterAccountHistory", "msExchCoManagedByLink")
                .doesNotContain("msExchArchiveGUID", "msExchArchiveName", "msExchVersion")
                .allSatisfy(name ->
                        assertThat(CATALOG.requireAttribute(name).description()).contains("TEST-ONLY"));
    }

    @Test
    void marksWhatAdGeneratesAndWhatSambaLacks() {
        assertThat(CATALOG.requireAttribute("objectGUID").serverGenerated()).isTrue();
        assertThat(CATALOG.requireAttribute("memberOf").backLink()).isTrue();
        assertThat(CATALOG.requireAttribute("member").backLink()).isFalse();
        assertThat(CATALOG.requireAttribute("targetAddress").serverGenerated()).isFalse();
        assertThat(CATALOG.requireAttribute("proxyAddresses").inSambaBaseSchema())
                .isTrue();
        assertThat(CATALOG.requireAttribute("msExchMailboxGuid").inSambaBaseSchema())
                .isFalse();
        assertThat(CATALOG.requireAttribute("msExchMailboxGuid").rangeUpper()).hasValue(16);
        assertThat(CATALOG.requireAttribute("adminDescription").inSambaBaseSchema())
                .as("Samba's base schema defines it; the Samba extension must not")
                .isTrue();
    }

    @Test
    void looksNamesUpIgnoringCase() {
        assertThat(CATALOG.attribute("MSEXCHMAILBOXGUID")).contains(CATALOG.requireAttribute("msExchMailboxGuid"));
        assertThat(CATALOG.objectClass("CONTACT")).isPresent();
        assertThat(CATALOG.attribute("msExchNoSuchThing")).isEmpty();
    }

    @Test
    void namesTheUnknownAttributeInTheError() {
        assertThatThrownBy(() -> CATALOG.requireAttribute("msExchNoSuchThing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("msExchNoSuchThing");
        assertThatThrownBy(() -> CATALOG.allowedAttributes("noSuchClass"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noSuchClass");
    }

    @Test
    void isImmutable() {
        assertThatThrownBy(() -> CATALOG.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CATALOG.objectClasses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CATALOG.allowedAttributes("user").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
