package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An ordered attribute → values map that becomes {@code REPLACE} modifications; single use. */
final class AttributeList {

    private final Map<String, Modification> byName = new LinkedHashMap<>();

    /** Sets the attribute to these values (String or byte[]), replacing what was set before. */
    AttributeList put(String attribute, List<?> values) {
        if (!values.isEmpty()) {
            byName.put(
                    attribute.toLowerCase(Locale.ROOT),
                    new Modification(attribute, Modification.Operation.REPLACE, List.copyOf(values)));
        }
        return this;
    }

    /** Sets the attribute to one string value. */
    AttributeList put(String attribute, String value) {
        return put(attribute, List.of(value));
    }

    /** Copies each attribute {@code from} has (bytes for binary attributes, strings otherwise). */
    AttributeList copy(DirectoryEntry from, List<String> attributes) {
        for (String a : attributes) {
            put(a, valuesOf(from, a));
        }
        return this;
    }

    /** Whether the attribute is set. */
    boolean has(String attribute) {
        return byName.containsKey(attribute.toLowerCase(Locale.ROOT));
    }

    /** The modifications in insertion order. */
    List<Modification> toModifications() {
        return List.copyOf(byName.values());
    }

    /** The values of {@code attribute} on {@code entry}, as bytes for binary attributes. */
    static List<Object> valuesOf(DirectoryEntry entry, String attribute) {
        List<Object> out = new ArrayList<>();
        if (PrestageAttributes.isBinary(attribute)) {
            out.addAll(entry.bytesValues(attribute));
        } else {
            out.addAll(entry.strings(attribute));
        }
        return out;
    }

    /** Whether {@code entry} holds exactly the values of {@code desired} (a REPLACE), in order. */
    static boolean holds(DirectoryEntry entry, Modification desired) {
        List<Object> current = valuesOf(entry, desired.attribute());
        List<Object> wanted = desired.values();
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            Object w = wanted.get(i);
            Object c = current.get(i);
            boolean same = w instanceof byte[] wb
                    ? Arrays.equals(
                            wb,
                            c instanceof byte[] cb
                                    ? cb
                                    : c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : w.equals(c instanceof byte[] cb ? new String(cb, java.nio.charset.StandardCharsets.UTF_8) : c);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
