package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.LegacyExchangeDn;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link NameAvailability} from names read in advance; compared case-insensitively. Immutable.
 *
 * @param cnsInMailUserOu the CN values taken directly below the MEU OU
 * @param samAccountNames the sAMAccountNames taken forest-wide
 * @param userPrincipalNames the userPrincipalNames taken forest-wide
 * @param legacyExchangeDns the legacyExchangeDNs (and X500 addresses) taken forest-wide
 */
public record TakenNames(
        Set<String> cnsInMailUserOu,
        Set<String> samAccountNames,
        Set<String> userPrincipalNames,
        Set<String> legacyExchangeDns)
        implements NameAvailability {

    /** Copies the sets, folding case. */
    public TakenNames {
        cnsInMailUserOu = fold(cnsInMailUserOu);
        samAccountNames = fold(samAccountNames);
        userPrincipalNames = fold(userPrincipalNames);
        legacyExchangeDns = fold(legacyExchangeDns);
    }

    /** Nothing taken. */
    public static TakenNames none() {
        return new TakenNames(Set.of(), Set.of(), Set.of(), Set.of());
    }

    @Override
    public boolean isCnFree(String parentDn, String cn) {
        return !cnsInMailUserOu.contains(key(cn));
    }

    @Override
    public boolean isSamAccountNameFree(String samAccountName) {
        return !samAccountNames.contains(key(samAccountName));
    }

    @Override
    public boolean isUserPrincipalNameFree(String userPrincipalName) {
        return !userPrincipalNames.contains(key(userPrincipalName));
    }

    @Override
    public boolean isLegacyExchangeDnFree(LegacyExchangeDn legacyExchangeDn) {
        return !legacyExchangeDns.contains(key(legacyExchangeDn.value()));
    }

    private static Set<String> fold(Collection<String> names) {
        return names.stream().map(TakenNames::key).collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
