package io.galbridge.connector.source.schema;

import io.galbridge.ad.value.AdBooleanCodec;
import io.galbridge.ad.value.AdIntegerCodec;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.ad.value.LargeIntegerCodec;
import io.galbridge.ad.value.SidCodec;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.AttributeSyntax;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * How one attribute's LDAP values appear as ConnId values: the ConnId type and the two conversions. Binary
 * GUIDs and SIDs become their canonical strings; AD Integer an {@link Integer}, Large Integer a {@link Long};
 * Boolean a {@link Boolean}; other binaries stay {@code byte[]}; everything else (strings, DNs, times) a
 * {@link String}. Stateless and thread-safe.
 */
public enum ValueKind {
    /** Text, DNs and generalized times, as received. */
    STRING(String.class),
    /** AD Integer / Enumeration: signed 32-bit. */
    INTEGER(Integer.class),
    /** AD Large Integer: signed 64-bit. */
    LONG(Long.class),
    /** AD Boolean ({@code TRUE}/{@code FALSE}). */
    BOOLEAN(Boolean.class),
    /** A 16-byte GUID, as its canonical lower-case string. */
    GUID(String.class),
    /** A binary SID, as {@code S-1-5-...}. */
    SID(String.class),
    /** Other binary values, as bytes. */
    BINARY(byte[].class);

    /** Binary attributes that are not GUIDs although their name ends in "Guid" (any 16+ bytes may be written). */
    private static final Set<String> NOT_GUIDS = Set.of("ms-ds-consistencyguid");

    private final Class<?> connIdType;

    ValueKind(Class<?> connIdType) {
        this.connIdType = connIdType;
    }

    /** The ConnId type of one value. */
    public Class<?> connIdType() {
        return connIdType;
    }

    /** The kind for a catalog attribute. */
    public static ValueKind of(AttributeDefinition definition) {
        AttributeSyntax syntax = definition.syntax();
        String name = definition.normalizedName();
        return switch (syntax) {
            case INTEGER, ENUMERATION -> INTEGER;
            case LARGE_INTEGER -> LONG;
            case BOOLEAN -> BOOLEAN;
            case SID -> SID;
            case OCTET_STRING -> name.endsWith("guid") && !NOT_GUIDS.contains(name) ? GUID : BINARY;
            case NT_SECURITY_DESCRIPTOR -> BINARY;
            default -> STRING;
        };
    }

    /**
     * Converts one LDAP value.
     *
     * @param raw the value's bytes; not null
     * @return the ConnId value
     * @throws IllegalArgumentException if the bytes are not of this kind
     */
    public Object fromLdap(byte[] raw) {
        return switch (this) {
            case STRING -> new String(raw, StandardCharsets.UTF_8);
            case INTEGER -> AdIntegerCodec.INSTANCE.decode(raw);
            case LONG -> LargeIntegerCodec.INSTANCE.decode(raw);
            case BOOLEAN -> AdBooleanCodec.INSTANCE.decode(raw);
            case GUID -> GuidCodec.INSTANCE.toUid(raw);
            case SID -> SidCodec.INSTANCE.decode(raw).toString();
            case BINARY -> raw.clone();
        };
    }

    /**
     * Converts one ConnId value to the bytes written to or compared in LDAP.
     *
     * @param value a value of {@link #connIdType()} (numbers and strings are accepted for numbers); not null
     * @return the LDAP bytes
     * @throws IllegalArgumentException if the value does not fit this kind
     */
    public byte[] toLdap(Object value) {
        return switch (this) {
            case STRING -> string(value).getBytes(StandardCharsets.UTF_8);
            case INTEGER -> AdIntegerCodec.INSTANCE.encode(Math.toIntExact(number(value)));
            case LONG -> LargeIntegerCodec.INSTANCE.encode(number(value));
            case BOOLEAN -> AdBooleanCodec.INSTANCE.encode(bool(value));
            case GUID -> GuidCodec.INSTANCE.encode(ExchangeGuid.parse(string(value)));
            case SID -> SidCodec.INSTANCE.encode(SecurityIdentifier.parse(string(value)));
            case BINARY -> {
                if (value instanceof byte[] bytes) {
                    yield bytes.clone();
                }
                throw new IllegalArgumentException(
                        "expected bytes, got " + value.getClass().getSimpleName());
            }
        };
    }

    private static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(
                "expected a string, got " + value.getClass().getSimpleName());
    }

    private static long number(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s) {
            return Long.parseLong(s.strip());
        }
        throw new IllegalArgumentException(
                "expected an integer, got " + value.getClass().getSimpleName());
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return s.toLowerCase(Locale.ROOT).equals("true");
        }
        throw new IllegalArgumentException("expected a Boolean, got " + value);
    }
}
