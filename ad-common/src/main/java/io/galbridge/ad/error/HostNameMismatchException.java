package io.galbridge.ad.error;

/**
 * Thrown inside a connect attempt when the server's certificate does not name the host the client
 * connected to. It only travels as the cause of an {@code LDAPException}; {@link LdapErrorTranslator}
 * turns it into a {@code ConnectionFailedException} that says "host name mismatch".
 */
public final class HostNameMismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param host the host name or address the client connected to
     * @param port the port connected to
     * @param cause the verifier's own failure, kept for its detail
     */
    public HostNameMismatchException(String host, int port, Throwable cause) {
        super("the certificate of " + host + ":" + port + " does not name " + host, cause);
    }
}
