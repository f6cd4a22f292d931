package io.galbridge.mapping.prestage;

import io.galbridge.mapping.config.DnText;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.RecipientTypeDetails;

/** The rows of the decision matrix (spec 2.6), with the E7/E12 user cases split out. */
public enum TargetKind {
    /** A mail-enabled user without a mailbox here (RecipientType MailUser). */
    MAIL_USER,
    /** A mail-enabled contact (RecipientType MailContact). */
    MAIL_CONTACT,
    /** A mailbox homed in this forest. */
    MAILBOX,
    /** A mail-enabled distribution group, room list or dynamic distribution group. */
    MAIL_DISTRIBUTION_GROUP,
    /** A user that is not mail-enabled (E7, e.g. the account-forest user of a linked mailbox). */
    PLAIN_USER,
    /** A user carrying Exchange attributes ADMT copied from another forest (E12). */
    ADMT_USER,
    /** Anything else: security or non-universal groups, public folders, plain contacts, computers. */
    OTHER;

    private static final String USER = "user";

    /**
     * Classifies a target object.
     *
     * @param entry the target entry, never null
     * @param configurationNamingContext the target forest's configuration NC, for the homeMDB test
     */
    public static TargetKind of(DirectoryEntry entry, String configurationNamingContext) {
        if (entry.hasObjectClass("computer")) {
            return OTHER;
        }
        if (entry.hasObjectClass("msExchDynamicDistributionList")) {
            return MAIL_DISTRIBUTION_GROUP;
        }
        if (entry.hasObjectClass("group")) {
            return groupKind(entry);
        }
        if (entry.hasObjectClass("contact")) {
            return isMailEnabled(entry) ? MAIL_CONTACT : OTHER;
        }
        if (!entry.hasObjectClass(USER)) {
            return OTHER;
        }
        if (entry.has(AttributeNames.HOME_MDB)) {
            String homeMdb = entry.string(AttributeNames.HOME_MDB).orElseThrow();
            return DnText.isWithin(homeMdb, configurationNamingContext) ? MAILBOX : ADMT_USER;
        }
        if (entry.has(AttributeNames.TARGET_ADDRESS)) {
            return MAIL_USER;
        }
        if (entry.has(AttributeNames.HOME_SERVER_NAME) || isMailEnabled(entry)) {
            return ADMT_USER;
        }
        return PLAIN_USER;
    }

    private static TargetKind groupKind(DirectoryEntry entry) {
        long rtd = entry.string(AttributeNames.RECIPIENT_TYPE_DETAILS)
                .map(RecipientTypeDetails::parse)
                .map(RecipientTypeDetails::value)
                .orElse(0L);
        if (rtd == RecipientTypeDetails.MAIL_UNIVERSAL_DISTRIBUTION_GROUP.value()
                || rtd == RecipientTypeDetails.ROOM_LIST.value()) {
            return MAIL_DISTRIBUTION_GROUP;
        }
        if (rtd == 0 && entry.has(AttributeNames.PROXY_ADDRESSES)) {
            boolean security = entry.longValue(AttributeNames.GROUP_TYPE).orElse(0L) < 0;
            return security ? OTHER : MAIL_DISTRIBUTION_GROUP;
        }
        return OTHER;
    }

    private static boolean isMailEnabled(DirectoryEntry entry) {
        return entry.has(AttributeNames.PROXY_ADDRESSES)
                || entry.has(AttributeNames.TARGET_ADDRESS)
                || entry.has(AttributeNames.MAIL_NICKNAME);
    }

    /** A DN as comparable text: components normalised and lower-cased (see {@link DnText}). */
    static String normalise(String dn) {
        return String.join(",", DnText.components(dn));
    }
}
