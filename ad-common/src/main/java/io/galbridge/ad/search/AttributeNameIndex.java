package io.galbridge.ad.search;

import java.util.Map;
import java.util.Objects;

/**
 * A fixed table from LDAP attribute names to values, looked up case-insensitively without case-folding the name
 * per lookup: the keys are folded once, when the table is built, and a lookup computes the folded hash of the
 * name in place and compares with {@link String#equalsIgnoreCase}. It serves the per-entry, per-attribute lookups
 * of a connector (which catalog attribute, which value kind, is it a classifier input), where a {@code
 * toLowerCase} per attribute or a {@link String#CASE_INSENSITIVE_ORDER} tree would cost an allocation or a
 * dozen comparisons each time. A server may spell a name in any case ({@code proxyAddresses}, {@code
 * PROXYADDRESSES}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the value type
 */
public final class AttributeNameIndex<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    private AttributeNameIndex(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /**
     * Builds the table.
     *
     * @param entries the names and their values; no null key or value, no two keys equal ignoring case
     * @return the table
     * @throws IllegalArgumentException naming both keys if two are equal ignoring case
     */
    public static <V> AttributeNameIndex<V> of(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1) * 2 - 1);
        String[] keys = new String[capacity];
        Object[] values = new Object[capacity];
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "attribute name");
            Object value = Objects.requireNonNull(e.getValue(), () -> "value of " + key);
            int slot = foldedHash(key) & (capacity - 1);
            while (keys[slot] != null) {
                if (keys[slot].equalsIgnoreCase(key)) {
                    throw new IllegalArgumentException(
                            "attribute names " + keys[slot] + " and " + key + " differ only in case");
                }
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            values[slot] = value;
        }
        return new AttributeNameIndex<>(keys, values);
    }

    /**
     * The value of a name, in any case.
     *
     * @param name an attribute name as a server or host spells it; not null
     * @return the value, or null when the name is not in the table
     */
    @SuppressWarnings("unchecked")
    public V get(String name) {
        for (int slot = foldedHash(name) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equalsIgnoreCase(name)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /**
     * A hash that is equal for any two names {@link String#equalsIgnoreCase} finds equal: each character folded
     * the way that method compares it (upper then lower case), with a fast path for ASCII.
     */
    private static int foldedHash(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
            } else {
                c = Character.toLowerCase(Character.toUpperCase(c));
            }
            h = 31 * h + c;
        }
        return h ^ (h >>> 16);
    }
}
