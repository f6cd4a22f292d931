package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.SSLSocketVerifier;
import io.galbridge.ad.error.HostNameMismatchException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

/**
 * Verifies that the server certificate names the host connected to, and marks a failure with {@link
 * HostNameMismatchException} so the error translator can say "host name mismatch".
 *
 * <p>Two checks must both pass: UnboundID's {@link HostNameSSLSocketVerifier} (wildcards allowed), and a
 * strict check of the subject alternative names (RFC 6125): a host given as a literal address must appear as
 * an iPAddress name, a host name as a dNSName (a wildcard only in the leftmost label). The strict check exists
 * because UnboundID 7.0.5 accepted a certificate naming only {@code dc1.src.test} for a connection to {@code
 * 127.0.0.1} (seen in this module's tests). Thread-safe.
 */
final class HostNameCheck extends SSLSocketVerifier {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private final HostNameSSLSocketVerifier delegate = new HostNameSSLSocketVerifier(true);

    @Override
    public void verifySSLSocket(String host, int port, SSLSocket sslSocket) throws LDAPException {
        try {
            delegate.verifySSLSocket(host, port, sslSocket);
        } catch (LDAPException e) {
            throw mismatch(host, port, e.getMessage(), e);
        }
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) sslSocket.getSession().getPeerCertificates()[0];
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            throw mismatch(host, port, "no X.509 server certificate", e);
        }
        if (!namesHost(certificate, host)) {
            throw mismatch(
                    host,
                    port,
                    "the certificate " + certificate.getSubjectX500Principal() + " names only "
                            + alternativeNames(certificate),
                    null);
        }
    }

    static boolean namesHost(X509Certificate certificate, String host) {
        boolean literal = isLiteralAddress(host);
        for (List<?> name : alternativeNames(certificate)) {
            int type = (Integer) name.get(0);
            String value = String.valueOf(name.get(1));
            if (literal && type == IP_ADDRESS && sameAddress(host, value)) {
                return true;
            }
            if (!literal && type == DNS_NAME && dnsMatches(value, host)) {
                return true;
            }
        }
        return false;
    }

    private static Collection<List<?>> alternativeNames(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static boolean dnsMatches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot).equals(p.substring(1));
        }
        return p.equals(h);
    }

    private static boolean isLiteralAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static boolean sameAddress(String a, String b) {
        try {
            // both are literals here: getByName does not resolve them
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static LDAPException mismatch(String host, int port, String detail, Throwable cause) {
        return new LDAPException(
                ResultCode.CONNECT_ERROR,
                "TLS host name mismatch for " + host + ":" + port + ": " + detail,
                new HostNameMismatchException(host, port, cause));
    }
}
