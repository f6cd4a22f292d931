package io.galbridge.mapping.config;

import io.galbridge.mapping.model.LegacyExchangeDn;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What galbridge knows about one forest, in the roles it plays for GAL sync and pre-staging: the
 * GALSync per-forest configuration (spec 3.1) plus the move-related domains (spec 2.1, 4.2).
 * Immutable; the lists are copied.
 *
 * @param forestName the forest's DNS name, e.g. {@code src.example}; never null or blank. Used as the
 *     msExchOriginatingForest of replicas and in ownership markers.
 * @param mailDomains the SMTP domains this forest controls ("smtp-mail-domains"); used to pick the
 *     targetAddress of replicas of its mailboxes and groups. Never null; lower-cased.
 * @param baseDn the naming context searched in this forest, e.g. {@code DC=src,DC=example}; never null
 * @param galContactOu the OU where replicas of <em>other</em> forests' recipients are created in this
 *     forest (GALSync's target-ou); everything under it is managed by galbridge; never null
 * @param mailUserOu the OU where pre-staged mail users are created in this forest (PMR's
 *     TargetMailUserOU); never null. Must not lie inside {@code galContactOu} (spec 3.8).
 * @param legacyExchangeDnPrefix the admin-group prefix for legacyExchangeDNs of new contacts (spec 3.4);
 *     null means "leave it to Exchange" (Update-Recipient)
 * @param targetDeliveryDomain the SMTP domain that routes mail <em>to</em> this forest from the others
 *     (spec 4.2: New-MoveRequest's TargetDeliveryDomain when this forest is the move target, and
 *     MailboxDeliveryDomain when it is the source); null when none is configured
 * @param mailRouting GALSync's mail-routing flag: replicas of this forest's mail users and contacts
 *     route through this forest (pick an address in {@code mailDomains}) instead of using their own
 *     targetAddress (spec 3.5)
 * @param crossForestDelegation stamp msExchMasterAccountSid on contacts created <em>in</em> this
 *     forest for security principals of other forests, making them ACL-able (spec 3.1, 3.5)
 * @param includeOus source scope: when non-empty, only objects under one of these OUs are exported
 *     from this forest; never null
 * @param excludeOus source scope: objects under one of these OUs are never exported; never null
 * @param authoritativeContactOus OUs whose contacts are authoritative and exported ("source-contact-ous",
 *     spec 3.1); contacts elsewhere are not exported; never null
 */
public record ForestProfile(
        String forestName,
        List<String> mailDomains,
        String baseDn,
        String galContactOu,
        String mailUserOu,
        LegacyExchangeDn legacyExchangeDnPrefix,
        String targetDeliveryDomain,
        boolean mailRouting,
        boolean crossForestDelegation,
        List<String> includeOus,
        List<String> excludeOus,
        List<String> authoritativeContactOus) {

    /** Validates; see the record contract. */
    public ForestProfile {
        String forest = requireText(forestName, "forestName", "?").toLowerCase(Locale.ROOT);
        forestName = forest;
        mailDomains = Objects.requireNonNull(mailDomains, "mailDomains").stream()
                .map(d -> requireText(d, "mail domain", forest).toLowerCase(Locale.ROOT))
                .toList();
        requireText(baseDn, "baseDn", forestName);
        requireText(galContactOu, "galContactOu", forestName);
        requireText(mailUserOu, "mailUserOu", forestName);
        if (DnText.isWithin(mailUserOu, galContactOu)) {
            throw new IllegalArgumentException("Forest " + forestName + ": the mail-user OU " + mailUserOu
                    + " lies inside the GAL contact OU " + galContactOu
                    + "; pre-staged mail users would be taken for replicas (spec 3.8)");
        }
        if (targetDeliveryDomain != null) {
            targetDeliveryDomain = requireText(targetDeliveryDomain, "targetDeliveryDomain", forestName)
                    .toLowerCase(Locale.ROOT);
        }
        includeOus = List.copyOf(Objects.requireNonNull(includeOus, "includeOus"));
        excludeOus = List.copyOf(Objects.requireNonNull(excludeOus, "excludeOus"));
        authoritativeContactOus =
                List.copyOf(Objects.requireNonNull(authoritativeContactOus, "authoritativeContactOus"));
    }

    /**
     * A profile with the required parts and neutral defaults: no LegDN prefix, no delivery domain, no
     * routing, no delegation, no OU filters.
     */
    public static ForestProfile of(
            String forestName, List<String> mailDomains, String baseDn, String galContactOu, String mailUserOu) {
        return new ForestProfile(
                forestName,
                mailDomains,
                baseDn,
                galContactOu,
                mailUserOu,
                null,
                null,
                false,
                false,
                List.of(),
                List.of(),
                List.of());
    }

    /** The legacyExchangeDN prefix, if configured. */
    public Optional<LegacyExchangeDn> legacyExchangeDnPrefixValue() {
        return Optional.ofNullable(legacyExchangeDnPrefix);
    }

    /** The target delivery domain, if configured. */
    public Optional<String> targetDeliveryDomainValue() {
        return Optional.ofNullable(targetDeliveryDomain);
    }

    /**
     * Whether an SMTP domain belongs to this forest: equal to one of {@link #mailDomains()} or a
     * subdomain of one (GALSync's "address ends with a mail domain", made label-exact so that {@code
     * evilsrc.example} does not match {@code src.example}).
     */
    public boolean ownsMailDomain(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return mailDomains.stream().anyMatch(m -> d.equals(m) || d.endsWith("." + m));
    }

    /** Whether {@code dn} lies inside this forest's GAL contact (sync) OU. */
    public boolean isInGalContactOu(String dn) {
        return DnText.isWithin(dn, galContactOu);
    }

    /** Copy with other mail domains. */
    public ForestProfile withMailDomains(List<String> domains) {
        return new ForestProfile(
                forestName,
                domains,
                baseDn,
                galContactOu,
                mailUserOu,
                legacyExchangeDnPrefix,
                targetDeliveryDomain,
                mailRouting,
                crossForestDelegation,
                includeOus,
                excludeOus,
                authoritativeContactOus);
    }

    /** Copy with other include and exclude OUs. */
    public ForestProfile withScope(List<String> include, List<String> exclude) {
        return new ForestProfile(
                forestName,
                mailDomains,
                baseDn,
                galContactOu,
                mailUserOu,
                legacyExchangeDnPrefix,
                targetDeliveryDomain,
                mailRouting,
                crossForestDelegation,
                include,
                exclude,
                authoritativeContactOus);
    }

    /** Copy with a legacyExchangeDN prefix (null: none). */
    public ForestProfile withLegacyExchangeDnPrefix(LegacyExchangeDn prefix) {
        return new ForestProfile(
                forestName,
                mailDomains,
                baseDn,
                galContactOu,
                mailUserOu,
                prefix,
                targetDeliveryDomain,
                mailRouting,
                crossForestDelegation,
                includeOus,
                excludeOus,
                authoritativeContactOus);
    }

    /** Copy with a target delivery domain (null: none). */
    public ForestProfile withTargetDeliveryDomain(String domain) {
        return new ForestProfile(
                forestName,
                mailDomains,
                baseDn,
                galContactOu,
                mailUserOu,
                legacyExchangeDnPrefix,
                domain,
                mailRouting,
                crossForestDelegation,
                includeOus,
                excludeOus,
                authoritativeContactOus);
    }

    /** Copy with the mail-routing and cross-forest-delegation flags. */
    public ForestProfile withFlags(boolean routing, boolean delegation) {
        return new ForestProfile(
                forestName,
                mailDomains,
                baseDn,
                galContactOu,
                mailUserOu,
                legacyExchangeDnPrefix,
                targetDeliveryDomain,
                routing,
                delegation,
                includeOus,
                excludeOus,
                authoritativeContactOus);
    }

    /** Copy with authoritative contact OUs. */
    public ForestProfile withAuthoritativeContactOus(List<String> ous) {
        return new ForestProfile(
                forestName,
                mailDomains,
                baseDn,
                galContactOu,
                mailUserOu,
                legacyExchangeDnPrefix,
                targetDeliveryDomain,
                mailRouting,
                crossForestDelegation,
                includeOus,
                excludeOus,
                ous);
    }

    private static String requireText(String value, String what, String forest) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Forest " + forest + ": " + what + " is missing or blank");
        }
        return value.strip();
    }
}
