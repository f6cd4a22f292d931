package io.galbridge.mapping.galsync;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.RecipientDisplayType;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.model.UserAccountControl;
import java.util.Optional;

/**
 * msExchRecipientDisplayType and, with cross-forest delegation, msExchMasterAccountSid of a replica
 * (spec 3.5).
 */
public final class ReplicaDisplayType {

    private ReplicaDisplayType() {}

    /**
     * The replica's RDT: from the source's RDT low byte when present ({@code 0x80000000 | low << 8 | 6},
     * plus 0x40000000 for a security principal under delegation), otherwise from the kind.
     *
     * @param delegation whether the <em>target</em> forest has cross-forest delegation on
     */
    public static RecipientDisplayType of(DirectoryEntry entry, GalSourceKind kind, boolean delegation) {
        boolean aclable = delegation && isSecurityPrincipal(entry, kind);
        Optional<String> rdt = entry.string(AttributeNames.RECIPIENT_DISPLAY_TYPE);
        if (rdt.isPresent()) {
            return RecipientDisplayType.syncedFrom(
                    RecipientDisplayType.parse(rdt.get()).lowByte(), aclable);
        }
        int low =
                switch (kind) {
                    case DISTRIBUTION_GROUP -> 1;
                    case SECURITY_GROUP -> 9;
                    case DYNAMIC_GROUP -> 3;
                    case MAILBOX, MAIL_USER, REMOTE_MAILBOX -> hasForeignMaster(entry) && isDisabled(entry) ? 6 : 0;
                    default -> 0;
                };
        return RecipientDisplayType.syncedFrom(low, aclable);
    }

    /**
     * The msExchMasterAccountSid a replica gets under delegation: an enabled user without a master SID
     * gives its objectSid, a disabled user with a non-SELF master SID gives that SID, a security group
     * gives its objectSid; empty otherwise.
     */
    public static Optional<SecurityIdentifier> masterAccountSid(DirectoryEntry entry, GalSourceKind kind) {
        if (kind == GalSourceKind.SECURITY_GROUP) {
            return entry.sid(AttributeNames.OBJECT_SID);
        }
        if (!kind.isUser()) {
            return Optional.empty();
        }
        if (!isDisabled(entry) && !entry.has(AttributeNames.MASTER_ACCOUNT_SID)) {
            return entry.sid(AttributeNames.OBJECT_SID);
        }
        if (isDisabled(entry) && hasForeignMaster(entry)) {
            return entry.sid(AttributeNames.MASTER_ACCOUNT_SID);
        }
        return Optional.empty();
    }

    /** An enabled user, a disabled user with a non-SELF master SID, or a security group. */
    static boolean isSecurityPrincipal(DirectoryEntry entry, GalSourceKind kind) {
        if (kind == GalSourceKind.SECURITY_GROUP) {
            return true;
        }
        return kind.isUser() && (!isDisabled(entry) || hasForeignMaster(entry));
    }

    private static boolean isDisabled(DirectoryEntry entry) {
        return entry.string(AttributeNames.USER_ACCOUNT_CONTROL)
                .map(UserAccountControl::parse)
                .map(UserAccountControl::isDisabled)
                .orElse(false);
    }

    private static boolean hasForeignMaster(DirectoryEntry entry) {
        return entry.sid(AttributeNames.MASTER_ACCOUNT_SID)
                .map(s -> !s.isSelf())
                .orElse(false);
    }
}
