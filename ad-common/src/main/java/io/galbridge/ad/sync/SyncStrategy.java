package io.galbridge.ad.sync;

import java.util.Locale;
import java.util.Optional;

/**
 * The change-tracking strategies, each with the short name that starts its {@link SyncToken}'s text and
 * the token payload version it writes. A strategy refuses tokens of other strategies and of other payload
 * versions.
 */
public enum SyncStrategy {
    /** AD DirSync (control 1.2.840.113556.1.4.841); the payload is the server's DirSync cookie. */
    DIRSYNC("dirsync", 1),
    /** {@code uSNChanged} against one DC's {@code highestCommittedUSN}; the payload names the DC and a USN. */
    USN_CHANGED("usn", 1),
    /** RFC 4533 content synchronisation, refreshOnly; the payload is the server's sync cookie. */
    CONTENT_SYNC("contentsync", 1);

    private final String tokenName;
    private final int tokenVersion;

    SyncStrategy(String tokenName, int tokenVersion) {
        this.tokenName = tokenName;
        this.tokenVersion = tokenVersion;
    }

    /** The short name in a token's text, e.g. {@code dirsync}. */
    public String tokenName() {
        return tokenName;
    }

    /** The payload version this release writes and reads. */
    public int tokenVersion() {
        return tokenVersion;
    }

    /**
     * The strategy with this token name, ignoring case.
     *
     * @param name a token name; not null
     * @return the strategy, or empty when no strategy has that name
     */
    public static Optional<SyncStrategy> forTokenName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (SyncStrategy strategy : values()) {
            if (strategy.tokenName.equals(lower)) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }
}
