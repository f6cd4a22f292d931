package io.galbridge.mapping.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One change to one attribute of an entry, with LDAP modify semantics: {@code ADD} adds the values,
 * {@code DELETE} removes them (all values when none are given), {@code REPLACE} makes them the only values
 * (removes the attribute when none are given). Values are {@code String} or {@code byte[]}; byte arrays are
 * copied in and out. Immutable.
 *
 * @param attribute the attribute's LDAP display name; never null
 * @param operation what to do; never null
 * @param values the values; never null, may be empty
 */
public record Modification(String attribute, Operation operation, List<Object> values) {

    /** LDAP modify operations. */
    public enum Operation {
        ADD,
        DELETE,
        REPLACE
    }

    public Modification {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operation, "operation");
        List<Object> copy = new ArrayList<>();
        for (Object value : Objects.requireNonNull(values, "values")) {
            copy.add(copyValue(attribute, value));
        }
        values = List.copyOf(copy);
    }

    /** Adds string values. */
    public static Modification add(String attribute, String... values) {
        return new Modification(attribute, Operation.ADD, List.of((Object[]) values));
    }

    /** Removes string values. */
    public static Modification delete(String attribute, String... values) {
        return new Modification(attribute, Operation.DELETE, List.of((Object[]) values));
    }

    /** Replaces all values with these strings; none removes the attribute. */
    public static Modification replace(String attribute, String... values) {
        return new Modification(attribute, Operation.REPLACE, List.of((Object[]) values));
    }

    /** Replaces all values with one binary value. */
    public static Modification replaceBytes(String attribute, byte[] value) {
        return new Modification(attribute, Operation.REPLACE, List.of(value));
    }

    /** The values as strings; binary values are not included. */
    public List<String> stringValues() {
        return values.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
    }

    /** The binary values, copied. */
    public List<byte[]> binaryValues() {
        return values.stream()
                .filter(byte[].class::isInstance)
                .map(v -> ((byte[]) v).clone())
                .toList();
    }

    @Override
    public List<Object> values() {
        boolean binary = false;
        for (Object v : values) {
            binary |= v instanceof byte[];
        }
        if (!binary) {
            return values; // immutable, and nothing in it to copy
        }
        return values.stream()
                .map(v -> v instanceof byte[] bytes ? (Object) bytes.clone() : v)
                .toList();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Modification that)) {
            return false;
        }
        if (!attribute.equalsIgnoreCase(that.attribute)
                || operation != that.operation
                || values.size() != that.values.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!Objects.deepEquals(values.get(i), that.values.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute.toLowerCase(java.util.Locale.ROOT), operation, values.size());
    }

    @Override
    public String toString() {
        List<String> shown = values.stream()
                .map(v -> v instanceof byte[] bytes ? "<" + bytes.length + " bytes>" : String.valueOf(v))
                .toList();
        return operation + " " + attribute + " " + shown;
    }

    private static Object copyValue(String attribute, Object value) {
        if (value instanceof String) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        throw new IllegalArgumentException("value of " + attribute + " must be a String or byte[], not "
                + (value == null ? "null" : value.getClass().getName()) + " " + Arrays.toString(new Object[] {value}));
    }
}
