package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;

/** The refusals of the planner, with messages that name the objects and the reason. */
final class Refusals {

    private Refusals() {}

    static MailUserPlan needsSwitch(SourceMailbox src, DirectoryEntry match, TargetKind kind, RefusalReason reason) {
        return refuse(
                reason,
                src,
                List.of(match.dn()),
                "A " + describe(kind) + " in the target, " + match.dn()
                        + ", already has the addresses or master SID of " + src.dn() + "; rerun with useLocalObject to "
                        + (kind == TargetKind.MAIL_CONTACT
                                ? "convert it"
                                : kind == TargetKind.MAIL_USER ? "reuse it" : "mail-enable it"),
                PrestageSwitch.USE_LOCAL_OBJECT);
    }

    static MailUserPlan noTargetAddress(SourceMailbox src) {
        return refuse(
                RefusalReason.NO_TARGET_ADDRESS,
                src,
                List.of(),
                "Cannot determine the targetAddress for " + src.dn()
                        + ": no primary SMTP proxy, or no SMTP proxy in the MailboxDeliveryDomain",
                null);
    }

    static MailUserPlan nameNotAvailable(SourceMailbox src, String mailUserOu) {
        return refuse(
                RefusalReason.NAME_NOT_AVAILABLE,
                src,
                List.of(),
                "No free CN in " + mailUserOu
                        + ", sAMAccountName, userPrincipalName or legacyExchangeDN could be found for " + src.dn(),
                null);
    }

    static MailUserPlan refuse(
            RefusalReason reason, SourceMailbox src, List<String> dns, String message, PrestageSwitch sw) {
        return MailUserPlan.Refusal.of(reason, src.dn(), dns, message, sw);
    }

    static List<String> dns(List<DirectoryEntry> entries) {
        return entries.stream().map(DirectoryEntry::dn).toList();
    }

    static String describe(TargetKind kind) {
        return switch (kind) {
            case MAILBOX -> "mailbox";
            case MAIL_DISTRIBUTION_GROUP -> "mail-enabled distribution group";
            case MAIL_USER -> "mail user";
            case MAIL_CONTACT -> "mail contact";
            case PLAIN_USER -> "user that is not mail-enabled";
            case ADMT_USER -> "user with mailbox attributes copied from another forest";
            case OTHER -> "object";
        };
    }
}
