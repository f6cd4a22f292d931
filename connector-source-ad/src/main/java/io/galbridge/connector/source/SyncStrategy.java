package io.galbridge.connector.source;

/**
 * How the connector follows changes in the source forest; chosen once, from the validated settings.
 */
public enum SyncStrategy {
    /**
     * DirSync where the server advertises it, else uSNChanged, else RFC 4533 content sync (with the accesslog).
     */
    AUTO,
    /** AD's DirSync control (1.2.840.113556.1.4.841): needs "Replicating Directory Changes". */
    DIRSYNC,
    /** Polling on uSNChanged against the root DSE's highestCommittedUSN (one domain controller). */
    USN_CHANGED,
    /**
     * RFC 4533 content synchronisation (non-AD servers such as OpenLDAP with syncprov); deletions are reported
     * with the objectGUID that the server's accesslog overlay keeps ({@code logold}), so the bind must be able to
     * read the accesslog database.
     */
    CONTENT_SYNC
}
