package io.galbridge.mapping.rules;

import io.galbridge.mapping.config.ForestProfile;
import java.util.List;

/**
 * Per-forest changes a rules file makes to a {@link ForestProfile}: each non-null part replaces the
 * profile's value. Immutable.
 *
 * @param mailDomains replacement mail domains; null keeps the profile's
 * @param includeOus replacement include OUs; null keeps the profile's
 * @param excludeOus replacement exclude OUs; null keeps the profile's
 */
public record ForestOverride(List<String> mailDomains, List<String> includeOus, List<String> excludeOus) {

    /** Copies the lists. */
    public ForestOverride {
        mailDomains = mailDomains == null ? null : List.copyOf(mailDomains);
        includeOus = includeOus == null ? null : List.copyOf(includeOus);
        excludeOus = excludeOus == null ? null : List.copyOf(excludeOus);
    }

    /** The profile with this override applied. */
    public ForestProfile applyTo(ForestProfile profile) {
        ForestProfile p = mailDomains == null ? profile : profile.withMailDomains(mailDomains);
        return p.withScope(
                includeOus == null ? p.includeOus() : includeOus, excludeOus == null ? p.excludeOus() : excludeOus);
    }
}
