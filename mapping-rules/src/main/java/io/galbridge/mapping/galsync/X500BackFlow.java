package io.galbridge.mapping.galsync;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The "backwards" proxyAddresses flow (spec 3.5, 3.9 rule 4; KB 929875): the source object gains
 * {@code X500:<LegDN>} of every replica that represents it elsewhere, so replies to items that carry a
 * replica's address resolve to the source. Only values the source lacks are added, as value-level ADDs,
 * with an exact per-value, case-insensitive presence test (not PMR's substring search, spec 2.16).
 */
public final class X500BackFlow {

    private X500BackFlow() {}

    /**
     * Plans the write-back.
     *
     * @param source the source object
     * @param replicaLegacyDns the replicas' legacyExchangeDNs (read after Exchange stamped them)
     * @return a MODIFY of the source adding the missing X500s, or empty when nothing is missing
     * @throws IllegalArgumentException if the source's proxyAddresses are malformed
     */
    public static Optional<EntryChange> plan(DirectoryEntry source, Collection<LegacyExchangeDn> replicaLegacyDns) {
        ProxyAddressSet present = ProxyAddressSet.parse(source.strings(AttributeNames.PROXY_ADDRESSES));
        Optional<LegacyExchangeDn> own =
                source.string(AttributeNames.LEGACY_EXCHANGE_DN).map(LegacyExchangeDn::parse);
        List<String> added = new ArrayList<>();
        for (LegacyExchangeDn legacyDn : replicaLegacyDns) {
            ProxyAddress x500 = legacyDn.asX500();
            if (own.filter(legacyDn::equals).isEmpty() && !present.containsAddress(x500)) {
                present = present.with(x500);
                added.add(x500.toString());
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EntryChange.modify(
                source.dn(), List.of(Modification.add(AttributeNames.PROXY_ADDRESSES, added.toArray(String[]::new)))));
    }
}
