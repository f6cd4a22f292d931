package io.galbridge.mapping.model;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A GUID as AD stores it (objectGUID, msExchMailboxGuid, msExchArchiveGUID): 16 bytes in the
 * Microsoft "packet" layout, Data1, Data2 and Data3 little-endian, Data4 in order (spec 5.1).
 *
 * <p>The canonical string form is the lower-case Microsoft/.NET rendering, e.g. {@code
 * 3f2504e0-4f89-11d3-9a0c-0305e82c3301}, stored as {@code e0 04 25 3f 89 4f d3 11 9a 0c 03 05 e8
 * 2c 33 01}. Byte arrays are copied in and out, so instances are immutable. Copy raw bytes source →
 * target with {@link #toBytes()}; use the string only for display and correlation keys.
 */
public final class ExchangeGuid {

    /** Length of the binary form. */
    public static final int LENGTH = 16;

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private ExchangeGuid(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps the stored bytes (copied).
     *
     * @throws IllegalArgumentException if not exactly 16 bytes
     */
    public static ExchangeGuid fromBytes(byte[] stored) {
        Objects.requireNonNull(stored, "GUID bytes");
        if (stored.length != LENGTH) {
            throw new IllegalArgumentException("Invalid GUID value " + HEX.formatHex(stored) + ": expected " + LENGTH
                    + " bytes, got " + stored.length);
        }
        return new ExchangeGuid(stored.clone());
    }

    /**
     * Parses the string form case-insensitively, with or without surrounding braces.
     *
     * @throws IllegalArgumentException if the text is not a GUID of the form 8-4-4-4-12 hex digits
     */
    public static ExchangeGuid parse(String text) {
        Objects.requireNonNull(text, "GUID text");
        String s = text.length() == 38 && text.startsWith("{") && text.endsWith("}") ? text.substring(1, 37) : text;
        if (!CANONICAL.matcher(s).matches()) {
            throw new IllegalArgumentException(
                    "Invalid GUID '" + text + "': expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in hex digits");
        }
        byte[] big = HEX.parseHex(s.replace("-", ""));
        return new ExchangeGuid(swapEndianness(big));
    }

    /** Converts from a {@link UUID} whose string form equals the Microsoft string form. */
    public static ExchangeGuid fromUuid(UUID uuid) {
        return parse(uuid.toString());
    }

    /** A copy of the 16 stored bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** The {@link UUID} with the same string form. */
    public UUID toUuid() {
        return UUID.fromString(toString());
    }

    /** The stored bytes as lower-case hex, two digits per byte, in stored order. */
    public String toStoredHex() {
        return HEX.formatHex(bytes);
    }

    /** The canonical lower-case string form, e.g. {@code 3f2504e0-4f89-11d3-9a0c-0305e82c3301}. */
    @Override
    public String toString() {
        String h = HEX.formatHex(swapEndianness(bytes)).toLowerCase(Locale.ROOT);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExchangeGuid g && Arrays.equals(bytes, g.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Reverses Data1 (4 bytes), Data2 (2) and Data3 (2); the mapping is its own inverse. */
    private static byte[] swapEndianness(byte[] in) {
        byte[] out = in.clone();
        reverse(out, 0, 4);
        reverse(out, 4, 2);
        reverse(out, 6, 2);
        return out;
    }

    private static void reverse(byte[] a, int from, int length) {
        for (int i = 0; i < length / 2; i++) {
            byte t = a[from + i];
            a[from + i] = a[from + length - 1 - i];
            a[from + length - 1 - i] = t;
        }
    }
}
