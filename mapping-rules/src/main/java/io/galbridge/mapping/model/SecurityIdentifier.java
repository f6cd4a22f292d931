package io.galbridge.mapping.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Windows security identifier (objectSid, msExchMasterAccountSid, sIDHistory) in its binary AD
 * form and its {@code S-1-…} string form (spec 5.2).
 *
 * <p>Binary layout: revision (1 byte, always 1), sub-authority count (1 byte, at most 15),
 * identifier authority (6 bytes, big-endian), then each sub-authority as 4 bytes little-endian.
 * Immutable; byte arrays are copied in and out.
 */
public final class SecurityIdentifier {

    /** The well-known SELF SID, S-1-5-10, which marks shared, room and equipment mailboxes. */
    public static final SecurityIdentifier SELF = parse("S-1-5-10");

    private static final int MAX_SUB_AUTHORITIES = 15;
    private static final long MAX_AUTHORITY = 0xFFFF_FFFF_FFFFL;

    private final long authority;
    private final long[] subAuthorities;

    private SecurityIdentifier(long authority, long[] subAuthorities) {
        this.authority = authority;
        this.subAuthorities = subAuthorities;
    }

    /**
     * Decodes the binary form.
     *
     * @throws IllegalArgumentException if the revision is not 1, or the length does not match the
     *     sub-authority count
     */
    public static SecurityIdentifier fromBytes(byte[] stored) {
        Objects.requireNonNull(stored, "SID bytes");
        String hex = HexFormat.of().formatHex(stored);
        if (stored.length < 8 || stored[0] != 1) {
            throw new IllegalArgumentException(
                    "Invalid SID value " + hex + ": expected revision 1 and at least 8 bytes");
        }
        int count = stored[1] & 0xFF;
        if (count > MAX_SUB_AUTHORITIES || stored.length != 8 + 4 * count) {
            throw new IllegalArgumentException("Invalid SID value " + hex + ": " + count + " sub-authorities need "
                    + (8 + 4 * count) + " bytes, got " + stored.length);
        }
        long authority = 0;
        for (int i = 2; i < 8; i++) {
            authority = (authority << 8) | (stored[i] & 0xFF);
        }
        long[] subs = new long[count];
        for (int s = 0; s < count; s++) {
            int o = 8 + 4 * s;
            subs[s] = (stored[o] & 0xFFL)
                    | (stored[o + 1] & 0xFFL) << 8
                    | (stored[o + 2] & 0xFFL) << 16
                    | (stored[o + 3] & 0xFFL) << 24;
        }
        return new SecurityIdentifier(authority, subs);
    }

    /**
     * Parses {@code S-1-<authority>-<sub>…}; the authority may be decimal or {@code 0x} hex,
     * sub-authorities are unsigned 32-bit decimals. The {@code S} is matched case-insensitively.
     *
     * @throws IllegalArgumentException if the text is not such a SID
     */
    public static SecurityIdentifier parse(String text) {
        Objects.requireNonNull(text, "SID text");
        String[] parts = text.split("-", -1);
        if (parts.length < 3 || !parts[0].equalsIgnoreCase("S") || !parts[1].equals("1")) {
            throw new IllegalArgumentException("Invalid SID '" + text + "': expected S-1-<authority>[-<sub>...]");
        }
        if (parts.length - 3 > MAX_SUB_AUTHORITIES) {
            throw new IllegalArgumentException(
                    "Invalid SID '" + text + "': more than " + MAX_SUB_AUTHORITIES + " sub-authorities");
        }
        long authority = parts[2].startsWith("0x") || parts[2].startsWith("0X")
                ? number(text, parts[2].substring(2), 16, MAX_AUTHORITY)
                : number(text, parts[2], 10, MAX_AUTHORITY);
        long[] subs = new long[parts.length - 3];
        for (int i = 0; i < subs.length; i++) {
            subs[i] = number(text, parts[i + 3], 10, 0xFFFF_FFFFL);
        }
        return new SecurityIdentifier(authority, subs);
    }

    private static long number(String text, String part, int radix, long max) {
        if (part.isEmpty() || part.startsWith("+") || part.startsWith("-")) {
            throw new IllegalArgumentException("Invalid SID '" + text + "': empty or signed component '" + part + "'");
        }
        try {
            long v = Long.parseLong(part, radix);
            if (v > max) {
                throw new IllegalArgumentException("Invalid SID '" + text + "': component " + part + " is too large");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Invalid SID '" + text + "': component '" + part + "' is not a number", e);
        }
    }

    /** The binary form (a new array). */
    public byte[] toBytes() {
        byte[] out = new byte[8 + 4 * subAuthorities.length];
        out[0] = 1;
        out[1] = (byte) subAuthorities.length;
        for (int i = 0; i < 6; i++) {
            out[2 + i] = (byte) (authority >>> (8 * (5 - i)));
        }
        for (int s = 0; s < subAuthorities.length; s++) {
            for (int b = 0; b < 4; b++) {
                out[8 + 4 * s + b] = (byte) (subAuthorities[s] >>> (8 * b));
            }
        }
        return out;
    }

    /** The identifier authority (5 for NT AUTHORITY). */
    public long authority() {
        return authority;
    }

    /** The sub-authorities, each an unsigned 32-bit value. */
    public List<Long> subAuthorities() {
        List<Long> list = new ArrayList<>(subAuthorities.length);
        for (long s : subAuthorities) {
            list.add(s);
        }
        return List.copyOf(list);
    }

    /**
     * The relative identifier, i.e. the last sub-authority.
     *
     * @throws IllegalStateException if there are no sub-authorities
     */
    public long rid() {
        if (subAuthorities.length == 0) {
            throw new IllegalStateException("SID " + this + " has no sub-authorities and so no RID");
        }
        return subAuthorities[subAuthorities.length - 1];
    }

    /** Whether this is the well-known SELF SID S-1-5-10. */
    public boolean isSelf() {
        return equals(SELF);
    }

    /** The {@code S-1-…} form; the authority in hex ({@code 0x…}) when it is 2^32 or more, as Windows does. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("S-1-");
        sb.append(authority < (1L << 32) ? Long.toString(authority) : String.format(Locale.ROOT, "0x%012X", authority));
        for (long s : subAuthorities) {
            sb.append('-').append(s);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecurityIdentifier s
                && authority == s.authority
                && Arrays.equals(subAuthorities, s.subAuthorities);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(authority) + Arrays.hashCode(subAuthorities);
    }
}
