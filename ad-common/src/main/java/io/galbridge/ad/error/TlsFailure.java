package io.galbridge.ad.error;

import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * What went wrong in a TLS handshake, found in the cause chain of a failed connect.
 *
 * <p>The connection code checks host names with a verifier that throws {@link HostNameMismatchException};
 * the JDK reports an untrusted chain as a {@link CertificateException} inside an {@link SSLException}.
 */
public enum TlsFailure {
    /** The server's certificate does not name the host the client connected to. */
    HOST_NAME_MISMATCH("host name mismatch: the server certificate does not name the host connected to"),
    /** The server's certificate chain does not lead to a trusted CA (or is expired or malformed). */
    CERTIFICATE_NOT_TRUSTED("certificate not trusted: the server certificate does not chain to the configured CA"),
    /** Another TLS failure (protocol or cipher mismatch, handshake aborted). */
    HANDSHAKE_FAILED("TLS handshake failed");

    private final String reason;

    TlsFailure(String reason) {
        this.reason = reason;
    }

    /** The reason as written in exception messages. */
    public String reason() {
        return reason;
    }

    /**
     * Classifies a failure by walking its cause chain.
     *
     * @param failure the exception a connect attempt ended with; not null
     * @return the TLS failure, or empty when the chain shows no TLS problem
     */
    public static Optional<TlsFailure> classify(Throwable failure) {
        boolean ssl = false;
        boolean certificate = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HostNameMismatchException) {
                return Optional.of(HOST_NAME_MISMATCH);
            }
            certificate |= t instanceof CertificateException;
            ssl |= t instanceof SSLException;
        }
        if (certificate) {
            return Optional.of(CERTIFICATE_NOT_TRUSTED);
        }
        return ssl ? Optional.of(HANDSHAKE_FAILED) : Optional.empty();
    }
}
