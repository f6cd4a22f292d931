package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.DnText;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.rules.AttributeFlow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes a replica of one source object should carry (spec 3.5, 3.9 rule 3), apart from the
 * CN, objectClass, legacyExchangeDN and the ownership mark, which depend on the replica's life cycle.
 *
 * @param values attribute name → wanted values ({@code String} or {@code byte[]}); an empty list means
 *     "the replica must not have this attribute"; insertion-ordered, unmodifiable
 * @param proxyAddresses the wanted proxyAddresses
 */
public record ReplicaAttributes(Map<String, List<Object>> values, ProxyAddressSet proxyAddresses) {

    /** Copies the map. */
    public ReplicaAttributes {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Computes the wanted attributes.
     *
     * @param source the source object (in scope)
     * @param kind its kind
     * @param sourceForest the source forest
     * @param targetForest the target forest (its delegation flag decides the ACL-able bit and master SID)
     * @param flows the direct flows in effect
     * @param otherReplicaLegacyDns the LegDNs of the object's replicas elsewhere
     * @param ownLegacyDn the replica's own LegDN, left out of its X500s; null for a new replica
     * @throws IllegalArgumentException when the targetAddress cannot be chosen or a value is malformed
     */
    public static ReplicaAttributes of(
            DirectoryEntry source,
            GalSourceKind kind,
            ForestProfile sourceForest,
            ForestProfile targetForest,
            List<AttributeFlow> flows,
            List<LegacyExchangeDn> otherReplicaLegacyDns,
            LegacyExchangeDn ownLegacyDn) {
        Map<String, List<Object>> out = new LinkedHashMap<>((flows.size() + 8) * 4 / 3 + 1);
        for (AttributeFlow flow : flows) {
            out.put(flow.target(), flow.apply(source));
        }
        out.put(
                AttributeNames.MAIL_NICKNAME,
                List.of(source.string(AttributeNames.MAIL_NICKNAME).orElseThrow()));
        out.put(
                AttributeNames.TARGET_ADDRESS,
                List.of(ReplicaTargetAddress.choose(source, kind, sourceForest).value()));
        String originatingForest = DnText.dnsNameFromDcComponents(source.dn());
        out.put(
                AttributeNames.ORIGINATING_FOREST,
                List.of(originatingForest.isEmpty() ? sourceForest.forestName() : originatingForest));
        out.put(
                AttributeNames.RECIPIENT_DISPLAY_TYPE,
                List.of(ReplicaDisplayType.of(source, kind, targetForest.crossForestDelegation())
                        .toLdapString()));
        boolean mapi = source.has(AttributeNames.HOME_MDB)
                || source.booleanValue("mAPIRecipient").orElse(false);
        out.put("mAPIRecipient", List.of(mapi ? "TRUE" : "FALSE"));
        if (targetForest.crossForestDelegation()) {
            out.put(
                    AttributeNames.MASTER_ACCOUNT_SID,
                    ReplicaDisplayType.masterAccountSid(source, kind)
                            .<List<Object>>map(s -> List.of(s.toBytes()))
                            .orElse(List.of()));
        }
        return new ReplicaAttributes(out, proxies(source, otherReplicaLegacyDns, ownLegacyDn));
    }

    /**
     * The source's proxyAddresses merged (spec 3.6) with {@code X500:<source LegDN>} and the X500 of
     * every other replica's LegDN, without the replica's own LegDN.
     */
    static ProxyAddressSet proxies(
            DirectoryEntry source, List<LegacyExchangeDn> otherReplicaLegacyDns, LegacyExchangeDn ownLegacyDn) {
        ProxyAddressSet merged = ProxyAddressSet.empty();
        for (String value : source.strings(AttributeNames.PROXY_ADDRESSES)) {
            merged = merged.with(io.galbridge.mapping.model.ProxyAddress.parse(value));
        }
        merged = merged.with(LegacyExchangeDn.parse(
                        source.string(AttributeNames.LEGACY_EXCHANGE_DN).orElseThrow())
                .asX500());
        for (LegacyExchangeDn other : otherReplicaLegacyDns) {
            merged = merged.with(other.asX500());
        }
        return ownLegacyDn == null ? merged : merged.without(ownLegacyDn.asX500());
    }
}
