package io.galbridge.ad.value;

import java.nio.charset.StandardCharsets;

/**
 * AD Large Integer (syntax 2.5.5.16): a signed 64-bit value in decimal, e.g. msExchRecipientTypeDetails,
 * msExchRemoteRecipientType, msExchVersion, uSNChanged (spec 5.7). Stateless and thread-safe.
 */
public final class LargeIntegerCodec implements AttributeCodec<Long> {

    /** The shared instance. */
    public static final LargeIntegerCodec INSTANCE = new LargeIntegerCodec();

    private LargeIntegerCodec() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the text is not a signed 64-bit decimal
     */
    @Override
    public Long decode(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a signed 64-bit decimal", e);
        }
    }

    @Override
    public byte[] encode(Long value) {
        return Long.toString(value).getBytes(StandardCharsets.UTF_8);
    }
}
