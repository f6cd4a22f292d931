package io.galbridge.connector.target;

import com.unboundid.ldap.sdk.DN;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.prestage.PrestageOptions;
import io.galbridge.mapping.prestage.PrestageProfile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated configuration of the target-forest connector. Immutable; {@link #toString()} never shows
 * the bind password (the endpoint redacts it).
 *
 * @param endpoint how to reach and bind to the target forest's domain controllers
 * @param useGlobalCatalog whether forest-wide lookups (matching, name uniqueness) go to the global catalog;
 *     when false they search the domain naming context only (test forests without a GC)
 * @param pageSize the simple-paged-results page size
 * @param forestDnsName the target forest's DNS name, lower case
 * @param baseDn the domain naming context, derived from the forest DNS name
 * @param target the target forest's profile (mail domains, contact OU, mail-user OU, legacyExchangeDN prefix)
 * @param ownership the ownership marker attribute
 * @param sourceForests the profiles of the accepted source forests (name and mail domains)
 * @param prestage the pre-staging switches
 */
public record TargetSettings(
        LdapEndpointSettings endpoint,
        boolean useGlobalCatalog,
        int pageSize,
        String forestDnsName,
        DN baseDn,
        ForestProfile target,
        OwnershipMarker ownership,
        List<ForestProfile> sourceForests,
        PrestageOptions prestage) {

    /** Copies the list; validates that nothing is null. */
    public TargetSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(forestDnsName, "forestDnsName");
        Objects.requireNonNull(baseDn, "baseDn");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(prestage, "prestage");
        sourceForests = List.copyOf(sourceForests);
    }

    /** The configuration naming context, {@code CN=Configuration,<forest root>}. */
    public String configurationNamingContext() {
        return "CN=Configuration," + baseDn;
    }

    /** The pre-staging profile of the target forest. */
    public PrestageProfile prestageProfile() {
        return new PrestageProfile(target.mailUserOu(), legacyExchangeDnPrefix(), configurationNamingContext());
    }

    /** The legacyExchangeDN prefix (required by validation). */
    public LegacyExchangeDn legacyExchangeDnPrefix() {
        return target.legacyExchangeDnPrefixValue().orElseThrow();
    }

    /** The accepted source forest of this name (case-insensitive), if configured. */
    public Optional<ForestProfile> sourceForest(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return sourceForests.stream().filter(f -> f.forestName().equals(n)).findFirst();
    }
}
