package io.galbridge.cli.e2e;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.TestForest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What galbridge runs left in the forests, read back over LDAP and normalised so that two runs on
 * identically seeded forests compare equal although the servers generate different objectGUIDs and the
 * target connector draws a random suffix for every legacyExchangeDN it generates: replicas are keyed by
 * their source recipient's DN, and every {@code X500:} address under the target's generated prefix reads
 * {@code X500:/o=Tgt/(generated)}.
 *
 * @param replicas the owned target objects (marked contacts and mail users) by source DN (normalised);
 *     never null
 * @param sourceProxies every source recipient's proxyAddresses (sorted, normalised) by source DN; never null
 * @param sourceLegacyDns every source recipient's legacyExchangeDN by source DN; never null
 * @param problems duplicates (two replicas of one source), orphans (a mark naming no source recipient) and
 *     incomplete X500 back-flow (a replica's legacyExchangeDN missing from its source); never null
 */
record DirectoryState(
        Map<String, Replica> replicas,
        Map<String, List<String>> sourceProxies,
        Map<String, String> sourceLegacyDns,
        List<String> problems) {

    /** The prefix of the legacyExchangeDNs the target connector generates in these tests' configuration. */
    static final String GENERATED_PREFIX = "/o=Tgt/";

    /**
     * One owned target object.
     *
     * @param objectClass {@code contact} or {@code user}
     * @param dn the object's DN, normalised
     * @param proxyAddresses sorted, generated X500s replaced
     * @param targetAddress the targetAddress, or null
     * @param displayName the displayName, or null
     * @param homeMdb the homeMDB (a mail user that became a mailbox), normalised, or null
     */
    record Replica(
            String objectClass,
            String dn,
            List<String> proxyAddresses,
            String targetAddress,
            String displayName,
            String homeMdb) {}

    /** Reads the state of the given sources and the target. */
    static DirectoryState read(List<TestForest> sources, TestForest target) throws LDAPException {
        OwnershipMarker marker = new OwnershipMarker(DemoEstate.OWNERSHIP_ATTRIBUTE);
        Map<String, String> sourceByMark = new HashMap<>();
        Map<String, List<String>> sourceProxies = new TreeMap<>();
        Map<String, List<String>> rawSourceProxies = new HashMap<>();
        Map<String, String> sourceLegacyDns = new TreeMap<>();
        for (TestForest source : sources) {
            try (LDAPConnection s = source.connect()) {
                for (SearchResultEntry e : s.search(
                                source.baseDn().toString(),
                                SearchScope.SUB,
                                Filter.createPresenceFilter("proxyAddresses"),
                                "objectGUID",
                                "proxyAddresses",
                                "legacyExchangeDN")
                        .getSearchEntries()) {
                    String dn = normalised(e.getDN());
                    sourceByMark.put(
                            marker.value(
                                    source.spec().dnsName(),
                                    ExchangeGuid.fromBytes(e.getAttributeValueBytes("objectGUID"))),
                            dn);
                    List<String> proxies = List.of(e.getAttributeValues("proxyAddresses"));
                    rawSourceProxies.put(dn, proxies);
                    sourceProxies.put(dn, normalisedProxies(proxies));
                    sourceLegacyDns.put(dn, e.getAttributeValue("legacyExchangeDN"));
                }
            }
        }
        Map<String, Replica> replicas = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (LDAPConnection t = target.connect()) {
            for (SearchResultEntry e : t.search(
                            target.baseDn().toString(),
                            SearchScope.SUB,
                            Filter.createSubstringFilter(
                                    DemoEstate.OWNERSHIP_ATTRIBUTE, OwnershipMarker.PREFIX, null, null),
                            DemoEstate.OWNERSHIP_ATTRIBUTE,
                            "objectClass",
                            "proxyAddresses",
                            "targetAddress",
                            "displayName",
                            "legacyExchangeDN",
                            "homeMDB")
                    .getSearchEntries()) {
                String mark = e.getAttributeValue(DemoEstate.OWNERSHIP_ATTRIBUTE);
                String source = sourceByMark.get(mark);
                if (source == null) {
                    problems.add("orphan: " + e.getDN() + " carries " + mark + ", which names no source recipient");
                    continue;
                }
                Replica replica = new Replica(
                        e.hasObjectClass("contact") ? "contact" : "user",
                        normalised(e.getDN()),
                        normalisedProxies(valuesOf(e, "proxyAddresses")),
                        e.getAttributeValue("targetAddress"),
                        e.getAttributeValue("displayName"),
                        e.getAttributeValue("homeMDB") == null ? null : normalised(e.getAttributeValue("homeMDB")));
                Replica earlier = replicas.put(source, replica);
                if (earlier != null) {
                    problems.add("duplicate: " + earlier.dn() + " and " + replica.dn() + " both replicate " + source);
                }
                String legacy = e.getAttributeValue("legacyExchangeDN");
                if (legacy != null
                        && rawSourceProxies.get(source).stream().noneMatch(p -> p.equalsIgnoreCase("X500:" + legacy))) {
                    problems.add("X500 back-flow incomplete: " + source + " lacks X500:" + legacy + " of " + e.getDN());
                }
            }
        }
        return new DirectoryState(replicas, sourceProxies, sourceLegacyDns, List.copyOf(problems));
    }

    /**
     * What differs from {@code expected}, one line per source recipient whose replica, proxyAddresses or
     * legacyExchangeDN differ; empty when the states are equal.
     */
    List<String> differencesFrom(DirectoryState expected) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(replicas.keySet());
        keys.addAll(expected.replicas.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(replicas.get(k), expected.replicas.get(k))) {
                out.add("replica of " + k + ": expected " + expected.replicas.get(k) + " but was " + replicas.get(k));
            }
        }
        keys = new java.util.TreeSet<>(sourceProxies.keySet());
        keys.addAll(expected.sourceProxies.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(sourceProxies.get(k), expected.sourceProxies.get(k))) {
                out.add("proxyAddresses of " + k + ": expected " + expected.sourceProxies.get(k) + " but was "
                        + sourceProxies.get(k));
            }
            if (!java.util.Objects.equals(sourceLegacyDns.get(k), expected.sourceLegacyDns.get(k))) {
                out.add("legacyExchangeDN of " + k + ": expected " + expected.sourceLegacyDns.get(k) + " but was "
                        + sourceLegacyDns.get(k));
            }
        }
        if (!problems.equals(expected.problems)) {
            out.add("problems: expected " + expected.problems + " but was " + problems);
        }
        return out;
    }

    /** The replicas of one class. */
    List<Replica> replicasOfClass(String objectClass) {
        return replicas.values().stream()
                .filter(r -> r.objectClass().equals(objectClass))
                .toList();
    }

    /** The replica of a source recipient, or null. */
    Replica replicaOf(String sourceDn) {
        return replicas.get(normalised(sourceDn));
    }

    /** The proxy addresses of a source recipient (normalised), or null. */
    List<String> proxiesOf(String sourceDn) {
        return sourceProxies.get(normalised(sourceDn));
    }

    static String normalised(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            throw new IllegalArgumentException("not a DN: " + dn, e);
        }
    }

    private static List<String> valuesOf(SearchResultEntry e, String attribute) {
        String[] values = e.getAttributeValues(attribute);
        return values == null ? List.of() : List.of(values);
    }

    private static List<String> normalisedProxies(List<String> proxies) {
        List<String> out = new ArrayList<>();
        for (String p : proxies) {
            int colon = p.indexOf(':');
            boolean generated = colon > 0
                    && p.substring(0, colon).equalsIgnoreCase("X500")
                    && p.substring(colon + 1)
                            .toLowerCase(Locale.ROOT)
                            .startsWith(GENERATED_PREFIX.toLowerCase(Locale.ROOT));
            out.add(generated ? p.substring(0, colon + 1) + GENERATED_PREFIX + "(generated)" : p);
        }
        out.sort(null);
        return List.copyOf(out);
    }
}
