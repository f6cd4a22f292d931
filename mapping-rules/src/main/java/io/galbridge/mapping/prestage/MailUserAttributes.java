package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The attribute values of a pre-staged MEU (spec 2.7, 2.9, 2.13), shared by the plan builders. */
final class MailUserAttributes {

    private MailUserAttributes() {}

    /** The names chosen for a new MEU. */
    record Names(String cn, String samAccountName, Optional<String> userPrincipalName) {}

    /** Path A: every attribute of a new MEU, as REPLACE modifications for a CREATE. */
    static List<Modification> newMailUser(
            SourceMailbox src, PrestageOptions options, Names names, TargetAddress target, LegacyExchangeDn legDn) {
        DirectoryEntry s = src.entry();
        AttributeList list = new AttributeList()
                .put(AttributeNames.OBJECT_CLASS, PrestageAttributes.MAIL_USER_OBJECT_CLASSES)
                .put(AttributeNames.CN, names.cn())
                .copy(s, PrestageAttributes.MANDATORY)
                .put(
                        AttributeNames.PROXY_ADDRESSES,
                        withX500(src.proxyAddresses(), src.legacyExchangeDn()).values());
        putIdentity(list, src, options, names, target, src.type());
        list.put(AttributeNames.LEGACY_EXCHANGE_DN, legDn.value())
                .copy(s, PrestageAttributes.GAL)
                .copy(s, PrestageAttributes.ADDITIONAL)
                .copy(s, src.type().copiedAttributes());
        putLinked(list, src, options);
        putPolicy(list, s, options);
        putDeliverAndRedirect(list, s);
        return list.toModifications();
    }

    /**
     * Path C step 1: the MEU that replaces {@code contact}, without the mailbox identity (added by
     * the completion step); every address of the contact and of the source, the X500s of both
     * legacyExchangeDNs, and a unique sAMAccountName/userPrincipalName (E13, E22).
     */
    static List<Modification> convertedContact(
            SourceMailbox src,
            DirectoryEntry contact,
            PrestageOptions options,
            Names names,
            TargetAddress target,
            SpecialMailboxType type) {
        DirectoryEntry s = src.entry();
        DirectoryEntry basis = options.overwriteLocalObject() ? s : contact;
        AttributeList list = new AttributeList()
                .put(AttributeNames.OBJECT_CLASS, PrestageAttributes.MAIL_USER_OBJECT_CLASSES)
                .put(AttributeNames.CN, names.cn());
        for (String a : List.of(
                PrestageAttributes.DISPLAY_NAME,
                AttributeNames.MAIL,
                AttributeNames.MAIL_NICKNAME,
                PrestageAttributes.USER_CULTURE)) {
            list.put(a, AttributeList.valuesOf(basis.has(a) ? basis : s, a));
        }
        list.put(
                AttributeNames.PROXY_ADDRESSES,
                convertedAddresses(src, contact, options).values());
        putIdentity(list, src, options, names, target, type);
        list.copy(basis, PrestageAttributes.GAL)
                .copy(basis, PrestageAttributes.ADDITIONAL)
                .copy(s, type.copiedAttributes());
        putLinked(list, src, options);
        putPolicy(list, basis, options);
        return list.toModifications();
    }

    /** The proxyAddresses of a converted contact's MEU: nothing of the contact is lost (E6). */
    static ProxyAddressSet convertedAddresses(SourceMailbox src, DirectoryEntry contact, PrestageOptions options) {
        ProxyAddressSet set = ProxyAddressSet.parse(contact.strings(AttributeNames.PROXY_ADDRESSES));
        for (ProxyAddress p : src.proxyAddresses()) {
            set = set.with(options.overwriteLocalObject() ? p : p.isPrimarySmtp() ? p.asSecondary() : p);
        }
        set = withX500(set, src.legacyExchangeDn());
        Optional<LegacyExchangeDn> contactLegDn = legacyExchangeDn(contact);
        return contactLegDn.isPresent() ? withX500(set, contactLegDn.get()) : set;
    }

    /** Path C completion: the mailbox identity copied raw from the source (E25). */
    static List<Modification> completion(SourceMailbox src) {
        return new AttributeList()
                .copy(
                        src.entry(),
                        List.of(AttributeNames.MAILBOX_GUID, AttributeNames.ARCHIVE_GUID, AttributeNames.ARCHIVE_NAME))
                .toModifications();
    }

