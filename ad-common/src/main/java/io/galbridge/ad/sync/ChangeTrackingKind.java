package io.galbridge.ad.sync;

import java.util.Optional;

/** The change-tracking mechanisms, each with the short code written into a {@link SyncToken}. */
public enum ChangeTrackingKind {
    /** AD DirSync control (1.2.840.113556.1.4.841): changed attributes and deletions, cookie-based. */
    DIRSYNC("dirsync"),
    /**
     * {@code (uSNChanged>=N)} searches against one domain controller; the token must also pin that DC
     * (its invocationId), because USNs are local to a DC. Deletions need show-deleted.
     */
    USN_CHANGED("usn"),
    /** RFC 4533 content synchronisation (OpenLDAP syncprov), cookie-based. */
    CONTENT_SYNC("csync");

    private final String code;

    ChangeTrackingKind(String code) {
        this.code = code;
    }

    /** The code used in tokens; stable across releases. */
    public String code() {
        return code;
    }

    /** Looks a code up; empty when unknown. */
    public static Optional<ChangeTrackingKind> fromCode(String code) {
        for (ChangeTrackingKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
