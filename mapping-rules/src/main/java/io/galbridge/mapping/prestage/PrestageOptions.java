package io.galbridge.mapping.prestage;

import java.util.Optional;

/**
 * The per-run switches of pre-staging (spec 2.1).
 *
 * @param useLocalObject reuse a matching MEU, convert a matching MEC or mail-enable a matching
 *     non-mail-enabled or ADMT-created user instead of refusing
 * @param overwriteLocalObject also copy the source's attributes over the reused object (2.10);
 *     requires {@code useLocalObject}
 * @param linkedMailUser create a linked MEU: RDT 0xC0000006, msExchMasterAccountSid and
 *     msExchMasterAccountHistory (2.13)
 * @param disableEmailAddressPolicy exclude the MEU from the target Email Address Policy (E3)
 * @param mailboxDeliveryDomain the domain whose SMTP proxy becomes the MEU's targetAddress (rule C);
 *     null or blank for "the primary SMTP address"
 */
public record PrestageOptions(
        boolean useLocalObject,
        boolean overwriteLocalObject,
        boolean linkedMailUser,
        boolean disableEmailAddressPolicy,
        String mailboxDeliveryDomain) {

    /**
     * Validates the combination.
     *
     * @throws PrestageConfigurationException if {@code overwriteLocalObject} is given without {@code
     *     useLocalObject} (P1)
     */
    public PrestageOptions {
        if (overwriteLocalObject && !useLocalObject) {
            throw new PrestageConfigurationException(
                    "overwriteLocalObject requires useLocalObject: set useLocalObject too, or drop overwriteLocalObject");
        }
        if (mailboxDeliveryDomain != null) {
            mailboxDeliveryDomain = mailboxDeliveryDomain.strip();
            if (mailboxDeliveryDomain.isEmpty()) {
                mailboxDeliveryDomain = null;
            }
        }
    }

    /** No switch, no delivery domain: create new MEUs only, targetAddress from the primary SMTP. */
    public static PrestageOptions defaults() {
        return new PrestageOptions(false, false, false, false, null);
    }

    /** The configured MailboxDeliveryDomain, if any. */
    public Optional<String> deliveryDomain() {
        return Optional.ofNullable(mailboxDeliveryDomain);
    }

    /** A copy with {@code useLocalObject} set. */
    public PrestageOptions withUseLocalObject() {
        return new PrestageOptions(
                true, overwriteLocalObject, linkedMailUser, disableEmailAddressPolicy, mailboxDeliveryDomain);
    }

    /** A copy with {@code useLocalObject} and {@code overwriteLocalObject} set. */
    public PrestageOptions withOverwriteLocalObject() {
        return new PrestageOptions(true, true, linkedMailUser, disableEmailAddressPolicy, mailboxDeliveryDomain);
    }

    /** A copy with this MailboxDeliveryDomain (null for none). */
    public PrestageOptions withMailboxDeliveryDomain(String domain) {
        return new PrestageOptions(
                useLocalObject, overwriteLocalObject, linkedMailUser, disableEmailAddressPolicy, domain);
    }

    /** A copy with {@code linkedMailUser} set. */
    public PrestageOptions withLinkedMailUser() {
        return new PrestageOptions(
                useLocalObject, overwriteLocalObject, true, disableEmailAddressPolicy, mailboxDeliveryDomain);
    }

    /** A copy with {@code disableEmailAddressPolicy} set. */
    public PrestageOptions withDisabledEmailAddressPolicy() {
        return new PrestageOptions(useLocalObject, overwriteLocalObject, linkedMailUser, true, mailboxDeliveryDomain);
    }
}
