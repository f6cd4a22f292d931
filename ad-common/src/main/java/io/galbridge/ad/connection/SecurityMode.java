package io.galbridge.ad.connection;

/** How a connection is protected. */
public enum SecurityMode {
    /** No TLS. The bind password crosses the network in clear; for lab forests only. */
    PLAIN,
    /** Plain LDAP port, then the StartTLS extended operation before the bind. */
    STARTTLS,
    /** TLS from the first byte (LDAPS, port 636; global catalog 3269). */
    LDAPS;

    /** Whether TLS is used. */
    public boolean usesTls() {
        return this != PLAIN;
    }

    /** The usual domain-controller port for this mode: 389 or 636. */
    public int defaultPort() {
        return this == LDAPS ? 636 : 389;
    }

    /** The usual global-catalog port for this mode: 3268 or 3269. */
    public int defaultGlobalCatalogPort() {
        return this == LDAPS ? 3269 : 3268;
    }
}
