package io.galbridge.mapping.recipient;

import static io.galbridge.mapping.model.AttributeNames.HOME_MDB;
import static io.galbridge.mapping.model.AttributeNames.MAILBOX_GUID;
import static io.galbridge.mapping.model.AttributeNames.MAIL_NICKNAME;
import static io.galbridge.mapping.model.AttributeNames.MASTER_ACCOUNT_SID;
import static io.galbridge.mapping.model.AttributeNames.PROXY_ADDRESSES;
import static io.galbridge.mapping.model.AttributeNames.RECIPIENT_TYPE_DETAILS;
import static io.galbridge.mapping.model.AttributeNames.REMOTE_RECIPIENT_TYPE;
import static io.galbridge.mapping.model.AttributeNames.TARGET_ADDRESS;
import static io.galbridge.mapping.model.AttributeNames.USER_ACCOUNT_CONTROL;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.RecipientTypeDetails;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.model.UserAccountControl;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns a {@link RecipientKind} to every directory entry, applying the rules of spec 1.2 in
 * order: K0 (no mail attributes or a non-mail RTD), K1 (system RTDs), then by object class — groups
 * and DDLs (K5), contacts (K6 under a sync OU, else K4), users with homeMDB (K8, K2a–K2d) and users
 * without it (K3 hybrid, K3a, K7, K3). homeMDB is the primary mailbox signal, RTD the refinement.
 *
 * <p>Pure and thread-safe. Every {@link Classification#reason()} names the deciding attribute.
 */
public final class RecipientClassifier {

    private static final Set<Long> NOT_RECIPIENT_RTDS = Set.of(65536L, 131072L, 262144L, 524288L, 1048576L, 2097152L);
    private static final Set<Long> SYSTEM_RTDS = Set.of(
            4096L, // PublicFolder
            8192L, // SystemAttendantMailbox
            16384L, // SystemMailbox
            32768L, // MailForestContact
            4194304L, // MicrosoftExchange
            8388608L, // ArbitrationMailbox
            16777216L, // MailboxPlan
            536870912L, // DiscoveryMailbox
            1073741824L, // RoleGroup
            4294967296L, // Computer
            68719476736L, // PublicFolderMailbox
            549755813888L, // MonitoringMailbox
            1099511627776L); // GroupMailbox (Office 365 group, out of scope)
    private static final long FIRST_EXCLUDED_HIGH_RTD = RecipientTypeDetails.AUDIT_LOG_MAILBOX.value();
    private static final Set<Long> RESOURCE_RTDS = Set.of(4L, 16L, 32L);

    private final ClassifierContext context;

    /** @param context what is known about the entry's forest, never null */
    public RecipientClassifier(ClassifierContext context) {
        this.context = Objects.requireNonNull(context, "classifier context");
    }

    /**
     * Classifies one entry.
     *
     * @param entry the directory object, never null
     * @return its kind and the reason, never null
     * @throws IllegalArgumentException if a deciding attribute is malformed (the message names the
     *     attribute and the entry)
     */
    public Classification classify(DirectoryEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!entry.has(MAIL_NICKNAME)
                && !entry.has(PROXY_ADDRESSES)
                && !entry.has(TARGET_ADDRESS)
                && !entry.has(HOME_MDB)) {
            return of(
                    RecipientKind.NOT_RECIPIENT,
                    "none of mailNickname, proxyAddresses, targetAddress or homeMDB is present");
        }
        Optional<RecipientTypeDetails> rtd = rtd(entry);
        if (rtd.isPresent() && NOT_RECIPIENT_RTDS.contains(rtd.get().value())) {
            return of(RecipientKind.NOT_RECIPIENT, "msExchRecipientTypeDetails " + rtd.get() + " is not mail-enabled");
        }
        if (rtd.isPresent() && isSystem(rtd.get())) {
            return of(
                    RecipientKind.SYSTEM_MAILBOX,
                    "msExchRecipientTypeDetails " + rtd.get() + " is a system or infrastructure recipient");
        }
        if (entry.hasObjectClass("computer")) {
            return of(RecipientKind.NOT_RECIPIENT, "objectClass computer is not a recipient");
        }
        if (entry.hasObjectClass("msExchDynamicDistributionList") || entry.hasObjectClass("group")) {
            return classifyGroup(entry);
        }
        if (entry.hasObjectClass("contact")) {
            return classifyContact(entry);
        }
        if (entry.hasObjectClass("user")) {
            return entry.has(HOME_MDB) ? classifyMailbox(entry, rtd) : classifyMailUser(entry, rtd);
        }
        return of(
                RecipientKind.NOT_RECIPIENT,
                "objectClass " + entry.objectClasses()
                        + " is none of user, contact, group or msExchDynamicDistributionList");
    }

    private static boolean isSystem(RecipientTypeDetails rtd) {
        return SYSTEM_RTDS.contains(rtd.value()) || rtd.value() >= FIRST_EXCLUDED_HIGH_RTD;
    }

    private static Classification classifyGroup(DirectoryEntry entry) {
        String what = entry.hasObjectClass("msExchDynamicDistributionList")
                ? "objectClass msExchDynamicDistributionList"
                : "objectClass group";
        boolean primarySmtp = entry.strings(PROXY_ADDRESSES).stream().anyMatch(v -> v.startsWith("SMTP:"));
        if (!primarySmtp) {
            return of(RecipientKind.NOT_RECIPIENT, what + " without a primary SMTP: value in proxyAddresses");
        }
        return of(RecipientKind.MAIL_GROUP, what + " with a primary SMTP: value in proxyAddresses");
    }

    private Classification classifyContact(DirectoryEntry entry) {
        for (DnScope scope : context.syncOus()) {
            if (scope.contains(entry.dn())) {
                return of(RecipientKind.GALSYNC_CONTACT, "objectClass contact under the sync OU " + scope.baseDn());
            }
        }
        if (!entry.has(TARGET_ADDRESS)) {
            return of(RecipientKind.NOT_RECIPIENT, "objectClass contact without targetAddress is not mail-enabled");
        }
        return of(RecipientKind.MAIL_CONTACT, "objectClass contact with targetAddress, outside every sync OU");
    }

    private Classification classifyMailbox(DirectoryEntry entry, Optional<RecipientTypeDetails> rtd) {
        Optional<ExchangeGuid> mailboxGuid = entry.guid(MAILBOX_GUID);
        if (mailboxGuid.isPresent() && context.movedInMailboxGuids().contains(mailboxGuid.get())) {
            return of(
                    RecipientKind.MOVED_MAILBOX,
                    "homeMDB present and msExchMailboxGuid " + mailboxGuid.get() + " was pre-staged in this forest");
        }
        if (entry.has(TARGET_ADDRESS)) {
            return of(RecipientKind.INVALID_MAILBOX, "homeMDB and targetAddress are both present");
        }
        if (!entry.has(MAIL_NICKNAME)) {
            return of(RecipientKind.INVALID_MAILBOX, "homeMDB present but mailNickname is missing");
        }
        if (mailboxGuid.isEmpty()) {
            return of(RecipientKind.INVALID_MAILBOX, "homeMDB present but msExchMailboxGuid is missing");
        }
        Optional<UserAccountControl> uac = entry.longValue(USER_ACCOUNT_CONTROL).stream()
                .mapToObj(v -> new UserAccountControl((int) v))
                .findFirst();
        boolean disabled = uac.map(UserAccountControl::isDisabled).orElse(false);
        String account = uac.map(u -> "userAccountControl=" + u.value()).orElse("userAccountControl absent");
        Optional<SecurityIdentifier> master = entry.sid(MASTER_ACCOUNT_SID);
        String rtdText = rtd.map(r -> ", msExchRecipientTypeDetails " + r).orElse("");
        if (disabled && master.isEmpty()) {
            return of(
                    RecipientKind.INVALID_MAILBOX,
                    "account disabled (" + account + ") without msExchMasterAccountSid" + rtdText);
        }
        if (!disabled && master.isPresent()) {
            return of(
                    RecipientKind.INVALID_MAILBOX,
                    "account enabled (" + account + ") with msExchMasterAccountSid " + master.get() + rtdText);
        }
        if (disabled && master.get().isSelf()) {
            return of(
                    RecipientKind.RESOURCE_MAILBOX,
                    "account disabled (" + account + ") with msExchMasterAccountSid SELF (S-1-5-10)" + rtdText);
        }
        if (disabled) {
            return of(
                    RecipientKind.LINKED_MAILBOX,
                    "account disabled (" + account + ") with foreign msExchMasterAccountSid " + master.get() + rtdText);
        }
        if (rtd.isPresent() && RESOURCE_RTDS.contains(rtd.get().value())) {
            return of(
                    RecipientKind.RESOURCE_MAILBOX,
                    "msExchRecipientTypeDetails " + rtd.get() + " with an enabled account (" + account + ")");
        }
        if (rtd.isPresent() && rtd.get().equals(RecipientTypeDetails.LINKED_MAILBOX)) {
            return of(
                    RecipientKind.INVALID_MAILBOX,
                    "msExchRecipientTypeDetails " + rtd.get() + " without msExchMasterAccountSid (" + account + ")");
        }
        return of(
                RecipientKind.USER_MAILBOX,
                "homeMDB present, account enabled (" + account + "), no msExchMasterAccountSid" + rtdText);
    }

    private Classification classifyMailUser(DirectoryEntry entry, Optional<RecipientTypeDetails> rtd) {
        if (!entry.has(TARGET_ADDRESS)) {
            return of(
                    RecipientKind.NOT_RECIPIENT,
                    "objectClass user with neither homeMDB nor targetAddress is not mail-enabled");
        }
        if ((rtd.isPresent() && rtd.get().isRemoteMailbox()) || entry.has(REMOTE_RECIPIENT_TYPE)) {
            String rrt = entry.string(REMOTE_RECIPIENT_TYPE)
                    .map(v -> ", msExchRemoteRecipientType=" + v)
                    .orElse("");
            return of(
                    RecipientKind.MAIL_USER,
                    "hybrid remote mailbox: msExchRecipientTypeDetails "
                            + rtd.map(Object::toString).orElse("absent") + rrt);
        }
        Optional<ExchangeGuid> mailboxGuid = entry.guid(MAILBOX_GUID);
        if (mailboxGuid.isEmpty()) {
            return of(RecipientKind.MAIL_USER, "targetAddress present, no homeMDB and no msExchMailboxGuid");
        }
        String target = entry.string(TARGET_ADDRESS).orElseThrow();
        if (isInTargetDeliveryDomain(target)) {
            return of(
                    RecipientKind.MOVED_MAIL_USER,
                    "targetAddress " + target + " is in a target delivery domain and msExchMailboxGuid "
                            + mailboxGuid.get() + " is still present");
        }
        return of(
                RecipientKind.PRESTAGED_MAIL_USER,
                "no homeMDB, msExchMailboxGuid " + mailboxGuid.get() + " present, targetAddress " + target);
    }

    /** A malformed targetAddress is in no domain; the readiness checks report it (GB-E24). */
    private boolean isInTargetDeliveryDomain(String targetAddress) {
        try {
            TargetAddress t = TargetAddress.parse(targetAddress);
            return t.isSmtp() && context.isTargetDeliveryDomain(t.domain());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<RecipientTypeDetails> rtd(DirectoryEntry entry) {
        return entry.longValue(RECIPIENT_TYPE_DETAILS).stream()
                .mapToObj(RecipientTypeDetails::new)
                .findFirst();
    }

    private static Classification of(RecipientKind kind, String reason) {
        return new Classification(kind, reason);
    }
}
