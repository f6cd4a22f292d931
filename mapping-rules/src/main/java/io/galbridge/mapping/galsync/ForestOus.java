package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.NormalisedDn;
import java.util.List;

/**
 * The OUs of one forest profile, parsed once for the DN comparisons the GAL-sync rules make per object.
 * Immutable.
 *
 * @param galContactOu the GAL contact (sync) OU
 * @param mailUserOu the mail-user OU
 * @param includeOus the include OUs of the source scope
 * @param excludeOus the exclude OUs of the source scope
 * @param authoritativeContactOus the authoritative contact OUs
 */
record ForestOus(
        NormalisedDn galContactOu,
        NormalisedDn mailUserOu,
        List<NormalisedDn> includeOus,
        List<NormalisedDn> excludeOus,
        List<NormalisedDn> authoritativeContactOus) {

    ForestOus {
        includeOus = List.copyOf(includeOus);
        excludeOus = List.copyOf(excludeOus);
        authoritativeContactOus = List.copyOf(authoritativeContactOus);
    }

    static ForestOus of(ForestProfile forest) {
        return new ForestOus(
                NormalisedDn.of(forest.galContactOu()),
                NormalisedDn.of(forest.mailUserOu()),
                parse(forest.includeOus()),
                parse(forest.excludeOus()),
                parse(forest.authoritativeContactOus()));
    }

    private static List<NormalisedDn> parse(List<String> dns) {
        return dns.stream().map(NormalisedDn::of).toList();
    }
}
