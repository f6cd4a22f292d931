package io.galbridge.mapping.galsync;

import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Value-level proxyAddresses changes on an existing replica that keep every value galbridge did not
 * author (E19: Azure AD Connect's ExchangeLabs X500s, addresses an email address policy stamped, ...).
 *
 * <p>The result set is the existing values, minus the values galbridge authored earlier that are no
 * longer wanted, merged with the wanted values by GALSync's rules ({@link ProxyAddressSet#with}), so
 * the wanted primary SMTP wins and a foreign primary is demoted. The changes are the exact stored
 * strings to delete (first) and to add; a role change ({@code SMTP:a} → {@code smtp:a}) is a delete
 * of the old string and an add of the new one.
 *
 * @param result the proxyAddresses after the change
 * @param modifications the DELETE then ADD modifications; empty when nothing changes
 */
public record ProxyPlan(ProxyAddressSet result, List<Modification> modifications) {

    /** Copies the list. */
    public ProxyPlan {
        modifications = List.copyOf(modifications);
    }

    /**
     * Plans the change.
     *
     * @param existing the replica's stored values (strict: see {@link ProxyAddressSet#parse})
     * @param wanted the values galbridge wants now
     * @param authored the values galbridge wrote earlier (its ledger); values not listed are foreign and
     *     never removed
     * @throws IllegalArgumentException if a stored value is malformed
     */
    public static ProxyPlan plan(Collection<String> existing, ProxyAddressSet wanted, Collection<String> authored) {
        ProxyAddressSet before = ProxyAddressSet.parse(existing);
        ProxyAddressSet after = before;
        for (String value : authored) {
            ProxyAddress old = ProxyAddress.parse(value);
            if (!wanted.containsAddress(old)) {
                after = after.without(old);
            }
        }
        after = after.withAll(wanted);
        Set<String> beforeExact = new HashSet<>(before.values());
        Set<String> afterExact = new HashSet<>(after.values());
        List<String> deletes = new ArrayList<>();
        for (String v : before.values()) {
            if (!afterExact.contains(v)) {
                deletes.add(v);
            }
        }
        List<String> adds = new ArrayList<>();
        for (String v : after.values()) {
            if (!beforeExact.contains(v)) {
                adds.add(v);
            }
        }
        List<Modification> mods = new ArrayList<>();
        if (!deletes.isEmpty()) {
            mods.add(Modification.delete("proxyAddresses", deletes.toArray(String[]::new)));
        }
        if (!adds.isEmpty()) {
            mods.add(Modification.add("proxyAddresses", adds.toArray(String[]::new)));
        }
        return new ProxyPlan(after, mods);
    }
}
