package io.galbridge.mapping.schema;

import static io.galbridge.mapping.schema.ObjectClassDefinition.Kind.ABSTRACT;
import static io.galbridge.mapping.schema.ObjectClassDefinition.Kind.AUXILIARY;
import static io.galbridge.mapping.schema.ObjectClassDefinition.Kind.STRUCTURAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The object classes of the catalog (exchange-semantics §5.9, §5.10), modelled as AD models them:
 * {@code user}, {@code contact} and {@code group} carry the {@code mailRecipient} auxiliary, which holds
 * the Exchange recipient attributes; AD's operational attributes live on {@code top}. Besides the
 * recipient classes it holds the structural classes a fresh AD domain's tree is made of:
 * {@code domainDNS} (the domain object, a subclass of the standard {@code domain}), {@code container}
 * ({@code CN=Users}, {@code CN=Computers}) and {@code computer}.
 */
final class ExchangeObjectClasses {
    private static final String MS = "1.2.840.113556";

    /** Names of the attributes AD puts on every object ({@code top}). */
    private static final List<String> TOP_MAY = List.of(
            "objectGUID",
            "objectCategory",
            "instanceType",
            "uSNCreated",
            "uSNChanged",
            "whenCreated",
            "whenChanged",
            "isDeleted",
            "lastKnownParent",
            "showInAdvancedViewOnly",
            "adminDescription",
            "memberOf",
            "managedObjects",
            "directReports",
            "altRecipientBL",
            "publicDelegatesBL",
            "msExchCoManagedObjectsBL",
            "msExchDelegateListBL",
            "mS-DS-ConsistencyGuid");

    /** AD attributes that {@code mailRecipient} itself allows, besides the Exchange extension. */
    private static final List<String> MAIL_RECIPIENT_BASE = List.of(
            "mail",
            "proxyAddresses",
            "displayName",
            "legacyExchangeDN",
            "showInAddressBook",
            "textEncodedORAddress",
            "msExchAssistantName",
            "info",
            "telephoneNumber",
            "userCertificate",
            "userCert",
            "userSMIMECertificate");

    /** Person attributes AD allows on both user and contact (GAL and "additional" sets, §2.7). */
    private static final List<String> PERSON_MAY = List.of(
            "cn",
            "sn",
            "givenName",
            "initials",
            "middleName",
            "personalTitle",
            "title",
            "company",
            "department",
            "division",
            "o",
            "employeeID",
            "description",
            "comment",
            "physicalDeliveryOfficeName",
            "streetAddress",
            "street",
            "postOfficeBox",
            "l",
            "st",
            "postalCode",
            "postalAddress",
            "homePostalAddress",
            "c",
            "co",
            "countryCode",
            "otherTelephone",
            "facsimileTelephoneNumber",
            "otherFacsimileTelephoneNumber",
            "homePhone",
            "otherHomePhone",
            "mobile",
            "otherMobile",
            "pager",
            "otherPager",
            "ipPhone",
            "otherIpPhone",
            "internationalISDNNumber",
            "primaryInternationalISDNNumber",
            "primaryTelexNumber",
            "preferredDeliveryMethod",
            "wWWHomePage",
            "url",
            "msDS-PhoneticFirstName",
            "msDS-PhoneticLastName",
            "msDS-PhoneticDepartment",
            "msDS-PhoneticCompanyName",
            "msDS-PhoneticDisplayName",
            "thumbnailPhoto",
            "thumbnailLogo",
            "manager");

    /**
     * Attributes of users only: AD's user/securityPrincipal account attributes and the person attributes
     * AD allows on user but not on contact (departmentNumber, employeeNumber, employeeType, localeID, photo).
     */
    private static final List<String> USER_ONLY_MAY = List.of(
            "departmentNumber",
            "employeeNumber",
            "employeeType",
            "localeID",
            "photo",
            "objectSid",
            "sIDHistory",
            "sAMAccountName",
            "sAMAccountType",
            "userPrincipalName",
            "userAccountControl",
            "primaryGroupID",
            "accountExpires",
            "pwdLastSet",
            "terminalServer");

    private static final List<String> GROUP_MAY = List.of(
            "groupType",
            "member",
            "managedBy",
            "objectSid",
            "sIDHistory",
            "sAMAccountName",
            "sAMAccountType",
            "description");

    private ExchangeObjectClasses() {}

    /**
     * Builds the classes.
     *
     * @param exchangeAttributes the Exchange extension's attributes, all allowed on mailRecipient
     *     except back-links, which {@code top} allows
     */
    static List<ObjectClassDefinition> all(List<AttributeDefinition> exchangeAttributes) {
        List<String> mailRecipientMay = new ArrayList<>(MAIL_RECIPIENT_BASE);
        Set<String> onTop = Set.copyOf(TOP_MAY);
        exchangeAttributes.stream()
                .map(AttributeDefinition::ldapDisplayName)
                .filter(name -> !onTop.contains(name))
                .forEach(mailRecipientMay::add);
        List<String> userMay = new ArrayList<>(PERSON_MAY);
        userMay.addAll(USER_ONLY_MAY);
        String mailRecipient = ExchangeSchema.MAIL_RECIPIENT;
        return List.of(
                new ObjectClassDefinition("top", "2.5.6.0", ABSTRACT, "top", List.of(), List.of(), TOP_MAY),
                new ObjectClassDefinition(
                        mailRecipient, MS + ".1.3.46", AUXILIARY, "top", List.of(), List.of(), mailRecipientMay),
                new ObjectClassDefinition(
                        "user",
                        MS + ".1.5.9",
                        STRUCTURAL,
                        "organizationalPerson",
                        List.of(mailRecipient),
                        List.of(),
                        userMay),
                new ObjectClassDefinition(
                        "contact",
                        MS + ".1.5.15",
                        STRUCTURAL,
                        "organizationalPerson",
                        List.of(mailRecipient),
                        List.of("cn"),
                        PERSON_MAY),
                // AD also requires groupType but defaults it on creation, so writers need not send it
                new ObjectClassDefinition(
                        "group", MS + ".1.5.8", STRUCTURAL, "top", List.of(mailRecipient), List.of("cn"), GROUP_MAY),
                new ObjectClassDefinition(
                        "organizationalUnit",
                        "2.5.6.5",
                        STRUCTURAL,
                        "top",
                        List.of(),
                        List.of("ou"),
                        List.of(
                                "description",
                                "l",
                                "st",
                                "street",
                                "postalCode",
                                "c",
                                "co",
                                "countryCode",
                                "managedBy")),
                // the structural classes of a fresh domain's own tree (MS-ADSC): the domain object,
                // CN=Users and CN=Computers, and computer accounts
                new ObjectClassDefinition(
                        "container",
                        MS + ".1.3.23",
                        STRUCTURAL,
                        "top",
                        List.of(),
                        List.of("cn"),
                        List.of("description")),
                new ObjectClassDefinition(
                        "domainDNS",
                        MS + ".1.5.67",
                        STRUCTURAL,
                        "domain",
                        List.of(),
                        List.of(),
                        List.of("description", "objectSid")),
                new ObjectClassDefinition(
                        "computer", MS + ".1.3.30", STRUCTURAL, "user", List.of(), List.of(), List.of()),
                new ObjectClassDefinition(
                        "msExchDynamicDistributionList",
                        AttributeDefinition.TEST_ONLY_OID_ARC + ".3.1",
                        STRUCTURAL,
                        "top",
                        List.of(mailRecipient),
                        List.of("cn"),
                        List.of("description", "managedBy")));
    }
}
