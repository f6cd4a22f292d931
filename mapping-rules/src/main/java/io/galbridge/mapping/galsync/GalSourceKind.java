package io.galbridge.mapping.galsync;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.RecipientTypeDetails;

/**
 * The source object types GALSync's rules distinguish (spec 3.2, 3.3, 3.5): GALSync's own test is
 * objectClass plus homeMDB for "mailbox", and RTD/RRT for a hybrid-migrated ("remote") mailbox. This is
 * deliberately coarser than the K0–K8 recipient classifier; system mailboxes are excluded by the scope
 * rules, not here.
 */
public enum GalSourceKind {
    /** A user with homeMDB. */
    MAILBOX,
    /** A user without homeMDB: a mail-enabled user. */
    MAIL_USER,
    /** A hybrid remote mailbox or a migrated mail user (RTD a remote-mailbox value, or RTD above 32 with RRT). */
    REMOTE_MAILBOX,
    /** A contact. */
    CONTACT,
    /** A mail-enabled distribution group. */
    DISTRIBUTION_GROUP,
    /** A mail-enabled security group (groupType bit 0x80000000). */
    SECURITY_GROUP,
    /** A dynamic distribution list (objectClass msExchDynamicDistributionList). */
    DYNAMIC_GROUP,
    /** Anything else (computer, OU, foreign object). */
    OTHER;

    private static final long SECURITY_GROUP_BIT = 0x80000000L;

    /** The kind of {@code entry}, from objectClass, homeMDB, groupType, RTD and RRT. */
    public static GalSourceKind of(DirectoryEntry entry) {
        if (entry.hasObjectClass("msExchDynamicDistributionList")) {
            return DYNAMIC_GROUP;
        }
        if (entry.hasObjectClass("group")) {
            long groupType = entry.longValue(AttributeNames.GROUP_TYPE).orElse(0L);
            return (groupType & SECURITY_GROUP_BIT) != 0 ? SECURITY_GROUP : DISTRIBUTION_GROUP;
        }
        if (entry.hasObjectClass("contact")) {
            return CONTACT;
        }
        if (!entry.hasObjectClass("user") || entry.hasObjectClass("computer")) {
            return OTHER;
        }
        if (entry.has(AttributeNames.HOME_MDB)) {
            return MAILBOX;
        }
        long rtd = entry.longValue(AttributeNames.RECIPIENT_TYPE_DETAILS).orElse(0L);
        if (new RecipientTypeDetails(rtd).isRemoteMailbox()
                || (rtd > 32 && entry.has(AttributeNames.REMOTE_RECIPIENT_TYPE))) {
            return REMOTE_MAILBOX;
        }
        return MAIL_USER;
    }

    /** Whether this kind is a group or DDL. */
    public boolean isGroup() {
        return this == DISTRIBUTION_GROUP || this == SECURITY_GROUP || this == DYNAMIC_GROUP;
    }

    /** Whether this kind is a user object. */
    public boolean isUser() {
        return this == MAILBOX || this == MAIL_USER || this == REMOTE_MAILBOX;
    }
}
