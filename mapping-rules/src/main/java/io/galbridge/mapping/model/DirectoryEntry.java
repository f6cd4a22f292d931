package io.galbridge.mapping.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A directory object as the rules engine sees it, independent of any LDAP library: its DN, its
 * objectGUID if known, and its attributes. Connectors build it from LDAP entries.
 *
 * <p>Attribute names are matched case-insensitively. Each attribute holds a non-empty list of
 * values, each a {@link String} or a {@code byte[]}; byte arrays are copied in and out, so
 * instances are immutable. String getters decode byte values as UTF-8; byte getters encode string
 * values as UTF-8. Absent attributes give empty results, never {@code null}.
 */
public final class DirectoryEntry {

    private final String dn;
    private final ExchangeGuid objectGuid;
    private final AttributeNameIndex<Held> attributes;

    private DirectoryEntry(String dn, ExchangeGuid objectGuid, AttributeNameIndex<Held> attributes) {
        this.dn = dn;
        this.objectGuid = objectGuid;
        this.attributes = attributes;
    }

    /**
     * Starts a builder for the entry with this DN.
     *
     * @param dn the entry's distinguished name, never null or blank
     */
    public static Builder builder(String dn) {
        return new Builder(dn);
    }

    /** The distinguished name as given. */
    public String dn() {
        return dn;
    }

    /** The objectGUID: the one given to the builder, or else the objectGUID attribute if present. */
    public Optional<ExchangeGuid> objectGuid() {
        return objectGuid != null ? Optional.of(objectGuid) : guid(AttributeNames.OBJECT_GUID);
    }

