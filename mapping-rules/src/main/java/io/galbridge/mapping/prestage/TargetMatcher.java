package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which of the candidates the connector found forest-wide are real matches of a source
 * mailbox (spec 2.5, with the 2.16 corrections): first by master SID (never SELF, E8): objectSid or
 * msExchMasterAccountSid equal to it; when nothing matches by SID, by address: any smtp/x500 value
 * shared with the source, the X500 of the source's legacyExchangeDN, or a legacyExchangeDN equal to
 * one of the source's X500s. Every comparison is exact per value and case-insensitive.
 */
public final class TargetMatcher {

    private TargetMatcher() {}

    /**
     * The real matches among {@code candidates}, in order, each DN once.
     *
     * @param source the validated source, never null
     * @param candidates what the connector's searches returned, never null
     */
    public static List<DirectoryEntry> matches(SourceMailbox source, List<DirectoryEntry> candidates) {
        Map<String, DirectoryEntry> distinct = new LinkedHashMap<>();
        for (DirectoryEntry c : candidates) {
            distinct.putIfAbsent(c.dn().toLowerCase(Locale.ROOT), c);
        }
        Optional<SecurityIdentifier> sid = source.correlationSid();
        if (sid.isPresent()) {
            List<DirectoryEntry> bySid = distinct.values().stream()
                    .filter(c -> sid.get().equals(sidOf(c, AttributeNames.OBJECT_SID))
                            || sid.get().equals(sidOf(c, AttributeNames.MASTER_ACCOUNT_SID)))
                    .toList();
            if (!bySid.isEmpty()) {
                return bySid;
            }
        }
        List<ProxyAddress> keys = new ArrayList<>();
        source.proxyAddresses().stream().filter(p -> p.isSmtp() || p.isX500()).forEach(keys::add);
        keys.add(source.legacyExchangeDn().asX500());
        List<LegacyExchangeDn> sourceX500s = new ArrayList<>();
        source.proxyAddresses().stream().filter(ProxyAddress::isX500).forEach(p -> parseLegDn(p.address())
                .ifPresent(sourceX500s::add));
        sourceX500s.add(source.legacyExchangeDn());
        return distinct.values().stream()
                .filter(c -> sharesAddress(c, keys) || hasLegDnAmong(c, sourceX500s))
                .toList();
    }

    private static boolean sharesAddress(DirectoryEntry candidate, List<ProxyAddress> keys) {
        List<ProxyAddress> held = ProxyValues.parseLenient(candidate.strings(AttributeNames.PROXY_ADDRESSES));
        return keys.stream().anyMatch(held::contains);
    }

    private static boolean hasLegDnAmong(DirectoryEntry candidate, List<LegacyExchangeDn> legDns) {
        return candidate.strings(AttributeNames.LEGACY_EXCHANGE_DN).stream()
                .map(TargetMatcher::parseLegDn)
                .flatMap(Optional::stream)
                .anyMatch(legDns::contains);
    }

    private static Optional<LegacyExchangeDn> parseLegDn(String value) {
        try {
            return Optional.of(LegacyExchangeDn.parse(value));
        } catch (IllegalArgumentException e) {
            // An X500 that is not a legacyExchangeDN (e.g. an X.500 O/R form) cannot equal one.
            return Optional.empty();
        }
    }

    private static SecurityIdentifier sidOf(DirectoryEntry candidate, String attribute) {
        List<byte[]> values = candidate.bytesValues(attribute);
        if (values.size() != 1) {
            return null;
        }
        try {
            return SecurityIdentifier.fromBytes(values.get(0));
        } catch (IllegalArgumentException e) {
            // A malformed SID equals no SID.
            return null;
        }
    }
}
