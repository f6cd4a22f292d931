package io.galbridge.mapping.recipient;

/** The kinds of directory object the engine distinguishes, in the numbering of spec 1.2. */
public enum RecipientKind {
    /** K0: not a recipient (no mail attributes, or a non-mail RTD, or a non-recipient class). */
    NOT_RECIPIENT("K0"),
    /** K1: a system or infrastructure mailbox (arbitration, discovery, …), always excluded. */
    SYSTEM_MAILBOX("K1"),
    /** K2a: a regular user mailbox: enabled account, no msExchMasterAccountSid. */
    USER_MAILBOX("K2a"),
    /** K2b: a linked mailbox: disabled account whose master SID is an account in another forest. */
    LINKED_MAILBOX("K2b"),
    /** K2c: a shared, room or equipment mailbox: disabled account with master SID SELF. */
    RESOURCE_MAILBOX("K2c"),
    /** K2d: a mailbox whose account state and master SID contradict each other, or incomplete. */
    INVALID_MAILBOX("K2d"),
    /** K3: a mail-enabled user, including a hybrid remote mailbox (RTD 2147483648+ with RRT). */
    MAIL_USER("K3"),
    /** K3a: a mail user that was a mailbox of this forest and has moved out. */
    MOVED_MAIL_USER("K3a"),
    /** K4: an authoritative mail contact. */
    MAIL_CONTACT("K4"),
    /** K5: a mail-enabled group or dynamic distribution list. */
    MAIL_GROUP("K5"),
    /** K6: a contact replica under a configured GALSync (sync) OU. */
    GALSYNC_CONTACT("K6"),
    /** K7: a mail user pre-staged for a move: it carries the other forest's msExchMailboxGuid. */
    PRESTAGED_MAIL_USER("K7"),
    /** K8: a mailbox that arrived here by a move (its msExchMailboxGuid was pre-staged here). */
    MOVED_MAILBOX("K8");

    private final String code;

    RecipientKind(String code) {
        this.code = code;
    }

    /** The spec's code, e.g. {@code K2a}. */
    public String code() {
        return code;
    }

    /** Whether this is one of the mailbox kinds K2a–K2d or K8. */
    public boolean isMailbox() {
        return this == USER_MAILBOX
                || this == LINKED_MAILBOX
                || this == RESOURCE_MAILBOX
                || this == INVALID_MAILBOX
                || this == MOVED_MAILBOX;
    }
}
