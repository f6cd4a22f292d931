package io.galbridge.mapping.prestage;

import io.galbridge.mapping.config.DnText;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine's own state model for tests: a map of entries with AD's modify semantics (ADD of a
 * present value and DELETE of an absent one fail; values compare case-insensitively), link
 * back-links computed on read, and forward links to a deleted entry removed. Not an LDAP server.
 */
final class InMemoryDirectory {

    /** Forward link → back-link, as AD maintains them. */
    static final Map<String, String> BACK_LINKS = Map.of(
            "member", "memberOf",
            "manager", "directReports",
            "altRecipient", "altRecipientBL",
            "publicDelegates", "publicDelegatesBL",
            "managedBy", "managedObjects",
            "msExchCoManagedByLink", "msExchCoManagedObjectsBL");

    private final Map<String, String> dns = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Object>>> entries = new LinkedHashMap<>();

    void put(DirectoryEntry entry) {
        Map<String, List<Object>> attrs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String a : entry.attributeNames()) {
            attrs.put(a, new ArrayList<>(AttributeList.valuesOf(entry, a)));
        }
        dns.put(key(entry.dn()), entry.dn());
        entries.put(key(entry.dn()), attrs);
    }

    void apply(EntryChange change) {
        String k = key(change.dn());
        switch (change.kind()) {
            case CREATE -> {
                if (entries.containsKey(k)) {
                    throw new IllegalStateException("entryAlreadyExists: " + change.dn());
                }
                Map<String, List<Object>> attrs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                change.modifications().forEach(m -> attrs.put(m.attribute(), new ArrayList<>(m.values())));
                dns.put(k, change.dn());
                entries.put(k, attrs);
            }
            case MODIFY -> {
                Map<String, List<Object>> attrs = existing(change.dn());
                change.modifications().forEach(m -> modify(change.dn(), attrs, m));
            }
            case DELETE -> {
                existing(change.dn());
                entries.remove(k);
                dns.remove(k);
                for (Map<String, List<Object>> other : entries.values()) {
                    for (String forward : BACK_LINKS.keySet()) {
                        List<Object> values = other.get(forward);
                        if (values != null) {
                            values.removeIf(v -> key(v.toString()).equals(k));
                            if (values.isEmpty()) {
                                other.remove(forward);
                            }
                        }
                    }
                }
            }
            case RENAME -> throw new UnsupportedOperationException("rename");
        }
    }

    private static void modify(String dn, Map<String, List<Object>> attrs, Modification m) {
        List<Object> current = attrs.computeIfAbsent(m.attribute(), a -> new ArrayList<>());
        switch (m.operation()) {
            case ADD -> {
                for (Object v : m.values()) {
                    if (current.stream().anyMatch(c -> same(c, v))) {
                        throw new IllegalStateException(
                                "attributeOrValueExists: " + m.attribute() + "=" + v + " on " + dn);
                    }
                    current.add(v);
                }
            }
            case DELETE -> {
                if (current.isEmpty()) {
                    throw new IllegalStateException("noSuchAttribute: " + m.attribute() + " on " + dn);
                }
                if (m.values().isEmpty()) {
                    current.clear();
                }
                for (Object v : m.values()) {
                    if (!current.removeIf(c -> same(c, v))) {
                        throw new IllegalStateException(
                                "noSuchAttribute value: " + m.attribute() + "=" + v + " on " + dn);
                    }
                }
            }
            case REPLACE -> {
                current.clear();
                current.addAll(m.values());
            }
        }
        if (current.isEmpty()) {
            attrs.remove(m.attribute());
        }
    }

    Optional<DirectoryEntry> read(String dn) {
        Map<String, List<Object>> attrs = entries.get(key(dn));
        if (attrs == null) {
            return Optional.empty();
        }
        DirectoryEntry.Builder b = DirectoryEntry.builder(dns.get(key(dn)));
        attrs.forEach((a, values) -> values.forEach(v -> {
            if (v instanceof byte[] bytes) {
                b.addBytes(a, bytes);
            } else {
                b.add(a, (String) v);
            }
        }));
        entries.forEach((otherKey, other) -> BACK_LINKS.forEach((forward, back) -> {
            for (Object v : other.getOrDefault(forward, List.of())) {
                if (key(v.toString()).equals(key(dn))) {
                    b.add(back, dns.get(otherKey));
                }
            }
        }));
        return Optional.of(b.build());
    }

    /** Every entry below {@code base}, read with back-links. */
    List<DirectoryEntry> below(String base) {
        return dns.values().stream()
                .filter(dn -> DnText.isWithin(dn, base))
                .map(dn -> read(dn).orElseThrow())
                .toList();
    }

    /** The whole state, multi-valued attributes as sorted sets, for comparing outcomes. */
    Map<String, Map<String, List<String>>> snapshot() {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        entries.forEach((k, attrs) -> {
            Map<String, List<String>> a = new TreeMap<>();
            attrs.forEach((name, values) -> a.put(
                    name.toLowerCase(Locale.ROOT),
                    values.stream()
                            .map(v -> v instanceof byte[] bytes
                                    ? "hex:" + HexFormat.of().formatHex(bytes)
                                    : v.toString())
                            .sorted()
                            .toList()));
            out.put(k, a);
        });
        return out;
    }

    private Map<String, List<Object>> existing(String dn) {
        Map<String, List<Object>> attrs = entries.get(key(dn));
        if (attrs == null) {
            throw new IllegalStateException("noSuchObject: " + dn);
        }
        return attrs;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return a.toString().equalsIgnoreCase(b.toString());
    }

    private static String key(String dn) {
        return String.join(",", DnText.components(dn));
    }
}
