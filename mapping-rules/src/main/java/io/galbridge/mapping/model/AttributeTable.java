package io.galbridge.mapping.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of one {@link DirectoryEntry}, found by name case-insensitively ({@link CaseFold}) without
 * building folded copies of the names asked for: an open-addressing hash table on {@link CaseFold#hash}, probed
 * linearly and compared with {@link CaseFold#equal}. A read of an absent attribute, the common case for the
 * attribute flows, costs one pass over the name. Immutable once built.
 */
final class AttributeTable {

    /**
     * One attribute.
     *
     * @param name the name as first given
     * @param foldHash {@link CaseFold#hash} of the name
     * @param values the values ({@code String} or {@code byte[]}), unmodifiable
     * @param strings the same list typed as strings when every value is a {@code String}, else null
     */
    record Attribute(String name, int foldHash, List<Object> values, List<String> strings) {}

    private final Attribute[] slots;
    private final int size;

    private AttributeTable(Attribute[] slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    /**
     * A table of these attributes.
     *
     * @param names the attribute names, no two equal ignoring case
     * @param values the values of each name, non-empty, in the same order
     */
    static AttributeTable of(List<String> names, List<List<Object>> values) {
        int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2 - 1)) << 1;
        Attribute[] slots = new Attribute[capacity];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int hash = CaseFold.hash(name);
            int slot = spread(hash) & (capacity - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = attribute(name, hash, values.get(i));
        }
        return new AttributeTable(slots, names.size());
    }

    /** The attribute of this name, compared ignoring case; null if absent. */
    Attribute get(String name) {
        int hash = CaseFold.hash(name);
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            Attribute a = slots[slot];
            if (a == null) {
                return null;
            }
            if (a.foldHash() == hash && CaseFold.equal(a.name(), name)) {
                return a;
            }
        }
    }

    /** The names as first given, in no particular order. */
    List<String> names() {
        List<String> out = new ArrayList<>(size);
        for (Attribute a : slots) {
            if (a != null) {
                out.add(a.name());
            }
        }
        return out;
    }

    private static Attribute attribute(String name, int hash, List<Object> values) {
        List<Object> copy = List.copyOf(values);
        for (Object v : copy) {
            if (!(v instanceof String)) {
                return new Attribute(name, hash, copy, null);
            }
        }
        return new Attribute(name, hash, copy, asStrings(copy));
    }

    /** The list itself, typed as strings: every element was checked to be a {@code String}, and it is immutable. */
    @SuppressWarnings("unchecked")
    private static List<String> asStrings(List<Object> strings) {
        return (List<String>) (List<?>) strings;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
