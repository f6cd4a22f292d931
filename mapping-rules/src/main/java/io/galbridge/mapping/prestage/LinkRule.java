package io.galbridge.mapping.prestage;

import java.util.List;
import java.util.Objects;

/**
 * How one DN-valued attribute of a replaced or copied recipient is carried to the new MEU (spec
 * 2.12). A {@link Placement#ON_MAIL_USER forward} rule writes {@code writtenAttribute} on the MEU,
 * pointing at the counterpart of each value; a {@link Placement#ON_COUNTERPART back-link} rule
 * writes {@code writtenAttribute} on the counterpart of each value, pointing at the MEU (so "group X
 * has the mailbox as member" becomes "the counterpart of X gets member += MEU").
 *
 * @param readAttribute the attribute read on the source (or replaced contact), never null
 * @param writtenAttribute the forward-link attribute written, never null
 * @param placement on which entry it is written, never null
 * @param replace whether the written attribute is single-valued and replaced (manager, managedBy,
 *     altRecipient) rather than added to
 */
public record LinkRule(String readAttribute, String writtenAttribute, Placement placement, boolean replace) {

    /** Where the link is written. */
    public enum Placement {
        /** On the new MEU, pointing at the counterpart. */
        ON_MAIL_USER,
        /** On the counterpart, pointing at the new MEU. */
        ON_COUNTERPART
    }

    /** The pairs every mailbox has (2.12). */
    public static final List<LinkRule> STANDARD = List.of(
            new LinkRule("manager", "manager", Placement.ON_MAIL_USER, true),
            new LinkRule("altRecipient", "altRecipient", Placement.ON_MAIL_USER, true),
            new LinkRule("publicDelegates", "publicDelegates", Placement.ON_MAIL_USER, false),
            new LinkRule("managedBy", "managedBy", Placement.ON_MAIL_USER, true),
            new LinkRule("msExchCoManagedByLink", "msExchCoManagedByLink", Placement.ON_MAIL_USER, false),
            new LinkRule("directReports", "manager", Placement.ON_COUNTERPART, true),
            new LinkRule("altRecipientBL", "altRecipient", Placement.ON_COUNTERPART, true),
            new LinkRule("publicDelegatesBL", "publicDelegates", Placement.ON_COUNTERPART, false),
            new LinkRule("memberOf", "member", Placement.ON_COUNTERPART, false),
            new LinkRule("managedObjects", "managedBy", Placement.ON_COUNTERPART, true),
            new LinkRule("msExchCoManagedObjectsBL", "msExchCoManagedByLink", Placement.ON_COUNTERPART, false));

    /** The extra pairs of a team mailbox (2.13). */
    public static final List<LinkRule> TEAM_MAILBOX = List.of(
            new LinkRule("msExchDelegateListLink", "msExchDelegateListLink", Placement.ON_MAIL_USER, false),
            new LinkRule("msExchTeamMailboxOwners", "msExchTeamMailboxOwners", Placement.ON_MAIL_USER, false),
            new LinkRule("msExchDelegateListBL", "msExchDelegateListLink", Placement.ON_COUNTERPART, false));

    /** Validates the parts. */
    public LinkRule {
        Objects.requireNonNull(readAttribute, "readAttribute");
        Objects.requireNonNull(writtenAttribute, "writtenAttribute");
        Objects.requireNonNull(placement, "placement");
    }

    /**
     * The back-link attribute that shows, on the MEU itself, that this rule has been applied: for a
     * forward rule the written attribute, for a back-link rule the read one (AD maintains it).
     */
    public String attributeOnMailUser() {
        return placement == Placement.ON_MAIL_USER ? writtenAttribute : readAttribute;
    }
}
