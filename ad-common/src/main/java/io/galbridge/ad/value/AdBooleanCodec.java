package io.galbridge.ad.value;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * AD Boolean (syntax 2.5.5.8): {@code TRUE} or {@code FALSE}, written in upper case (RFC 4517); read
 * case-insensitively. E.g. msExchHideFromAddressLists, isDeleted. Stateless and thread-safe.
 */
public final class AdBooleanCodec implements AttributeCodec<Boolean> {

    /** The shared instance. */
    public static final AdBooleanCodec INSTANCE = new AdBooleanCodec();

    private AdBooleanCodec() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for anything but TRUE or FALSE (any case)
     */
    @Override
    public Boolean decode(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
        return switch (text) {
            case "TRUE" -> Boolean.TRUE;
            case "FALSE" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + text + "' is neither TRUE nor FALSE");
        };
    }

    @Override
    public byte[] encode(Boolean value) {
        return (value ? "TRUE" : "FALSE").getBytes(StandardCharsets.UTF_8);
    }
}
