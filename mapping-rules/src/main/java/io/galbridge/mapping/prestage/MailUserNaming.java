package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.LegacyExchangeDnGenerator;
import java.util.Optional;

/** Chooses the CN, sAMAccountName, userPrincipalName and legacyExchangeDN of a pre-staged MEU. */
final class MailUserNaming {

    /** How many legacyExchangeDNs are generated before giving up on a unique one. */
    private static final int LEGACY_DN_ATTEMPTS = 10;

    private final PrestageProfile profile;
    private final NameAvailability names;
    private final LegacyExchangeDnGenerator legacyDns;

    MailUserNaming(PrestageProfile profile, NameAvailability names, LegacyExchangeDnGenerator legacyDns) {
        this.profile = profile;
        this.names = names;
        this.legacyDns = legacyDns;
    }

    MailUserAttributes.Names existingNames(SourceMailbox src, DirectoryEntry meu) {
        String cn = meu.string(AttributeNames.CN).orElse(src.mailNickname());
        Optional<String> sam = meu.string(AttributeNames.SAM_ACCOUNT_NAME);
        Optional<String> upn = meu.string(AttributeNames.USER_PRINCIPAL_NAME);
        if (sam.isPresent()) {
            return new MailUserAttributes.Names(cn, sam.get(), upn);
        }
        return newNames(src, cn)
                .orElseThrow(
                        () -> new IllegalArgumentException("no free sAMAccountName for the existing MEU " + meu.dn()));
    }

    Optional<MailUserAttributes.Names> newNames(SourceMailbox src, String wantedCn) {
        NamingRules rules = new NamingRules(names);
        Optional<String> cn = rules.uniqueCn(profile.mailUserOu(), wantedCn);
        Optional<String> sam = rules.uniqueSamAccountName(
                src.entry().string(AttributeNames.SAM_ACCOUNT_NAME).orElse(src.mailNickname()));
        if (cn.isEmpty() || sam.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sourceUpn = src.entry().string(AttributeNames.USER_PRINCIPAL_NAME);
        Optional<String> upn = sourceUpn.flatMap(u -> rules.uniqueUserPrincipalName(u, cn.get(), sam.get()));
        if (sourceUpn.isPresent() && upn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MailUserAttributes.Names(cn.get(), sam.get(), upn));
    }

    Optional<LegacyExchangeDn> newLegacyExchangeDn(SourceMailbox src) {
        for (int i = 0; i < LEGACY_DN_ATTEMPTS; i++) {
            LegacyExchangeDn candidate = legacyDns.generate(src.mailNickname());
            if (names.isLegacyExchangeDnFree(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
