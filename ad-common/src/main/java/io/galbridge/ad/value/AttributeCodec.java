package io.galbridge.ad.value;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;

/**
 * Converts the values of one AD attribute syntax between their wire bytes and a Java type.
 *
 * <p>{@link #decode(byte[])} and {@link #encode(Object)} work on one value and throw {@link
 * IllegalArgumentException} for a malformed one. The attribute-level methods ({@link #decodeAll}, {@link
 * #decodeSingle}) are the ones operations use: they name the attribute and throw ConnId's {@link
 * InvalidAttributeValueException} instead, so no {@code IllegalArgumentException} escapes to a ConnId host.
 * Filters are built from the encoded bytes ({@link Filter#createEqualityFilter(String, byte[])}), never by
 * string concatenation, so no value can change a filter's structure.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the Java type of one value
 */
public interface AttributeCodec<T> {

    /**
     * Decodes one value.
     *
     * @param raw the value's bytes as received; not null
     * @return the decoded value; never null
     * @throws IllegalArgumentException if the bytes are not a value of this syntax
     */
    T decode(byte[] raw);

    /**
     * Encodes one value as it is written to AD.
     *
     * @param value the value; not null
     * @return the bytes to send (a new array)
     */
    byte[] encode(T value);

    /**
     * Decodes every value of an attribute.
     *
     * @param attribute the attribute; {@code null} (absent) yields an empty list
     * @return the values in the order received
     * @throws InvalidAttributeValueException naming the attribute if a value is malformed
     */
    default List<T> decodeAll(Attribute attribute) {
        if (attribute == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (byte[] raw : attribute.getValueByteArrays()) {
            values.add(decodeNamed(attribute.getName(), raw));
        }
        return List.copyOf(values);
    }

    /**
     * Decodes a single-valued attribute.
     *
     * @param attribute the attribute; {@code null} or without values yields empty
     * @return the value, or empty when absent
     * @throws InvalidAttributeValueException naming the attribute if the value is malformed or there are
     *     several values
     */
    default Optional<T> decodeSingle(Attribute attribute) {
        if (attribute == null || attribute.size() == 0) {
            return Optional.empty();
        }
        if (attribute.size() > 1) {
            throw new InvalidAttributeValueException(
                    "attribute " + attribute.getName() + ": expected one value, got " + attribute.size());
        }
        return Optional.of(decodeNamed(attribute.getName(), attribute.getValueByteArray()));
    }

    /**
     * Builds an attribute from values.
     *
     * @param name the attribute name; not null
     * @param values the values, possibly empty (an empty attribute, as used to clear it in a replace)
     * @return the attribute holding the encoded values
     */
    default Attribute toAttribute(String name, Collection<? extends T> values) {
        Objects.requireNonNull(name, "name");
        byte[][] encoded = values.stream().map(this::encode).toArray(byte[][]::new);
        return new Attribute(name, encoded);
    }

    /**
     * An equality filter on the encoded bytes, e.g. {@code (objectGUID=\e0\04\25\3f...)}.
     *
     * @param attributeName the attribute; not null
     * @param value the value; not null
     * @return the filter
     */
    default Filter equalityFilter(String attributeName, T value) {
        return Filter.createEqualityFilter(Objects.requireNonNull(attributeName, "attributeName"), encode(value));
    }

    private T decodeNamed(String attributeName, byte[] raw) {
        try {
            return decode(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(
                    "attribute " + attributeName + ": value " + HexFormat.of().formatHex(raw) + " is malformed: "
                            + e.getMessage(),
                    e);
        }
    }
}
