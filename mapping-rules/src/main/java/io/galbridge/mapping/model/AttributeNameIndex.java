package io.galbridge.mapping.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed table from LDAP attribute names to values, looked up case-insensitively without folding the name asked
 * for into a new string: an open-addressing hash table on {@link CaseFold#hash}, probed linearly and compared with
 * {@link CaseFold#equal} (the per-character rule of {@link String#equalsIgnoreCase}). A server or host may spell a
 * name in any case ({@code proxyAddresses}, {@code PROXYADDRESSES}). It serves the per-object, per-attribute
 * lookups of the rules and the connectors (the attributes of a {@link DirectoryEntry}, which catalog attribute a
 * name is, whether it is a classifier input), where a {@code toLowerCase} per lookup or a {@link
 * String#CASE_INSENSITIVE_ORDER} tree would cost an allocation or a dozen comparisons each time; a name that is
 * absent, the common case for the attribute flows, costs one pass over it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the value type
 */
public final class AttributeNameIndex<V> {

    private final String[] names;
    private final int[] hashes;
    private final Object[] values;
    private final int size;

    private AttributeNameIndex(String[] names, int[] hashes, Object[] values, int size) {
        this.names = names;
        this.hashes = hashes;
        this.values = values;
        this.size = size;
    }

    /**
     * The table of these names and values.
     *
     * @param entries the names and their values; no null name or value, no two names equal ignoring case
     * @return the table
     * @throws IllegalArgumentException naming both names if two are equal ignoring case
     */
    public static <V> AttributeNameIndex<V> of(Map<String, ? extends V> entries) {
        List<String> names = new ArrayList<>(entries.size());
        List<V> values = new ArrayList<>(entries.size());
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "attribute name");
            names.add(name);
            values.add(Objects.requireNonNull(e.getValue(), () -> "value of " + name));
        }
        return of(names, values, true);
    }

    /**
     * The table of these names and values, for a caller that already keeps the names distinct ignoring case.
     *
     * @param names the names, no two equal ignoring case; not null
     * @param values the value of each name, in the same order; no null
     */
    static <V> AttributeNameIndex<V> ofDistinct(List<String> names, List<? extends V> values) {
        return of(names, values, false);
    }

    private static <V> AttributeNameIndex<V> of(List<String> names, List<? extends V> values, boolean check) {
        int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2 - 1)) << 1;
        int mask = capacity - 1;
        String[] slotNames = new String[capacity];
        int[] slotHashes = new int[capacity];
        Object[] slotValues = new Object[capacity];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int hash = CaseFold.hash(name);
            int slot = spread(hash) & mask;
            while (slotNames[slot] != null) {
                if (check && slotHashes[slot] == hash && CaseFold.equal(slotNames[slot], name)) {
                    throw new IllegalArgumentException(
                            "attribute names " + slotNames[slot] + " and " + name + " differ only in case");
                }
                slot = (slot + 1) & mask;
            }
            slotNames[slot] = name;
            slotHashes[slot] = hash;
            slotValues[slot] = values.get(i);
        }
        return new AttributeNameIndex<>(slotNames, slotHashes, slotValues, names.size());
    }

    /**
     * The value of a name, in any case.
     *
     * @param name an attribute name as a server or host spells it; not null
     * @return the value, or null when the name is not in the table
     */
    @SuppressWarnings("unchecked")
    public V get(String name) {
        int hash = CaseFold.hash(name);
        int mask = names.length - 1;
        for (int slot = spread(hash) & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && CaseFold.equal(names[slot], name)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** The names as given to the table, in no particular order; a new modifiable list. */
    public List<String> names() {
        List<String> out = new ArrayList<>(size);
        for (String name : names) {
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
