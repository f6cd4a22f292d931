package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.RecipientDisplayType;
import io.galbridge.mapping.model.RecipientTypeDetails;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.model.UserAccountControl;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A source mailbox that passed validation (spec 2.3, 2.4, E5, E9): exactly one object, a user with
 * mailNickname, msExchHomeServerName and msExchMailboxGuid, a legacyExchangeDN, well-formed
 * proxyAddresses, and, when disabled, an msExchMasterAccountSid. Immutable.
 *
 * @param entry the source entry as read, never null
 * @param proxyAddresses its parsed proxyAddresses, never null
 * @param legacyExchangeDn its legacyExchangeDN, never null
 * @param mailboxGuid its msExchMailboxGuid, never null
 * @param masterAccountSid its msExchMasterAccountSid, if present
 * @param disabled whether ACCOUNTDISABLE is set
 * @param type the special mailbox type (2.13)
 */
public record SourceMailbox(
        DirectoryEntry entry,
        ProxyAddressSet proxyAddresses,
        LegacyExchangeDn legacyExchangeDn,
        ExchangeGuid mailboxGuid,
        Optional<SecurityIdentifier> masterAccountSid,
        boolean disabled,
        SpecialMailboxType type) {

    /** Validates that nothing is null. */
    public SourceMailbox {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(proxyAddresses, "proxyAddresses");
        Objects.requireNonNull(legacyExchangeDn, "legacyExchangeDn");
        Objects.requireNonNull(mailboxGuid, "mailboxGuid");
        Objects.requireNonNull(masterAccountSid, "masterAccountSid");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Validates the objects the source lookup returned.
     *
     * @param found the entries found for one identity (by DN or binary objectGUID), never null
     * @return the validated mailbox, or the refusal (P5–P8, E5, malformed data)
     */
    public static Validated validate(List<DirectoryEntry> found) {
        if (found.isEmpty()) {
            return refuse(RefusalReason.SOURCE_NOT_FOUND, null, "No source object was found for the identity");
        }
        if (found.size() > 1) {
            return new Validated(
                    null,
                    MailUserPlan.Refusal.of(
                            RefusalReason.SOURCE_AMBIGUOUS,
                            null,
                            found.stream().map(DirectoryEntry::dn).toList(),
                            found.size()
                                    + " source objects match the identity; address the mailbox by DN or objectGUID",
                            null));
        }
        DirectoryEntry e = found.get(0);
        String dn = e.dn();
        try {
            if (!e.hasObjectClass("user") || e.hasObjectClass("computer")) {
                return refuse(RefusalReason.SOURCE_NOT_A_MAILBOX, dn, "Source " + dn + " is not a user object");
            }
            for (String required : List.of(
                    AttributeNames.MAIL_NICKNAME, AttributeNames.HOME_SERVER_NAME, AttributeNames.MAILBOX_GUID)) {
                if (!e.has(required)) {
                    return refuse(
                            RefusalReason.SOURCE_NOT_A_MAILBOX,
                            dn,
                            "Source " + dn + " is not a mailbox: it has no " + required);
                }
            }
            Optional<SecurityIdentifier> master = e.sid(AttributeNames.MASTER_ACCOUNT_SID);
            boolean disabled = e.string(AttributeNames.USER_ACCOUNT_CONTROL)
                    .map(UserAccountControl::parse)
                    .map(UserAccountControl::isDisabled)
                    .orElse(false);
            if (disabled && master.isEmpty()) {
                return refuse(
                        RefusalReason.SOURCE_DISABLED_WITHOUT_MASTER_SID,
                        dn,
                        "Source " + dn + " is disabled but has no msExchMasterAccountSid: set it to SELF (S-1-5-10)"
                                + " for a shared, room or equipment mailbox, or to the owning account's SID");
            }
            Optional<String> legDn = e.string(AttributeNames.LEGACY_EXCHANGE_DN);
            if (legDn.isEmpty()) {
                return refuse(
                        RefusalReason.SOURCE_WITHOUT_LEGACY_EXCHANGE_DN,
                        dn,
                        "Source " + dn + " has no legacyExchangeDN; the move would fail (MissingLegacyDN)");
            }
            ProxyAddressSet proxies = ProxyAddressSet.parse(e.strings(AttributeNames.PROXY_ADDRESSES));
            RecipientTypeDetails rtd = e.string(AttributeNames.RECIPIENT_TYPE_DETAILS)
                    .map(RecipientTypeDetails::parse)
                    .orElse(null);
            OptionalInt rdt = e.string(AttributeNames.RECIPIENT_DISPLAY_TYPE)
                    .map(s -> OptionalInt.of(RecipientDisplayType.parse(s).value()))
                    .orElse(OptionalInt.empty());
            return new Validated(
                    new SourceMailbox(
                            e,
                            proxies,
                            LegacyExchangeDn.parse(legDn.get()),
                            e.guid(AttributeNames.MAILBOX_GUID).orElseThrow(),
                            master,
                            disabled,
                            SpecialMailboxType.ofSource(rtd, rdt)),
                    null);
        } catch (IllegalArgumentException ex) {
            return refuse(RefusalReason.INVALID_DIRECTORY_DATA, dn, "Source " + dn + ": " + ex.getMessage());
        }
    }

    private static Validated refuse(RefusalReason reason, String dn, String message) {
        return new Validated(
                null, MailUserPlan.Refusal.of(reason, dn, dn == null ? List.of() : List.of(dn), message, null));
    }

    /** The source DN. */
    public String dn() {
        return entry.dn();
    }

    /** The mailNickname. */
    public String mailNickname() {
        return entry.string(AttributeNames.MAIL_NICKNAME).orElseThrow();
    }

    /** The master SID usable for correlation: msExchMasterAccountSid unless it is SELF (E8). */
    public Optional<SecurityIdentifier> correlationSid() {
        return masterAccountSid.filter(s -> !s.isSelf());
    }

    /** Whether the account is enabled yet has an msExchMasterAccountSid (E9: a data-quality warning). */
    public boolean enabledWithMasterSid() {
        return !disabled && masterAccountSid.isPresent();
    }

    /** Data-quality findings that do not block pre-staging (E9). */
    public List<String> warnings() {
        return enabledWithMasterSid()
                ? List.of("Source " + dn() + " is enabled yet has msExchMasterAccountSid "
                        + masterAccountSid().get() + " (invalid per Microsoft; E9)")
                : List.of();
    }

    /**
     * The outcome of {@link #validate}: exactly one of {@code mailbox} and {@code refusal} is non-null.
     *
     * @param mailbox the validated mailbox, or null
     * @param refusal the refusal, or null
     */
    public record Validated(SourceMailbox mailbox, MailUserPlan.Refusal refusal) {

        /** Checks that exactly one part is set. */
        public Validated {
            if ((mailbox == null) == (refusal == null)) {
                throw new IllegalArgumentException("exactly one of mailbox and refusal must be given");
            }
        }
    }
}
