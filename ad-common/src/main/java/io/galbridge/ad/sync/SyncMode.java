package io.galbridge.ad.sync;

/** The configured change-tracking mode; {@link ChangeTrackerFactory} turns it into a {@link ChangeTracker}. */
public enum SyncMode {
    /**
     * DirSync when the root DSE advertises it and the bind may use it, else uSNChanged on AD-like servers
     * (root DSE publishes {@code highestCommittedUSN}), else RFC 4533 content sync when advertised.
     */
    AUTO,
    /** {@link DirSyncTracker}. */
    DIRSYNC,
    /** {@link UsnChangedTracker}. */
    USN_CHANGED,
    /** {@link ContentSyncTracker}. */
    CONTENT_SYNC
}
