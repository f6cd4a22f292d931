package io.galbridge.mapping.readiness;

import static io.galbridge.mapping.model.AttributeNames.HIDE_FROM_ADDRESS_LISTS;
import static io.galbridge.mapping.model.AttributeNames.LEGACY_EXCHANGE_DN;
import static io.galbridge.mapping.model.AttributeNames.MAIL_NICKNAME;
import static io.galbridge.mapping.model.AttributeNames.PROXY_ADDRESSES;
import static io.galbridge.mapping.model.AttributeNames.RECIPIENT_TYPE_DETAILS;
import static io.galbridge.mapping.model.AttributeNames.REMOTE_RECIPIENT_TYPE;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.RecipientTypeDetails;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.List;

/**
 * Pre-flight for a source object in GAL-sync scope (spec 3.2, 3.9 and 6): whether a contact
 * replica can be created for it in the other forest. Pure and thread-safe.
 *
 * <p>Codes: GB-E5 (no legacyExchangeDN: GALSync filters it, no X500 can link the replica), GB-E10
 * (group: membership is not synchronised), GB-E11 (hidden: no replica), GB-E20 (hybrid remote
 * mailbox: the replica uses its own targetAddress), GB-E26 (system mailbox), GB-GAL-SCOPE (a kind
 * that never gets a replica: K0, K6, K7, K8), GB-GAL-PROXY (no proxyAddresses), GB-GAL-ALIAS (no
 * mailNickname, which a new contact requires).
 */
public final class GalSyncReadinessCheck {

    /**
     * Checks one source object.
     *
     * @param source the source entry
     * @param classification its classification in the source forest
     * @return the findings in a stable order; empty when a replica can be created
     */
    public List<Finding> check(DirectoryEntry source, Classification classification) {
        Findings out = new Findings(source.dn());
        RecipientKind kind = classification.kind();
        switch (kind) {
            case SYSTEM_MAILBOX -> {
                out.error(
                        "GB-E26",
                        "System or infrastructure recipient: " + classification.reason() + ".",
                        "None: it is excluded from the GAL by design.");
                return out.list();
            }
            case NOT_RECIPIENT, GALSYNC_CONTACT, PRESTAGED_MAIL_USER, MOVED_MAILBOX -> {
                out.error(
                        "GB-GAL-SCOPE",
                        kind.code() + " " + kind + " never gets a GAL replica: " + classification.reason() + ".",
                        "Remove it from the GAL-sync scope.");
                return out.list();
            }
            default -> {}
        }
        if (!source.has(LEGACY_EXCHANGE_DN)) {
            out.error(
                    "GB-E5",
                    "No legacyExchangeDN: GALSync filters such objects and no X500 can link a replica to it.",
                    "Repair the recipient with Exchange (Update-Recipient); galbridge never invents one.");
        }
        if (source.strings(PROXY_ADDRESSES).isEmpty()) {
            out.error(
                    "GB-GAL-PROXY",
                    "proxyAddresses is missing or empty.",
                    "Give the recipient its addresses with Exchange tools.");
        }
        if (!source.has(MAIL_NICKNAME)) {
            out.error(
                    "GB-GAL-ALIAS", "mailNickname is missing; a new contact needs one.", "Set the recipient's alias.");
        }
        if (source.booleanValue(HIDE_FROM_ADDRESS_LISTS).orElse(false)) {
            out.warning(
                    "GB-E11",
                    "msExchHideFromAddressLists is TRUE, so no replica is created.",
                    "None; the replica appears when the flag is cleared.");
        }
        if (kind == RecipientKind.MAIL_GROUP) {
            out.warning(
                    "GB-E10",
                    "Groups become contacts; their membership is not synchronised.",
                    "None; mail to the contact is expanded in the source forest.");
        }
        if (isRemoteMailbox(source)) {
            out.warning(
                    "GB-E20",
                    "Hybrid remote mailbox (msExchRecipientTypeDetails "
                            + source.string(RECIPIENT_TYPE_DETAILS).orElse("absent") + ").",
                    "None; its replica uses the object's own targetAddress.");
        }
        return out.list();
    }

    private static boolean isRemoteMailbox(DirectoryEntry source) {
        return source.has(REMOTE_RECIPIENT_TYPE)
                || source.longValue(RECIPIENT_TYPE_DETAILS).stream()
                        .anyMatch(v -> new RecipientTypeDetails(v).isRemoteMailbox());
    }
}
