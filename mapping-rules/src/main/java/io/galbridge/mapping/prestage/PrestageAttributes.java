package io.galbridge.mapping.prestage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The attribute sets and constants of a pre-staged MEU (spec 2.7, 2.13). Lists keep the spec's
 * order; {@link #isBinary(String)} tells which attributes hold bytes and must be copied raw.
 */
public final class PrestageAttributes {

    /** msExchRecipientDisplayType of a new MEU: SyncedMailboxUser 0x80000006. */
    public static final int MAIL_USER_DISPLAY_TYPE = 0x80000006;
    /** msExchRecipientDisplayType of a linked MEU: ACLableSyncedMailboxUser 0xC0000006. */
    public static final int LINKED_MAIL_USER_DISPLAY_TYPE = 0xC0000006;
    /** msExchRecipientDisplayType of a room MEU: 0x80000706. */
    public static final int ROOM_DISPLAY_TYPE = 0x80000706;
    /** msExchRecipientDisplayType of an equipment MEU: 0x80000806. */
    public static final int EQUIPMENT_DISPLAY_TYPE = 0x80000806;
    /** msExchRecipientDisplayType of a team-mailbox MEU: 0x80001006. */
    public static final int TEAM_DISPLAY_TYPE = 0x80001006;
    /** msExchRecipientTypeDetails of every MEU: MailUser, 128 (room and equipment included). */
    public static final long MAIL_USER_TYPE_DETAILS = 128L;
    /** msExchVersion stamped on a pre-staged MEU (MS doc; E28). */
    public static final long EXCHANGE_VERSION = 44220983382016L;
    /** userAccountControl of a new MEU: NORMAL_ACCOUNT | ACCOUNTDISABLE. */
    public static final int MAIL_USER_ACCOUNT_CONTROL = 514;
    /** The value msExchPoliciesExcluded holds when the Email Address Policy is disabled. */
    public static final String EMAIL_ADDRESS_POLICY_EXCLUDED = "{26491cfc-9e50-4857-861b-0cb8df22b5d7}";
    /** Object classes of a new MEU. */
    public static final List<String> MAIL_USER_OBJECT_CLASSES =
            List.of("top", "person", "organizationalPerson", "user");

    public static final String DISPLAY_NAME = "displayName";
    public static final String USER_CULTURE = "msExchUserCulture";
    public static final String MASTER_ACCOUNT_HISTORY = "msExchMasterAccountHistory";
    public static final String POLICIES_EXCLUDED = "msExchPoliciesExcluded";
    public static final String ALT_RECIPIENT = "altRecipient";
    public static final String DELIVER_AND_REDIRECT = "deliverAndRedirect";

    /** Copied from the source at creation besides the computed ones (MS doc mandatory table). */
    public static final List<String> MANDATORY = List.of(
            DISPLAY_NAME,
            "mail",
            "mailNickname",
            "msExchMailboxGuid",
            "msExchArchiveGUID",
            "msExchArchiveName",
            USER_CULTURE);

    /** The GAL attribute set (2.7 step 3). */
    public static final List<String> GAL = List.of(
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
            "title");

    /** The "additional" attribute set (2.7 step 3); lmPwdHistory is deliberately absent. */
    public static final List<String> ADDITIONAL = Stream.concat(
                    Stream.of(
                            "comment",
                            "deletedItemFlags",
                            "delivContLength",
                            "departmentNumber",
                            "description",
                            "division",
                            "employeeID",
                            "employeeNumber",
                            "employeeType",
                            "homePostalAddress",
                            "internationalISDNNumber",
                            "ipPhone",
                            "language",
                            "localeID",
                            "mAPIRecipient",
                            "middleName",
                            "msDS-PhoneticCompanyName",
                            "msDS-PhoneticDepartment",
                            "msDS-PhoneticDisplayName",
                            "msDS-PhoneticFirstName",
                            "msDS-PhoneticLastName",
                            "msExchBlockedSendersHash",
                            "msExchELCExpirySuspensionEnd",
                            "msExchELCExpirySuspensionStart",
                            "msExchELCMailboxFlags",
                            "msExchExternalOOFOptions",
                            "msExchMessageHygieneFlags",
                            "msExchMessageHygieneSCLDeleteThreshold",
                            "msExchMessageHygieneSCLJunkThreshold",
                            "msExchMessageHygieneSCLQuarantineThreshold",
                            "msExchMessageHygieneSCLRejectThreshold",
                            "msExchMDBRulesQuota",
                            POLICIES_EXCLUDED,
                            "msExchSafeRecipientsHash",
                            "msExchSafeSendersHash",
                            "msExchUMSpokenName",
                            "o",
                            "otherFacsimileTelephoneNumber",
                            "otherIpPhone",
                            "otherMobile",
                            "otherPager",
                            "preferredDeliveryMethod",
                            "personalPager",
                            "personalTitle",
                            "photo",
                            "pOPCharacterSet",
                            "pOPContentFormat",
                            "postalAddress",
                            "postOfficeBox",
                            "primaryInternationalISDNNumber",
                            "primaryTelexNumber",
                            "showInAdvancedViewOnly",
                            "street",
                            "terminalServer",
                            "textEncodedORAddress",
                            "thumbnailLogo",
                            "thumbnailPhoto",
                            "url",
                            "userCert",
                            "userCertificate",
                            "userSMIMECertificate",
                            "wWWHomePage"),
                    IntStream.rangeClosed(1, 15).mapToObj(i -> "extensionAttribute" + i))
            .toList();

    /** Copied for room and equipment mailboxes (2.13). */
    public static final List<String> RESOURCE = List.of(
            "msExchResourceCapacity",
            "msExchResourceDisplay",
            "msExchResourceMetaData",
            "msExchResourceSearchProperties");

    /** Copied for team mailboxes (2.13); the DN-valued ones are in {@link LinkRule#TEAM_MAILBOX}. */
    public static final List<String> TEAM_MAILBOX =
            List.of("msExchTeamMailboxSharePointUrl", "msExchTeamMailboxExpiration");

    /** Mailbox attributes ADMT copies onto a target user; removed before it becomes an MEU (E12). */
    public static final List<String> ADMT_MAILBOX_POLLUTION =
            List.of("homeMDB", "homeMTA", "msExchHomeServerName", "showInAddressBook");

    private static final Set<String> BINARY = Stream.of(
                    "msExchMailboxGuid",
                    "msExchArchiveGUID",
                    "objectGUID",
                    "objectSid",
                    "msExchMasterAccountSid",
                    MASTER_ACCOUNT_HISTORY,
                    "msExchBlockedSendersHash",
                    "msExchSafeRecipientsHash",
                    "msExchSafeSendersHash",
                    "msExchUMSpokenName",
                    "photo",
                    "thumbnailLogo",
                    "thumbnailPhoto",
                    "userCert",
                    "userCertificate",
                    "userSMIMECertificate",
                    "terminalServer")
            .map(a -> a.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private PrestageAttributes() {}

    /** Whether the attribute holds binary values that must be copied as bytes. */
    public static boolean isBinary(String attribute) {
        return BINARY.contains(attribute.toLowerCase(Locale.ROOT));
    }
}