    /** The msExchRecipientDisplayType of the MEU: special type, else linked, else 0x80000006. */
    static int displayType(SourceMailbox src, PrestageOptions options, SpecialMailboxType type) {
        if (type.displayType() != PrestageAttributes.MAIL_USER_DISPLAY_TYPE) {
            return type.displayType();
        }
        return linkedMasterSid(src, options).isPresent()
                ? PrestageAttributes.LINKED_MAIL_USER_DISPLAY_TYPE
                : PrestageAttributes.MAIL_USER_DISPLAY_TYPE;
    }

    /**
     * The master SID of a linked MEU (2.13): none unless linkedMailUser is given and the source's
     * master SID is not SELF; the source's msExchMasterAccountSid, else its objectSid.
     */
    static Optional<SecurityIdentifier> linkedMasterSid(SourceMailbox src, PrestageOptions options) {
        if (!options.linkedMailUser()
                || src.masterAccountSid().map(SecurityIdentifier::isSelf).orElse(false)) {
            return Optional.empty();
        }
        return src.correlationSid().or(() -> src.entry().sid(AttributeNames.OBJECT_SID));
    }

    /** {@code set} with lower-case {@code x500:<legDn>} appended unless an equal value is present. */
    static ProxyAddressSet withX500(ProxyAddressSet set, LegacyExchangeDn legDn) {
        ProxyAddress x500 = WriteBack.x500(legDn);
        return set.containsAddress(x500) ? set : set.with(x500);
    }

    /** The entry's legacyExchangeDN, if present and well-formed. */
    static Optional<LegacyExchangeDn> legacyExchangeDn(DirectoryEntry entry) {
        return entry.string(AttributeNames.LEGACY_EXCHANGE_DN).map(LegacyExchangeDn::parse);
    }

    /** The linked-MEU attributes: msExchMasterAccountSid and msExchMasterAccountHistory (MS doc). */
    static void putLinked(AttributeList list, SourceMailbox src, PrestageOptions options) {
        Optional<SecurityIdentifier> master = linkedMasterSid(src, options);
        if (master.isPresent()) {
            list.put(AttributeNames.MASTER_ACCOUNT_SID, List.of(master.get().toBytes()));
            list.copy(src.entry(), List.of(PrestageAttributes.MASTER_ACCOUNT_HISTORY));
        }
    }

    /** msExchPoliciesExcluded with the EAP exclusion added when disableEmailAddressPolicy is given. */
    static void putPolicy(AttributeList list, DirectoryEntry basis, PrestageOptions options) {
        if (!options.disableEmailAddressPolicy()) {
            return;
        }
        List<String> values = new ArrayList<>(basis.strings(PrestageAttributes.POLICIES_EXCLUDED));
        if (values.stream().noneMatch(PrestageAttributes.EMAIL_ADDRESS_POLICY_EXCLUDED::equalsIgnoreCase)) {
            values.add(PrestageAttributes.EMAIL_ADDRESS_POLICY_EXCLUDED);
        }
        list.put(PrestageAttributes.POLICIES_EXCLUDED, values);
    }

    private static void putIdentity(
            AttributeList list,
            SourceMailbox src,
            PrestageOptions options,
            Names names,
            TargetAddress target,
            SpecialMailboxType type) {
        list.put(AttributeNames.RECIPIENT_DISPLAY_TYPE, Integer.toString(displayType(src, options, type)))
                .put(AttributeNames.RECIPIENT_TYPE_DETAILS, Long.toString(PrestageAttributes.MAIL_USER_TYPE_DETAILS))
                .put(AttributeNames.VERSION, Long.toString(PrestageAttributes.EXCHANGE_VERSION))
                .put(
                        AttributeNames.USER_ACCOUNT_CONTROL,
                        Integer.toString(PrestageAttributes.MAIL_USER_ACCOUNT_CONTROL))
                .put(AttributeNames.SAM_ACCOUNT_NAME, names.samAccountName())
                .put(
                        AttributeNames.USER_PRINCIPAL_NAME,
                        names.userPrincipalName().stream().toList())
                .put(AttributeNames.TARGET_ADDRESS, target.value());
    }

    private static void putDeliverAndRedirect(AttributeList list, DirectoryEntry s) {
        if (s.has(PrestageAttributes.ALT_RECIPIENT) && s.has(PrestageAttributes.DELIVER_AND_REDIRECT)) {
            list.put(
                    PrestageAttributes.DELIVER_AND_REDIRECT,
                    s.string(PrestageAttributes.DELIVER_AND_REDIRECT)
                            .orElseThrow()
                            .toUpperCase(Locale.ROOT));
        }
    }
}
