package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.TargetAddress;
import java.util.Optional;

/**
 * Rule C of spec 2.7: the MEU's targetAddress is a source SMTP proxy, stored verbatim with its prefix.
 * Without a MailboxDeliveryDomain it is the primary {@code SMTP:} value; with one, the first SMTP
 * value (either role) whose domain, the text after the last {@code @}, equals it case-insensitively.
 */
public final class TargetAddressRule {

    private TargetAddressRule() {}

    /**
     * Chooses the targetAddress.
     *
     * @param sourceProxies the source mailbox's proxyAddresses, never null
     * @param mailboxDeliveryDomain the delivery domain, or null/blank for the primary SMTP
     * @return empty if no value qualifies (P13, E23)
     */
    public static Optional<TargetAddress> choose(ProxyAddressSet sourceProxies, String mailboxDeliveryDomain) {
        Optional<ProxyAddress> chosen = mailboxDeliveryDomain == null || mailboxDeliveryDomain.isBlank()
                ? sourceProxies.primarySmtp()
                : sourceProxies.smtpInDomain(mailboxDeliveryDomain.strip()).stream()
                        .findFirst();
        return chosen.map(TargetAddress::of);
    }
}
