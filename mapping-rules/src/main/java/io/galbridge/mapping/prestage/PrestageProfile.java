package io.galbridge.mapping.prestage;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.model.LegacyExchangeDn;
import java.util.Objects;

/**
 * What pre-staging needs to know about the target forest.
 *
 * @param mailUserOu DN of the container new MEUs are created in (TargetMailUserOU); never the GAL
 *     sync OU (spec 3.8); never null or blank
 * @param legacyExchangeDnPrefix prefix of the legacyExchangeDN generated for an MEU that has none,
 *     e.g. {@code /o=Fabrikam/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients};
 *     never null
 * @param configurationNamingContext DN of the target forest's configuration NC: a user whose
 *     homeMDB is not below it is an ADMT copy, not a target mailbox (E12); never null or blank
 */
public record PrestageProfile(
        String mailUserOu, LegacyExchangeDn legacyExchangeDnPrefix, String configurationNamingContext) {

    /** Validates that nothing is missing. */
    public PrestageProfile {
        Objects.requireNonNull(mailUserOu, "mailUserOu");
        Objects.requireNonNull(legacyExchangeDnPrefix, "legacyExchangeDnPrefix");
        Objects.requireNonNull(configurationNamingContext, "configurationNamingContext");
        if (mailUserOu.isBlank() || configurationNamingContext.isBlank()) {
            throw new PrestageConfigurationException(
                    "The MEU OU and the target configuration naming context must not be blank");
        }
    }

    /**
     * The pre-staging view of the target forest's {@link ForestProfile}.
     *
     * @param target the target forest's profile, never null
     * @param configurationNamingContext the target forest's configuration NC, never null or blank
     * @throws PrestageConfigurationException if the profile has no legacyExchangeDN prefix: pre-staged
     *     MEUs need one before a move (E5)
     */
    public static PrestageProfile of(ForestProfile target, String configurationNamingContext) {
        if (target.legacyExchangeDnPrefix() == null) {
            throw new PrestageConfigurationException("Forest " + target.forestName()
                    + " has no legacyExchangeDN prefix; pre-staged mail users need one (spec E5)");
        }
        return new PrestageProfile(target.mailUserOu(), target.legacyExchangeDnPrefix(), configurationNamingContext);
    }
}
