package io.galbridge.testkit;

/** What a running test forest can do beyond plain LDAP v3, so tests can pick the right path. */
public enum ForestCapability {
    /** Simple paged results control (RFC 2696). */
    PAGED_RESULTS,
    /** AD DirSync control (1.2.840.113556.1.4.841). */
    DIRSYNC,
    /** {@code uSNChanged} on entries and {@code highestCommittedUSN} in the root DSE. */
    USN_CHANGED,
    /** AD show-deleted control (1.2.840.113556.1.4.417) and a Deleted Objects container. */
    SHOW_DELETED,
    /** RFC 4533 content synchronisation (syncprov). */
    CONTENT_SYNC,
    /** The server stamps objectGUID and objectSid itself (a client-supplied objectGUID is refused). */
    SERVER_GENERATED_IDS,
    /** A global catalog port (3268/3269 on AD) answers forest-wide reads. */
    GLOBAL_CATALOG
}
