package io.galbridge.mapping.readiness;

import io.galbridge.mapping.recipient.DnScope;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts and capabilities a readiness check needs besides the object itself.
 *
 * @param mailboxDeliveryDomain the SMTP domain that routes to the source forest, used for the
 *     target MEU's targetAddress (PMR's MailboxDeliveryDomain); empty means "use the primary SMTP"
 * @param targetDeliveryDomain the SMTP domain that routes to the target forest
 *     (New-MoveRequest's TargetDeliveryDomain); empty if not configured
 * @param targetAuthoritativeDomains SMTP domains the target forest is authoritative for; a
 *     targetAddress in one of them loops (E4); compared case-insensitively
 * @param sourceProxyAddressesWritable whether the source credentials may write proxyAddresses
 *     (E17), as probed by the connector
 * @param target the index of the target forest
 * @param targetConfigurationNc the target forest's configuration naming context; a target
 *     mailbox whose homeMDB is outside it was copied by ADMT (E12); empty to skip that check
 */
public record ReadinessContext(
        Optional<String> mailboxDeliveryDomain,
        Optional<String> targetDeliveryDomain,
        Set<String> targetAuthoritativeDomains,
        boolean sourceProxyAddressesWritable,
        TargetDirectoryIndex target,
        Optional<DnScope> targetConfigurationNc) {

    /** Validates and copies. */
    public ReadinessContext {
        Objects.requireNonNull(mailboxDeliveryDomain, "mailboxDeliveryDomain");
        Objects.requireNonNull(targetDeliveryDomain, "targetDeliveryDomain");
        targetAuthoritativeDomains =
                Objects.requireNonNull(targetAuthoritativeDomains, "targetAuthoritativeDomains").stream()
                        .map(d -> d.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(target, "target index");
        Objects.requireNonNull(targetConfigurationNc, "targetConfigurationNc");
    }

    /** Whether {@code domain} is authoritative in the target forest, case-insensitively. */
    public boolean isTargetAuthoritative(String domain) {
        return targetAuthoritativeDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
