package io.galbridge.ad.value;

import io.galbridge.mapping.model.SecurityIdentifier;

/**
 * objectSid, msExchMasterAccountSid, sIDHistory: binary SIDs (spec 5.2) as {@link SecurityIdentifier}.
 * Filters match the bytes ({@code (objectSid=\01\05...)}), never the {@code S-1-5-...} text. Stateless and
 * thread-safe.
 */
public final class SidCodec implements AttributeCodec<SecurityIdentifier> {

    /** The shared instance. */
    public static final SidCodec INSTANCE = new SidCodec();

    private SidCodec() {}

    @Override
    public SecurityIdentifier decode(byte[] raw) {
        return SecurityIdentifier.fromBytes(raw);
    }

    @Override
    public byte[] encode(SecurityIdentifier value) {
        return value.toBytes();
    }
}
