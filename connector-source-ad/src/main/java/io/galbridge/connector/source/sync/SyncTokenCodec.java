package io.galbridge.connector.source.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.SyncToken;

/**
 * The opaque, versioned ConnId sync token: {@code gb1:<strategy>:<base64url state>}. A token of another
 * version or strategy is refused with a message saying to start again from {@code getLatestSyncToken}.
 * Stateless.
 */
public final class SyncTokenCodec {

    static final String VERSION = "gb1";

    private SyncTokenCodec() {}

    /** Wraps a tracker state. */
    public static SyncToken encode(String strategy, String state) {
        return new SyncToken(VERSION + ":" + strategy + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(state.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Unwraps a token.
     *
     * @param token the token a host passed; not null
     * @param strategy the strategy in effect
     * @return the tracker state
     * @throws InvalidAttributeValueException when the token is not this connector's, of another version or
     *     of another strategy
     */
    public static String decode(SyncToken token, String strategy) {
        String text = String.valueOf(token.getValue());
        String[] parts = text.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new InvalidAttributeValueException("sync token '" + text + "' is not a galbridge " + VERSION
                    + " token; start again from getLatestSyncToken");
        }
        if (!parts[1].equals(strategy)) {
            throw new InvalidAttributeValueException("sync token '" + text + "' was issued by strategy " + parts[1]
                    + " but " + strategy + " is in effect; start again from getLatestSyncToken");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException("sync token '" + text + "' is malformed", e);
        }
    }
}
