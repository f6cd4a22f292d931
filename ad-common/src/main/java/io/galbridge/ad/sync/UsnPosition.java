package io.galbridge.ad.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * The state of a {@link ChangeTrackingKind#USN_CHANGED} token: which DC issued it and the first USN not yet
 * reported. Binary: a format byte ({@value #FORMAT}), the DC identity as modified UTF-8 ({@link DataOutputStream#writeUTF}),
 * then the USN as a big-endian 64-bit integer. Immutable.
 *
 * @param dc the identity of the DC whose USNs these are, see {@link DcIdentity#key()}; not null
 * @param nextUsn report changes with {@code uSNChanged >= nextUsn}; 0 or more
 */
record UsnPosition(String dc, long nextUsn) {

    /** The state format this release writes and reads. */
    static final int FORMAT = 1;

    UsnPosition {
        Objects.requireNonNull(dc, "dc");
        if (nextUsn < 0) {
            throw new IllegalArgumentException("USN must not be negative: " + nextUsn);
        }
    }

    SyncToken toToken() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(dc);
            out.writeLong(nextUsn);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return SyncToken.of(ChangeTrackingKind.USN_CHANGED, bytes.toByteArray());
    }

    static UsnPosition fromToken(SyncToken token) {
        byte[] payload = token.stateFor(ChangeTrackingKind.USN_CHANGED);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new ConnectorException("usn sync token '" + token.encode() + "' has state format " + format
                        + ", but this release reads only format " + FORMAT + ": start a full synchronisation");
            }
            String dc = in.readUTF();
            long usn = in.readLong();
            if (in.available() != 0 || usn < 0) {
                throw new ConnectorException("usn sync token '" + token.encode() + "' is damaged");
            }
            return new UsnPosition(dc, usn);
        } catch (IOException e) {
            throw new ConnectorException("usn sync token '" + token.encode() + "' is damaged: " + e, e);
        }
    }
}
