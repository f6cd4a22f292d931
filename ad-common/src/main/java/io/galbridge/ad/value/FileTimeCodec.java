package io.galbridge.ad.value;

/**
 * FILETIME values in Large Integer attributes (pwdLastSet, accountExpires, lastLogonTimestamp) as {@link
 * FileTime}. Stateless and thread-safe.
 */
public final class FileTimeCodec implements AttributeCodec<FileTime> {

    /** The shared instance. */
    public static final FileTimeCodec INSTANCE = new FileTimeCodec();

    private FileTimeCodec() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the text is not a non-negative 64-bit decimal
     */
    @Override
    public FileTime decode(byte[] raw) {
        return new FileTime(LargeIntegerCodec.INSTANCE.decode(raw));
    }

    @Override
    public byte[] encode(FileTime value) {
        return LargeIntegerCodec.INSTANCE.encode(value.ticks());
    }
}