    /** The attribute names present, in case-insensitive order, as first given. */
    public Set<String> attributeNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(sortedNames()));
    }

    /** Whether the attribute has at least one value. */
    public boolean has(String attribute) {
        return held(attribute) != null;
    }

    /** All values as strings (byte values decoded as UTF-8), in order; empty if absent. */
    public List<String> strings(String attribute) {
        Held held = held(attribute);
        if (held == null) {
            return List.of();
        }
        if (held.strings() != null) {
            return held.strings();
        }
        List<String> out = new ArrayList<>(held.values().size());
        for (Object v : held.values()) {
            out.add(v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) v);
        }
        return List.copyOf(out);
    }

    /**
     * The single value as a string.
     *
     * @throws IllegalArgumentException if the attribute has more than one value
     */
    public Optional<String> string(String attribute) {
        List<String> values = strings(attribute);
        return values.isEmpty() ? Optional.empty() : Optional.of(single(attribute, values));
    }

    /**
     * The single value as a signed 64-bit decimal integer.
     *
     * @throws IllegalArgumentException if there is more than one value or it is not an integer
     */
    public OptionalLong longValue(String attribute) {
        Optional<String> s = string(attribute);
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s.get().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Attribute " + attribute + " of " + dn + " is not an integer: '" + s.get() + "'", e);
        }
    }

    /**
     * The single value as an LDAP Boolean ({@code TRUE}/{@code FALSE}, any case).
     *
     * @throws IllegalArgumentException if there is more than one value or it is not a Boolean
     */
    public Optional<Boolean> booleanValue(String attribute) {
        Optional<String> s = string(attribute);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().equalsIgnoreCase("TRUE")) {
            return Optional.of(true);
        }
        if (s.get().equalsIgnoreCase("FALSE")) {
            return Optional.of(false);
        }
        throw new IllegalArgumentException(
                "Attribute " + attribute + " of " + dn + " is not a Boolean (TRUE/FALSE): '" + s.get() + "'");
    }

    /** All values as bytes (copies; string values encoded as UTF-8), in order; empty if absent. */
    public List<byte[]> bytesValues(String attribute) {
        List<byte[]> out = new ArrayList<>();
        for (Object v : values(attribute)) {
            out.add(v instanceof byte[] b ? b.clone() : ((String) v).getBytes(StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The single value as bytes (a copy).
     *
     * @throws IllegalArgumentException if the attribute has more than one value
     */
    public Optional<byte[]> bytes(String attribute) {
        List<byte[]> values = bytesValues(attribute);
        return values.isEmpty() ? Optional.empty() : Optional.of(single(attribute, values));
    }

    /**
     * The single binary value as a GUID.
     *
     * @throws IllegalArgumentException if there is more than one value or it is not 16 bytes
     */
    public Optional<ExchangeGuid> guid(String attribute) {
        return bytes(attribute).map(b -> {
            try {
                return ExchangeGuid.fromBytes(b);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Attribute " + attribute + " of " + dn + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The single binary value as a SID.
     *
     * @throws IllegalArgumentException if there is more than one value or it is not a binary SID
     */
    public Optional<SecurityIdentifier> sid(String attribute) {
        return bytes(attribute).map(b -> {
            try {
                return SecurityIdentifier.fromBytes(b);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Attribute " + attribute + " of " + dn + ": " + e.getMessage(), e);
            }
        });
    }

    /** The objectClass values, lower-cased with {@link Locale#ROOT}. */
    public Set<String> objectClasses() {
        Set<String> out = new LinkedHashSet<>();
        for (String s : strings(AttributeNames.OBJECT_CLASS)) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /** Whether objectClass contains {@code objectClass}, case-insensitively (both lower-cased with {@link Locale#ROOT}). */
    public boolean hasObjectClass(String objectClass) {
        String wanted = objectClass.toLowerCase(Locale.ROOT);
        for (String s : strings(AttributeNames.OBJECT_CLASS)) {
            if (lowerCaseEquals(s, wanted)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.toLowerCase(Locale.ROOT).equals(lower)}, without the copy when {@code s} is ASCII. */
    private static boolean lowerCaseEquals(String s, String lower) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.toLowerCase(Locale.ROOT).equals(lower);
            }
        }
        if (s.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private List<Object> values(String attribute) {
        Held held = held(attribute);
        return held == null ? List.of() : held.values();
    }

    /** The attribute, or null if absent. */
    private Held held(String attribute) {
        return attributes.get(Objects.requireNonNull(attribute, "attribute name"));
    }

    private List<String> sortedNames() {
        List<String> names = attributes.names();
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    private <T> T single(String attribute, List<T> values) {
        if (values.size() > 1) {
            throw new IllegalArgumentException(
                    "Attribute " + attribute + " of " + dn + " has " + values.size() + " values, expected one");
        }
        return values.get(0);
    }

    @Override
    public String toString() {
        return "DirectoryEntry[" + dn + ", attributes=" + sortedNames() + "]";
    }

    /**
     * The values of one attribute.
     *
     * @param values the values ({@code String} or {@code byte[]}), unmodifiable, not empty
     * @param strings the same list typed as strings when every value is a {@code String}, else null
     */
    private record Held(List<Object> values, List<String> strings) {

        static Held of(List<Object> values) {
            List<Object> copy = List.copyOf(values);
            for (Object v : copy) {
                if (!(v instanceof String)) {
                    return new Held(copy, null);
                }
            }
            return new Held(copy, asStrings(copy));
        }

        /** The list itself, typed as strings: every element was checked to be a {@code String}, and it is immutable. */
        @SuppressWarnings("unchecked")
        private static List<String> asStrings(List<Object> strings) {
            return (List<String>) (List<?>) strings;
        }
    }

    /** Collects the parts of a {@link DirectoryEntry}; not thread-safe, single use. */
    public static final class Builder {
        private final String dn;
        private ExchangeGuid objectGuid;
        /** The values of each attribute, under the first name given for it; names match ignoring case. */
        private final Map<FoldedName, Pending> attributes = new HashMap<>();

        private Builder(String dn) {
            Objects.requireNonNull(dn, "entry DN");
            if (dn.isBlank()) {
                throw new IllegalArgumentException("Entry DN must not be blank");
            }
            this.dn = dn;
        }

        /** Sets the objectGUID. */
        public Builder objectGuid(ExchangeGuid guid) {
            this.objectGuid = Objects.requireNonNull(guid, "objectGUID");
            return this;
        }

        /** Adds string values to an attribute (appending to values already added). */
        public Builder add(String attribute, String... values) {
            return addAll(attribute, Arrays.asList(values));
        }

        /** Adds string values to an attribute (appending to values already added). */
        public Builder addAll(String attribute, List<String> values) {
            List<Object> held = null;
            for (String v : values) {
                Objects.requireNonNull(v, "value of " + attribute);
                held = held == null ? valuesOf(attribute) : held;
                held.add(v);
            }
            return this;
        }

        /** Replaces all values of an attribute with these string values. */
        public Builder set(String attribute, String... values) {
            remove(attribute);
            return add(attribute, values);
        }

        /** Removes an attribute and its values, if present. */
        public Builder remove(String attribute) {
            attributes.remove(new FoldedName(Objects.requireNonNull(attribute, "attribute name")));
            return this;
        }

        /** Adds binary values (copied) to an attribute. */
        public Builder addBytes(String attribute, byte[]... values) {
            List<Object> held = null;
            for (byte[] v : values) {
                byte[] copy = Objects.requireNonNull(v, "value of " + attribute).clone();
                held = held == null ? valuesOf(attribute) : held;
                held.add(copy);
            }
            return this;
        }

        /** The value list of {@code attribute}, created (under this spelling) on first use. */
        private List<Object> valuesOf(String attribute) {
            Objects.requireNonNull(attribute, "attribute name");
            if (attribute.isBlank()) {
                throw new IllegalArgumentException("Attribute name must not be blank (entry " + dn + ")");
            }
            return attributes.computeIfAbsent(new FoldedName(attribute), k -> new Pending(attribute)).values;
        }

        /** Builds the immutable entry. */
        public DirectoryEntry build() {
            List<String> given = new ArrayList<>(attributes.size());
            List<Held> held = new ArrayList<>(attributes.size());
            for (Pending p : attributes.values()) {
                given.add(p.name);
                held.add(Held.of(p.values));
            }
            return new DirectoryEntry(dn, objectGuid, AttributeNameIndex.ofDistinct(given, held));
        }

        /** An attribute name as a key that is equal, with the same hash, to every spelling of it ({@link CaseFold}). */
        private record FoldedName(String name) {
            @Override
            public boolean equals(Object o) {
                return o instanceof FoldedName f && CaseFold.equal(name, f.name);
            }

            @Override
            public int hashCode() {
                return CaseFold.hash(name);
            }
        }

        /** The values collected for one attribute and the name first given for it. */
        private static final class Pending {
            private final String name;
            private final List<Object> values = new ArrayList<>();

            private Pending(String name) {
                this.name = name;
            }
        }
    }
}
