package io.galbridge.mapping.schema;

import static io.galbridge.mapping.schema.AttributeDefinitionBuilder.attribute;
import static io.galbridge.mapping.schema.AttributeSyntax.BOOLEAN;
import static io.galbridge.mapping.schema.AttributeSyntax.DN;
import static io.galbridge.mapping.schema.AttributeSyntax.GENERALIZED_TIME;
import static io.galbridge.mapping.schema.AttributeSyntax.INTEGER;
import static io.galbridge.mapping.schema.AttributeSyntax.LARGE_INTEGER;
import static io.galbridge.mapping.schema.AttributeSyntax.NT_SECURITY_DESCRIPTOR;
import static io.galbridge.mapping.schema.AttributeSyntax.OCTET_STRING;
import static io.galbridge.mapping.schema.AttributeSyntax.SID;
import static io.galbridge.mapping.schema.AttributeSyntax.UNICODE_STRING;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributes of the Exchange schema extension that galbridge reads or writes (exchange-semantics §5.8,
 * §1.2, §2.7, §2.12, §2.13). None is in Samba's base schema. OIDs are Microsoft's (cross-checked against
 * the Exchange 2010 schema LDIF OpenChange shipped and a type map of a live Exchange AD); rows marked
 * TEST-ONLY carry an OID on {@link AttributeDefinition#TEST_ONLY_OID_ARC} because no source read
 * confirms Microsoft's, and their syntax is inferred from Exchange's documented behaviour.
 */
final class ExchangeAttributes {
    private static final String MS = "1.2.840.113556";
    private static final String EXCH = MS + ".1.4.7000.102";
    private static final String TEST_ONLY = AttributeDefinition.TEST_ONLY_OID_ARC + ".2";

    private ExchangeAttributes() {}

    static List<AttributeDefinition> all() {
        List<AttributeDefinition> all = new ArrayList<>(addressing());
        all.addAll(mailbox());
        all.addAll(links());
        all.addAll(mailboxSettings());
        all.addAll(extensionAttributes());
        return List.copyOf(all);
    }

    private static List<AttributeDefinition> addressing() {
        return List.of(
                attribute("mailNickname", MS + ".1.2.447", UNICODE_STRING)
                        .upTo(64)
                        .as("Exchange: alias"),
                attribute("targetAddress", MS + ".1.2.352", UNICODE_STRING)
                        .upTo(1123)
                        .as("Exchange: external routing address with type prefix (SMTP:x@y)"),
                attribute("msExchRecipientTypeDetails", EXCH + ".50855", LARGE_INTEGER)
                        .as("Exchange: recipient type flag (128 = MailUser), 64-bit"),
                attribute("msExchRecipientDisplayType", EXCH + ".50730", INTEGER)
                        .as("Exchange: display type, signed 32-bit (-2147483642 = synced mailbox user)"),
                attribute("msExchRemoteRecipientType", EXCH + ".51611", LARGE_INTEGER)
                        .as("Exchange: remote (hybrid) recipient type flags, 64-bit"),
                attribute("msExchPreviousRecipientTypeDetails", EXCH + ".52107", LARGE_INTEGER)
                        .as("Exchange: recipient type before the last conversion"),
                attribute("msExchVersion", EXCH + ".50853", LARGE_INTEGER)
                        .as("Exchange: object version stamp (44220983382016)"),
                attribute("msExchHideFromAddressLists", EXCH + ".73", BOOLEAN).as("Exchange: hide from address lists"),
                attribute("msExchOriginatingForest", EXCH + ".50300", UNICODE_STRING)
                        .multi()
                        .as("Exchange/GALSync: DNS name of the forest a synced recipient comes from"),
                attribute("msExchPoliciesIncluded", EXCH + ".50050", UNICODE_STRING)
                        .multi()
                        .as("Exchange: applied policies"),
                attribute("msExchPoliciesExcluded", EXCH + ".50051", UNICODE_STRING)
                        .multi()
                        .as("Exchange: excluded policies ({26491cfc-...} = no email address policy)"),
                attribute("msExchShadowProxyAddresses", EXCH + ".51707", UNICODE_STRING)
                        .multi()
                        .as("Exchange: shadow copy of proxyAddresses"),
                attribute("msExchRequireAuthToSendTo", MS + ".1.4.5062", BOOLEAN)
                        .as("Exchange: accept mail from authenticated senders only"),
                attribute("mAPIRecipient", MS + ".1.2.371", BOOLEAN).as("Exchange: MAPI recipient flag"),
                attribute("msExchUserCulture", EXCH + ".50773", UNICODE_STRING).as("Exchange: culture, e.g. en-US"),
                attribute("language", MS + ".1.2.616", UNICODE_STRING).upTo(64).as("Exchange: ISO 639 language"),
                attribute("telephoneAssistant", MS + ".1.2.79", UNICODE_STRING)
                        .upTo(64)
                        .as("Exchange: assistant's phone"),
                attribute("personalPager", MS + ".1.2.612", UNICODE_STRING)
                        .upTo(128)
                        .as("Exchange: personal pager"),
                attribute("msExchRecipientSoftDeletedStatus", EXCH + ".51859", INTEGER)
                        .as("Exchange: soft-deleted recipient status"));
    }

    private static List<AttributeDefinition> mailbox() {
        return List.of(
                attribute("homeMDB", MS + ".1.2.244", DN).link(32).as("Exchange: mailbox database (mailbox marker)"),
                attribute("homeMTA", MS + ".1.2.171", DN).as("Exchange: home message transfer agent"),
                attribute("msExchHomeServerName", EXCH + ".47", UNICODE_STRING)
                        .as("Exchange: legacy DN of the mailbox server"),
                attribute("msExchMailboxGuid", EXCH + ".11058", OCTET_STRING)
                        .upTo(16)
                        .as("Exchange: mailbox GUID, 16 bytes in MS-DTYP order"),
                attribute("msExchArchiveGUID", EXCH + ".51443", OCTET_STRING).as("Exchange: archive mailbox GUID"),
                attribute("msExchArchiveName", EXCH + ".51441", UNICODE_STRING)
                        .multi()
                        .as("Exchange: archive mailbox name"),
                attribute("msExchDisabledArchiveGUID", EXCH + ".51765", OCTET_STRING)
                        .as("Exchange: GUID of a disabled archive"),
                attribute("msExchPreviousMailboxGuid", EXCH + ".51740", OCTET_STRING)
                        .as("Exchange: mailbox GUID before the last change"),
                attribute("msExchMasterAccountSid", EXCH + ".81", SID)
                        .upTo(28)
                        .as("Exchange: linked master account SID (S-1-5-10 = SELF for shared/resource)"),
                attribute("msExchMasterAccountHistory", TEST_ONLY + ".1", SID)
                        .multi()
                        .as("Exchange: former master account SIDs (TEST-ONLY OID)"),
                attribute("msExchPreviousAccountSid", EXCH + ".93", SID)
                        .upTo(28)
                        .as("Exchange: previous account SID"),
                attribute("msExchUserAccountControl", EXCH + ".101", INTEGER).as("Exchange: 2 = disabled mailbox user"),
                attribute("msExchMailboxSecurityDescriptor", EXCH + ".80", NT_SECURITY_DESCRIPTOR)
                        .as("Exchange: mailbox security descriptor"),
                attribute("msExchWhenMailboxCreated", EXCH + ".51580", GENERALIZED_TIME)
                        .as("Exchange: mailbox creation time"),
                attribute("msExchMailboxMoveFlags", EXCH + ".51400", INTEGER).as("Exchange MRS: move flags"),
                attribute("msExchMailboxMoveStatus", EXCH + ".51401", INTEGER).as("Exchange MRS: move status"),
                attribute("msExchMailboxMoveRemoteHostName", EXCH + ".51402", UNICODE_STRING)
                        .as("Exchange MRS: remote host of a move"),
                attribute("msExchMailboxMoveBatchName", EXCH + ".51438", UNICODE_STRING)
                        .as("Exchange MRS: move batch name"),
                attribute("msExchResourceCapacity", EXCH + ".50332", INTEGER).as("Exchange: room capacity"),
                attribute("msExchResourceDisplay", EXCH + ".50334", UNICODE_STRING)
                        .as("Exchange: resource display text"),
                attribute("msExchResourceMetaData", EXCH + ".50333", UNICODE_STRING)
                        .multi()
                        .as("Exchange: resource metadata (ResourceType:Room)"),
                attribute("msExchResourceSearchProperties", EXCH + ".50331", UNICODE_STRING)
                        .multi()
                        .as("Exchange: resource search properties"),
                attribute("msExchTeamMailboxSharePointUrl", EXCH + ".51874", UNICODE_STRING)
                        .as("Exchange: team mailbox SharePoint URL"),
                attribute("msExchTeamMailboxExpiration", TEST_ONLY + ".2", GENERALIZED_TIME)
                        .as("Exchange: team mailbox expiry (TEST-ONLY OID)"));
    }

    private static List<AttributeDefinition> links() {
        return List.of(
                attribute("altRecipient", MS + ".1.2.126", DN).link(12).as("Exchange: forward-to recipient"),
                attribute("altRecipientBL", MS + ".1.2.294", DN)
                        .multi()
                        .generated()
                        .link(13)
                        .as("Exchange: recipients forwarding here (back-link)"),
                attribute("deliverAndRedirect", MS + ".1.2.190", BOOLEAN)
                        .as("Exchange: deliver to the mailbox too when forwarding"),
                attribute("publicDelegates", MS + ".1.2.238", DN)
                        .multi()
                        .link(14)
                        .as("Exchange: send-on-behalf"),
                attribute("publicDelegatesBL", MS + ".1.2.295", DN)
                        .multi()
                        .generated()
                        .link(15)
                        .as("Exchange: send-on-behalf granted (back-link)"),
                attribute("msExchCoManagedByLink", TEST_ONLY + ".3", DN)
                        .multi()
                        .as("Exchange: group co-managers (TEST-ONLY OID)"),
                attribute("msExchCoManagedObjectsBL", TEST_ONLY + ".4", DN)
                        .multi()
                        .generated()
                        .as("Exchange: co-managed groups (back-link, TEST-ONLY OID)"),
                attribute("msExchDelegateListLink", EXCH + ".51530", DN)
                        .multi()
                        .as("Exchange: full-access delegates for auto-mapping"),
                attribute("msExchDelegateListBL", TEST_ONLY + ".5", DN)
                        .multi()
                        .generated()
                        .as("Exchange: delegate of (back-link, TEST-ONLY OID)"),
                attribute("msExchTeamMailboxOwners", EXCH + ".51872", DN)
                        .multi()
                        .as("Exchange: team mailbox owners"),
                attribute("msExchArchiveDatabaseLink", EXCH + ".51444", DN).as("Exchange: archive database"),
                attribute("msExchMailboxMoveTargetMDBLink", EXCH + ".51398", DN)
                        .as("Exchange MRS: target database of a move"),
                attribute("msExchMailboxMoveSourceMDBLink", EXCH + ".51439", DN)
                        .as("Exchange MRS: source database of a move"));
    }

    /** The mailbox settings of PMR's "additional" set (§2.7) that live in the Exchange schema. */
    private static List<AttributeDefinition> mailboxSettings() {
        return List.of(
                attribute("deletedItemFlags", MS + ".1.2.106", INTEGER).as("Exchange: deleted item retention flags"),
                attribute("delivContLength", MS + ".1.2.138", INTEGER).as("Exchange: maximum receive size (KB)"),
                attribute("pOPCharacterSet", MS + ".1.2.468", UNICODE_STRING)
                        .upTo(64)
                        .as("Exchange: POP character set"),
                attribute("pOPContentFormat", MS + ".1.2.466", UNICODE_STRING)
                        .upTo(64)
                        .as("Exchange: POP content format"),
                attribute("msExchSafeSendersHash", EXCH + ".50765", OCTET_STRING)
                        .as("Exchange: hashed safe senders list"),
                attribute("msExchSafeRecipientsHash", TEST_ONLY + ".6", OCTET_STRING)
                        .as("Exchange: hashed safe recipients list (TEST-ONLY OID)"),
                attribute("msExchBlockedSendersHash", TEST_ONLY + ".7", OCTET_STRING)
                        .as("Exchange: hashed blocked senders list (TEST-ONLY OID)"),
                attribute("msExchELCExpirySuspensionStart", TEST_ONLY + ".8", GENERALIZED_TIME)
                        .as("Exchange: retention hold start (TEST-ONLY OID)"),
                attribute("msExchELCExpirySuspensionEnd", TEST_ONLY + ".9", GENERALIZED_TIME)
                        .as("Exchange: retention hold end (TEST-ONLY OID)"),
                attribute("msExchELCMailboxFlags", TEST_ONLY + ".10", INTEGER)
                        .as("Exchange: retention flags (TEST-ONLY OID)"),
                attribute("msExchExternalOOFOptions", TEST_ONLY + ".11", INTEGER)
                        .as("Exchange: external out-of-office options (TEST-ONLY OID)"),
                attribute("msExchMessageHygieneFlags", TEST_ONLY + ".12", INTEGER)
                        .as("Exchange: message hygiene flags (TEST-ONLY OID)"),
                attribute("msExchMessageHygieneSCLDeleteThreshold", TEST_ONLY + ".13", INTEGER)
                        .as("Exchange: SCL delete threshold (TEST-ONLY OID)"),
                attribute("msExchMessageHygieneSCLJunkThreshold", TEST_ONLY + ".14", INTEGER)
                        .as("Exchange: SCL junk threshold (TEST-ONLY OID)"),
                attribute("msExchMessageHygieneSCLQuarantineThreshold", TEST_ONLY + ".15", INTEGER)
                        .as("Exchange: SCL quarantine threshold (TEST-ONLY OID)"),
                attribute("msExchMessageHygieneSCLRejectThreshold", TEST_ONLY + ".16", INTEGER)
                        .as("Exchange: SCL reject threshold (TEST-ONLY OID)"),
                attribute("msExchMDBRulesQuota", TEST_ONLY + ".17", INTEGER)
                        .as("Exchange: rules quota in KB (TEST-ONLY OID)"),
                attribute("msExchUMSpokenName", TEST_ONLY + ".18", OCTET_STRING)
                        .as("Exchange: unified messaging spoken name audio (TEST-ONLY OID)"));
    }

    private static List<AttributeDefinition> extensionAttributes() {
        int[] oidArcs = {423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 599, 600, 601, 602, 603};
        List<AttributeDefinition> result = new ArrayList<>();
        for (int i = 1; i <= oidArcs.length; i++) {
            result.add(attribute("extensionAttribute" + i, MS + ".1.2." + oidArcs[i - 1], UNICODE_STRING)
                    .upTo(i <= 10 ? 1024 : 2048)
                    .as("Exchange: custom attribute " + i));
        }
        result.add(attribute("msExchExtensionAttribute16", EXCH + ".51884", UNICODE_STRING)
                .as("Exchange: custom attribute 16"));
        return result;
    }
}
