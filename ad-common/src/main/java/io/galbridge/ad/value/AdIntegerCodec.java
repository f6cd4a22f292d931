package io.galbridge.ad.value;

import java.nio.charset.StandardCharsets;

/**
 * AD Integer (syntax 2.5.5.9): a signed 32-bit value written in decimal (spec 5.7).
 *
 * <p>Values with bit 31 set are written as negative decimals, as AD requires: msExchRecipientDisplayType
 * 0x80000006 is written {@code -2147483642}. Reading also accepts the unsigned rendering ({@code
 * 2147483654}) that other tools and LDIF files use, and yields the same {@code int}. Stateless and
 * thread-safe.
 */
public final class AdIntegerCodec implements AttributeCodec<Integer> {

    /** The shared instance. */
    public static final AdIntegerCodec INSTANCE = new AdIntegerCodec();

    private static final long UNSIGNED_MAX = 0xFFFF_FFFFL;

    private AdIntegerCodec() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the text is not a decimal in [-2147483648, 4294967295]
     */
    @Override
    public Integer decode(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal integer", e);
        }
        if (value < Integer.MIN_VALUE || value > UNSIGNED_MAX) {
            throw new IllegalArgumentException("'" + text + "' does not fit in 32 bits");
        }
        return (int) value;
    }

    @Override
    public byte[] encode(Integer value) {
        return Integer.toString(value).getBytes(StandardCharsets.UTF_8);
    }
}
