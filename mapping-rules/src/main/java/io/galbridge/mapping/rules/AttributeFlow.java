package io.galbridge.mapping.rules;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One direct attribute flow from a source object to its replica: copy a source attribute, or write a
 * constant, then apply the transforms in order. Values that end up empty are dropped; an attribute
 * with no values is removed from the replica. Immutable.
 *
 * <p>Binary attributes ({@link #BINARY_ATTRIBUTES}) are copied as raw bytes and take no transforms.
 *
 * @param target the replica attribute written; never null
 * @param source the source attribute copied; null for a constant flow
 * @param constant the constant written; null for a copy flow
 * @param transforms the transforms applied to each value, in order; never null
 */
public record AttributeFlow(String target, String source, String constant, List<ValueTransform> transforms) {

    /** Attributes whose values are octet strings; copied as bytes. */
    public static final Set<String> BINARY_ATTRIBUTES = Set.of(
            "thumbnailphoto",
            "thumbnaillogo",
            "photo",
            "usercertificate",
            "usersmimecertificate",
            "usercert",
            "msexchumspokenname",
            "msexchsafesendershash",
            "msexchsaferecipientshash",
            "msexchblockedsendershash");

    /** For every attribute of the {@link AttributeSet}s, spelled as there: whether it is binary. */
    private static final Map<String, Boolean> BINARY_BY_SET_SPELLING = binaryBySetSpelling();

    /** Validates; see the record contract. */
    public AttributeFlow {
        Objects.requireNonNull(target, "flow target attribute");
        if ((source == null) == (constant == null)) {
            throw new IllegalArgumentException(
                    "Flow to " + target + " needs exactly one of a source attribute or a constant");
        }
        transforms = List.copyOf(Objects.requireNonNull(transforms, "transforms"));
        if (source != null && BINARY_ATTRIBUTES.contains(source.toLowerCase(Locale.ROOT)) && !transforms.isEmpty()) {
            throw new IllegalArgumentException("Flow to " + target + ": binary attributes take no transforms");
        }
    }

    /** A plain copy of the attribute of the same name. */
    public static AttributeFlow copy(String attribute) {
        return new AttributeFlow(attribute, attribute, null, List.of());
    }

    /** A constant value. */
    public static AttributeFlow constant(String target, String value) {
        return new AttributeFlow(target, null, value, List.of());
    }

    /** Whether the flow copies binary values. */
    public boolean isBinary() {
        return source != null && isBinaryName(source);
    }

    /** {@code BINARY_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT))}, without a lower-cased copy for ASCII. */
    private static boolean isBinaryName(String name) {
        Boolean known = BINARY_BY_SET_SPELLING.get(name);
        if (known != null) {
            return known;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return BINARY_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT));
            }
        }
        for (String binary : BINARY_ATTRIBUTES) {
            if (binary.equalsIgnoreCase(name)) { // ASCII: the same as comparing lower-cased copies
                return true;
            }
        }
        return false;
    }

    private static Map<String, Boolean> binaryBySetSpelling() {
        Map<String, Boolean> out = new HashMap<>();
        for (AttributeSet set : AttributeSet.values()) {
            set.attributes().forEach(a -> out.put(a, BINARY_ATTRIBUTES.contains(a.toLowerCase(Locale.ROOT))));
        }
        return Map.copyOf(out);
    }

    /**
     * The values this flow writes for {@code entry}: {@code String}s, or {@code byte[]}s for binary
     * attributes; empty means "no value" (remove the attribute on the replica).
     */
    public List<Object> apply(DirectoryEntry entry) {
        if (isBinary()) {
            return List.copyOf(entry.bytesValues(source));
        }
        List<String> in = constant != null ? List.of(constant) : entry.strings(source);
        if (in.isEmpty()) {
            return List.of();
        }
        if (transforms.isEmpty() && !in.contains("")) {
            return List.copyOf(in); // already immutable: the same values, not copied again
        }
        List<Object> out = new ArrayList<>(in.size());
        for (String value : in) {
            String v = value;
            for (ValueTransform t : transforms) {
                v = t.apply(v);
            }
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }
}
