package io.galbridge.mapping.config;

import io.galbridge.mapping.model.RecipientDisplayType;
import java.util.Objects;

/**
 * Switches of the post-move phase (spec 4). Defaults choose the safe side of every [U] fact.
 *
 * @param removeMailboxAttributes let the source flip remove homeMDB, homeMTA and msExchHomeServerName
 *     by LDAP. Off by default: removing them by LDAP does <em>not</em> disconnect the mailbox in the
 *     source store (Exchange then sees an orphaned store mailbox); the supported way is Disable-Mailbox
 *     followed by Enable-MailUser in the source forest (spec 4.3)
 * @param sourceDisplayType the msExchRecipientDisplayType written on the flipped source mail user;
 *     spec 4.3 leaves open whether Exchange writes 0x80000006 or 6 [U]; default SyncedMailboxUser
 *     ({@code -2147483642}), what PMR stamps on mail users that represent a mailbox elsewhere; never null
 * @param addMissingRoutingProxy when no proxy of the moved mailbox lies in the target delivery domain,
 *     add {@code smtp:<mailNickname>@<target delivery domain>} to the source instead of failing. Off by
 *     default: the target mailbox would not accept that address unless its policy stamps it
 * @param replicasRouteDirect after a move, point every other replica straight at the target routing
 *     address (true, the default) or leave them pointing at the source, which forwards (one more hop)
 */
public record PostMoveSettings(
        boolean removeMailboxAttributes,
        RecipientDisplayType sourceDisplayType,
        boolean addMissingRoutingProxy,
        boolean replicasRouteDirect) {

    /** The safe defaults. */
    public static final PostMoveSettings DEFAULTS =
            new PostMoveSettings(false, RecipientDisplayType.SYNCED_MAILBOX_USER, false, true);

    /** Validates. */
    public PostMoveSettings {
        Objects.requireNonNull(sourceDisplayType, "sourceDisplayType");
    }
}
