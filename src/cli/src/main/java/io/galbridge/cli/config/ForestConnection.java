package io.galbridge.cli.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to reach one forest and what galbridge needs to know about it, as configured under {@code source:},
 * {@code sources:} or {@code target:}. Validated by {@link ConfigLoader}.
 *
 * @param role {@code source} or {@code target}; never null
 * @param forest the forest's DNS name, lower case, e.g. {@code src.test}; never null
 * @param url the domain controller, {@code ldaps://host[:port]} or {@code ldap://host[:port]} with
 *     {@code startTls}; never null
 * @param startTls whether to upgrade an {@code ldap://} connection with StartTLS (never true for ldaps)
 * @param bindDn the account galbridge binds as; never null
 * @param password the bind password; never null, never printed
 * @param baseDn the naming context searched; never null
 * @param caCertificate the PEM file of the CA that signed the DC's certificate, absolute; null to use the
 *     JVM's trust store
 * @param mailDomains the SMTP domains the forest is authoritative for, lower case; never null or empty
 * @param contactOu target only: where GAL contacts are created; null for a source
 * @param mailUserOu target only: where pre-staged mail users are created; null for a source
 * @param legacyExchangeDnPrefix target only: the recipients container of the target Exchange
 *     organisation, prefix of new legacyExchangeDNs; null for a source
 * @param useGlobalCatalog target only: whether forest-wide lookups use the global catalog (default true;
 *     false for a single-domain forest without one, such as the embedded test forests)
 * @param deliveryDomain the SMTP domain that routes mail <em>to</em> this forest from the others (spec 4.2),
 *     lower case: for a source forest Prepare-MoveRequest's MailboxDeliveryDomain (picks the pre-staged mail
 *     user's targetAddress), for the target New-MoveRequest's TargetDeliveryDomain (picks the moved source's
 *     targetAddress); {@code deliveryDomain} in the file; null when not configured ({@link
 *     #effectiveDeliveryDomain()} then gives the first of {@code mailDomains})
 */
public record ForestConnection(
        String role,
        String forest,
        URI url,
        boolean startTls,
        String bindDn,
        Secret password,
        String baseDn,
        Path caCertificate,
        List<String> mailDomains,
        String contactOu,
        String mailUserOu,
        String legacyExchangeDnPrefix,
        boolean useGlobalCatalog,
        String deliveryDomain) {

    /** Checks the never-null parts; copies the domain list. */
    public ForestConnection {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(bindDn, "bindDn");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(baseDn, "baseDn");
        mailDomains = List.copyOf(mailDomains);
    }

    /** The configured delivery domain, else the first of {@code mailDomains}. */
    public String effectiveDeliveryDomain() {
        return deliveryDomain != null ? deliveryDomain : mailDomains.get(0);
    }

    /** A short name for messages, e.g. {@code source forest src.test (ldaps://127.0.0.1:636)}. */
    public String describe() {
        return role + " forest " + forest + " (" + url + ")";
    }
}
