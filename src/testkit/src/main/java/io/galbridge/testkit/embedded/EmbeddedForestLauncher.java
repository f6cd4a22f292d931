package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.util.ssl.SSLUtil;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.fixture.DomainSid;
import io.galbridge.testkit.schema.UnboundIdSchemaRenderer;
import io.galbridge.testkit.tls.ServerCredentials;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;

/**
 * Builds and starts the {@link InMemoryDirectoryServer} of one embedded forest: the project's AD/Exchange
 * schema (enforced), the AD stand-in interceptors in a fixed order, listeners on the loopback address
 * only (plain LDAP with StartTLS, and LDAPS, both on ephemeral ports) and the base tree.
 */
final class EmbeddedForestLauncher {

    /** Attributes tests and connectors look up by equality; indexes keep 2,500-entry fixtures fast. */
    private static final List<String> EQUALITY_INDEXES = List.of(
            "objectGUID",
            "objectSid",
            "objectClass",
            "sAMAccountName",
            "mail",
            "mailNickname",
            "proxyAddresses",
            "legacyExchangeDN",
            "targetAddress",
            "member");

    private EmbeddedForestLauncher() {}

    /**
     * Starts one forest.
     *
     * @throws LDAPException when the server cannot be configured or started; the message names the forest
     */
    static EmbeddedForest start(ForestSpec spec, TestCertificateAuthority ca, Path caPem) throws LDAPException {
        SecureRandom random = new SecureRandom();
        String password = newPassword(random);
        DomainSid domainSid = DomainSid.drawnFrom(random);
        UpdateSequence sequence = new UpdateSequence();
        AtomicReference<InMemoryDirectoryServer> self = new AtomicReference<>();
        ObjectIdentityInterceptor identity = new ObjectIdentityInterceptor(domainSid, random);
        ChangeStampInterceptor changes = new ChangeStampInterceptor(sequence, Clock.systemUTC(), self);
        ObjectCategoryInterceptor category = new ObjectCategoryInterceptor(spec.baseDn());
        Schema schema = new UnboundIdSchemaRenderer().render();

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(spec.baseDn());
        config.setSchema(schema);
        config.addAdditionalBindCredentials(
                BaseDirectoryTree.administratorDn(spec).toString(), password);
        config.setEqualityIndexAttributes(EQUALITY_INDEXES);
        config.setListenerConfigs(listeners(spec, ca));
        RequestLog requests = new RequestLog();
        config.addInMemoryOperationInterceptor(requests.interceptor()); // first: sees the requests as clients sent them
        // order matters: refuse client-supplied identities first, then stamp
        config.addInMemoryOperationInterceptor(identity);
        config.addInMemoryOperationInterceptor(category);
        config.addInMemoryOperationInterceptor(new UpdateRecipientInterceptor(spec.netbiosName(), random, self));
        config.addInMemoryOperationInterceptor(changes);
        config.addInMemoryOperationInterceptor(new HighestCommittedUsnInterceptor(sequence));

        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        self.set(server);
        for (Entry entry : BaseDirectoryTree.entries(spec, domainSid)) {
            identity.stamp(entry);
            category.stamp(entry);
            changes.stamp(entry);
            server.add(entry);
        }
        server.startListening();
        return new EmbeddedForest(spec, server, password, caPem, sequence, requests);
    }

    private static List<InMemoryListenerConfig> listeners(ForestSpec spec, TestCertificateAuthority ca)
            throws LDAPException {
        String hostName = "dc1." + spec.dnsName();
        ServerCredentials credentials =
                ca.issueServerCertificate(hostName, List.of("localhost", hostName), List.of("127.0.0.1"));
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            char[] keyPassword = "in-memory".toCharArray();
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(credentials.toKeyStore(keyPassword), keyPassword);
            SSLUtil serverSsl = new SSLUtil(keys.getKeyManagers(), null);
            return List.of(
                    InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, serverSsl.createSSLSocketFactory()),
                    InMemoryListenerConfig.createLDAPSConfig(
                            "ldaps", loopback, 0, serverSsl.createSSLServerSocketFactory(), null));
        } catch (GeneralSecurityException e) {
            throw new LDAPException(
                    ResultCode.LOCAL_ERROR,
                    "cannot set up TLS for the embedded forest " + spec.dnsName() + ": " + e,
                    e);
        }
    }

    private static String newPassword(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
