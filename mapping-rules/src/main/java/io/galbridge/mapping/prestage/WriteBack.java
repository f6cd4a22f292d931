package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What pre-staging adds to the source mailbox's proxyAddresses (spec 2.11): lower-case {@code
 * x500:} addresses of the legacyExchangeDNs the target objects carry. Only value-level ADDs of
 * values not already present (exact per-value, case-insensitive test), so it is idempotent and never
 * sends a duplicate AD would reject (2.16).
 *
 * @param sourceDn the source mailbox's DN, never null
 * @param x500Addresses the X500 addresses the source must hold, never null, without duplicates
 */
public record WriteBack(String sourceDn, List<ProxyAddress> x500Addresses) {

    /** Copies the list, dropping case-insensitive duplicates. */
    public WriteBack {
        Objects.requireNonNull(sourceDn, "sourceDn");
        List<ProxyAddress> distinct = new ArrayList<>();
        for (ProxyAddress p : x500Addresses) {
            if (!distinct.contains(p)) {
                distinct.add(p);
            }
        }
        x500Addresses = List.copyOf(distinct);
    }

    /** Lower-case {@code x500:<legacyExchangeDN>}, the spelling PMR writes. */
    public static ProxyAddress x500(LegacyExchangeDn legacyExchangeDn) {
        return new ProxyAddress("x500", legacyExchangeDn.value());
    }

    /** The addresses of {@link #x500Addresses()} the observed source lacks. */
    public List<ProxyAddress> missingFrom(DirectoryEntry observedSource) {
        List<ProxyAddress> present = ProxyValues.parseLenient(observedSource.strings(AttributeNames.PROXY_ADDRESSES));
        return x500Addresses.stream().filter(p -> !present.contains(p)).toList();
    }

    /**
     * The change that completes the write-back on the observed source.
     *
     * @return empty when the source already holds every address
     */
    public Optional<EntryChange> changeFor(DirectoryEntry observedSource) {
        List<ProxyAddress> missing = missingFrom(observedSource);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String[] values = missing.stream().map(ProxyAddress::toString).toArray(String[]::new);
        return Optional.of(
                EntryChange.modify(sourceDn, List.of(Modification.add(AttributeNames.PROXY_ADDRESSES, values))));
    }
}
