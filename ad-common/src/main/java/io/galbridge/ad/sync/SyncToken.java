package io.galbridge.ad.sync;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link ChangeTracker} stands: the strategy that wrote it, the payload format version, and the
 * strategy's payload (a DirSync or RFC 4533 cookie, or a DC identity and a USN). Callers store only the
 * text form and treat it as opaque.
 *
 * <p>Text form: {@code <strategy>-v<version>.<payload in unpadded base64url>}, e.g. {@code
 * usn-v1.AAAAAQAAAAAAABAB}; printable ASCII without spaces, so it fits a ConnId {@code SyncToken} or a
 * file. {@link #decode(String)} refuses text that is not of this form or names an unknown strategy; {@link
 * #payloadFor(SyncStrategy)} refuses a token of another strategy or another version. Both say why.
 *
 * <p>Immutable (the payload is copied in and out); thread-safe.
 *
 * @param strategy the strategy that wrote the token; not null
 * @param version the payload format version, 1 or more
 * @param payload the strategy's payload; not null, may be empty; copied
 */
public record SyncToken(SyncStrategy strategy, int version, byte[] payload) {

    private static final Pattern TEXT = Pattern.compile("([a-z]{1,20})-v([0-9]{1,4})\\.([A-Za-z0-9_-]*)");
    private static final int SHOWN = 40;

    public SyncToken {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("sync token version must be 1 or more, not " + version);
        }
        payload = payload.clone();
    }

    /**
     * A token in the current payload version of its strategy.
     *
     * @param strategy the writing strategy; not null
     * @param payload the payload; not null
     * @return the token
     */
    public static SyncToken of(SyncStrategy strategy, byte[] payload) {
        return new SyncToken(strategy, strategy.tokenVersion(), payload);
    }

    /** A copy of the payload. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The compact text form; {@link #decode(String)} reverses it. */
    public String encode() {
        return strategy.tokenName() + "-v" + version + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }

    /**
     * Parses the text form.
     *
     * @param text a token's text as {@link #encode()} wrote it; not null
     * @return the token
     * @throws InvalidSyncTokenException when the text is not a galbridge sync token or names an unknown
     *     strategy
     */
    public static SyncToken decode(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidSyncTokenException("sync token '" + shown(text)
                    + "' is not a galbridge sync token (expected <strategy>-v<version>.<base64url payload>);"
                    + " start again from a current token or run a full synchronisation");
        }
        SyncStrategy strategy = SyncStrategy.forTokenName(m.group(1))
                .orElseThrow(() -> new InvalidSyncTokenException("sync token '" + shown(text)
                        + "' names the unknown strategy '" + m.group(1) + "' (known: dirsync, usn, contentsync)"));
        int version = Integer.parseInt(m.group(2));
        if (version < 1) {
            throw new InvalidSyncTokenException("sync token '" + shown(text) + "' has the invalid version 0");
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(m.group(3));
        } catch (IllegalArgumentException e) {
            throw new InvalidSyncTokenException(
                    "sync token '" + shown(text) + "' has a damaged payload: " + e.getMessage(), e);
        }
        return new SyncToken(strategy, version, payload);
    }

    /**
     * The payload, after checking that this token was written by {@code expected} in the payload version
     * it reads.
     *
     * @param expected the strategy about to use the token; not null
     * @return a copy of the payload
     * @throws InvalidSyncTokenException naming both strategies, or both versions, when they differ
     */
    public byte[] payloadFor(SyncStrategy expected) {
        if (strategy != expected) {
            throw new InvalidSyncTokenException("sync token '" + shown(encode()) + "' was written by the "
                    + strategy.tokenName() + " strategy, but this tracker uses " + expected.tokenName()
                    + "; tokens cannot move between strategies: start from the tracker's current token"
                    + " or run a full synchronisation");
        }
        if (version != expected.tokenVersion()) {
            throw new InvalidSyncTokenException("sync token '" + shown(encode()) + "' has " + strategy.tokenName()
                    + " payload version " + version + ", but this release reads only version "
                    + expected.tokenVersion() + "; start from the tracker's current token or run a full"
                    + " synchronisation");
        }
        return payload();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyncToken t
                && t.strategy == strategy
                && t.version == version
                && Arrays.equals(t.payload, payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, version, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return encode();
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
