package io.galbridge.mapping.model;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

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

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    /** The stored byte written at each position of the string form: Data1-3 byte-swapped, the rest in order. */
    private static final int[] STRING_ORDER = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};

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
        if (!isCanonical(s)) {
            throw new IllegalArgumentException(
                    "Invalid GUID '" + text + "': expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in hex digits");
        }
        byte[] big = new byte[LENGTH];
        int p = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (s.charAt(p) == '-') {
                p++;
            }
            big[i] = (byte) ((Character.digit(s.charAt(p), 16) << 4) | Character.digit(s.charAt(p + 1), 16));
            p += 2;
        }
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
        char[] out = new char[36];
        int p = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                out[p++] = '-';
            }
            int b = bytes[STRING_ORDER[i]] & 0xff;
            out[p++] = DIGITS[b >>> 4];
            out[p++] = DIGITS[b & 0xf];
        }
        return new String(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExchangeGuid g && Arrays.equals(bytes, g.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Whether {@code s} is 8-4-4-4-12 ASCII hex digits separated by {@code -}. */
    private static boolean isCanonical(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
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
