package io.galbridge.ad.sync;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * The state a change tracker needs to resume: which mechanism, and its opaque state (a DirSync cookie, a USN
 * plus the DC's invocationId, an RFC 4533 cookie).
 *
 * <p>It travels through the ConnId host as a string {@code gbsync1.<kind>.<state as base64url>}, e.g.
 * {@code gbsync1.dirsync.AQIDBA}. The version prefix lets a later release read old tokens or refuse them
 * clearly; only the characters {@code [A-Za-z0-9._-]} occur, so hosts can store it anywhere. The string is
 * opaque to hosts and administrators: never build or edit one by hand.
 *
 * <p>Immutable (the state is copied in and out) and thread-safe.
 */
public final class SyncToken {

    /** The prefix of the current token format, including its version. */
    public static final String PREFIX = "gbsync1";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final ChangeTrackingKind kind;
    private final byte[] state;

    private SyncToken(ChangeTrackingKind kind, byte[] state) {
        this.kind = kind;
        this.state = state;
    }

    /**
     * @param kind the mechanism that wrote the state; not null
     * @param state the mechanism's state (copied); may be empty, not null
     */
    public static SyncToken of(ChangeTrackingKind kind, byte[] state) {
        return new SyncToken(
                Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(state, "state").clone());
    }

    /**
     * Reads a token string.
     *
     * @param text the string a previous {@link #encode()} produced; not null
     * @return the token
     * @throws ConnectorException naming the problem (unknown version, unknown mechanism, damaged state) if
     *     the string is not a token this release can read
     */
    public static SyncToken decode(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new ConnectorException(
                    "Sync token '" + text + "' is not a galbridge sync token (expected " + PREFIX + ".<kind>.<state>)");
        }
        if (!PREFIX.equals(parts[0])) {
            throw new ConnectorException("Sync token '" + text + "' has version '" + parts[0] + "'; this release reads "
                    + PREFIX + " only: start a full synchronisation");
        }
        ChangeTrackingKind kind = ChangeTrackingKind.fromCode(parts[1])
                .orElseThrow(() -> new ConnectorException(
                        "Sync token '" + text + "' names an unknown change-tracking mechanism '" + parts[1] + "'"));
        if (!parts[2].matches("[A-Za-z0-9_-]*")) {
            throw new ConnectorException("Sync token '" + text + "' has a damaged state: not base64url");
        }
        try {
            return new SyncToken(kind, DECODER.decode(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException("Sync token '" + text + "' has a damaged state: " + e.getMessage(), e);
        }
    }

    /** The token as the string a ConnId host stores. */
    public String encode() {
        return PREFIX + "." + kind.code() + "." + ENCODER.encodeToString(state);
    }

    /** The mechanism that wrote the state. */
    public ChangeTrackingKind kind() {
        return kind;
    }

    /** A copy of the mechanism's state. */
    public byte[] state() {
        return state.clone();
    }

    /**
     * The state, after checking that the token was written by the mechanism about to read it.
     *
     * @param expected the mechanism of the tracker reading the token; not null
     * @return a copy of the state
     * @throws ConnectorException naming both mechanisms when they differ: tokens cannot move between
     *     mechanisms, a full synchronisation (or a new token from {@link ChangeTracker#latest}) is needed
     */
    public byte[] stateFor(ChangeTrackingKind expected) {
        Objects.requireNonNull(expected, "expected");
        if (kind != expected) {
            throw new ConnectorException("Sync token '" + encode() + "' was written by the " + kind.code()
                    + " change tracker, but this connector tracks changes with " + expected.code()
                    + "; tokens cannot move between mechanisms: start a full synchronisation");
        }
        return state();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncToken t && kind == t.kind && Arrays.equals(state, t.state);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(state);
    }

    /** Kind and state in hex, for logs. */
    @Override
    public String toString() {
        return "SyncToken[" + kind + ", " + HexFormat.of().formatHex(state) + "]";
    }
}
