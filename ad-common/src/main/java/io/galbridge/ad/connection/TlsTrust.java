package io.galbridge.ad.connection;

import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import java.security.GeneralSecurityException;
import java.security.KeyStoreException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Builds the client TLS context from the settings' trust source: a PEM CA file ({@link PEMFileTrustManager}),
 * a trust store ({@link TrustStoreTrustManager}, validity dates examined) or the JVM default. Host names are
 * checked separately by {@link HostNameCheck}. Stateless.
 */
final class TlsTrust {

    private TlsTrust() {}

    /**
     * @throws ConfigurationException if the CA file or trust store cannot be read
     */
    static SSLContext clientContext(LdapEndpointSettings settings) {
        try {
            return new SSLUtil(trustManager(settings)).createSSLContext();
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("Cannot set up TLS for " + settings.servers() + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(LdapEndpointSettings settings) throws KeyStoreException {
        if (settings.caFile().isPresent()) {
            try {
                return new PEMFileTrustManager(settings.caFile().get().toFile());
            } catch (KeyStoreException e) {
                throw new ConfigurationException(
                        "caFile: cannot read CA certificates from "
                                + settings.caFile().get() + ": " + e.getMessage(),
                        e);
            }
        }
        if (settings.trustStore().isPresent()) {
            char[][] pin = new char[1][];
            settings.trustStorePassword().ifPresent(p -> p.access(chars -> pin[0] = chars.clone()));
            return new TrustStoreTrustManager(
                    settings.trustStore().get().toFile(), pin[0], settings.trustStoreType(), true);
        }
        return JVMDefaultTrustManager.getInstance();
    }
}
