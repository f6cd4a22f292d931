package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.util.ssl.SSLUtil;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.tls.ServerCredentials;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the server or its certificate, on dedicated servers each test starts and stops itself: a
 * domain controller that goes away in the middle of a paged search, and an LDAPS certificate that does not
 * name the host connected to.
 */
class ConnectionFailureTest {

    private static final int RECIPIENTS = 2_500;

    @Test
    void aServerLostMidSearchEndsTheSearchWithConnectionFailedAndNoCompleteResult() throws Exception {
        try (RunningForests forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE))) {
            TestForest source = forests.all().get(0);
            try (LDAPConnection c = source.connect()) {
                RecipientFixtures.forForest(source.spec())
                        .withRecipients(RECIPIENTS)
                        .addTo(c);
            }
            InMemoryDirectoryServer server = ((EmbeddedForest) source).directoryServer();
            SourceAdConfiguration configuration = Facades.configuration(source);
            configuration.setPageSize(200);
            AtomicInteger seen = new AtomicInteger();
            List<ConnectorObject> received = new ArrayList<>();
            assertThatThrownBy(() -> Facades.facade(configuration)
                            .search(
                                    RecipientSchema.RECIPIENT_CLASS,
                                    null,
                                    object -> {
                                        received.add(object);
                                        if (seen.incrementAndGet() == 1) {
                                            server.shutDown(true);
                                        }
                                        return true;
                                    },
                                    null))
                    .isInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("search under");
            assertThat(received).hasSizeLessThan(RECIPIENTS);
        }
    }

    @Test
    void anLdapsCertificateForAnotherHostIsRefusedAsAHostNameMismatch(@TempDir Path dir) throws Exception {
        TestCertificateAuthority ca = TestCertificateAuthority.create("galbridge host name test CA");
        ServerCredentials onlyDc1 = ca.issueServerCertificate("dc1.src.test", List.of("dc1.src.test"), List.of());
        char[] keyPassword = "host-name-test".toCharArray();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(onlyDc1.toKeyStore(keyPassword), keyPassword);
        SSLUtil serverSsl = new SSLUtil(keys.getKeyManagers(), null);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("DC=src,DC=test");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig(
                "ldaps", InetAddress.getLoopbackAddress(), 0, serverSsl.createSSLServerSocketFactory(), null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.startListening();
        try {
            SourceAdConfiguration c = new SourceAdConfiguration();
            c.setServerUrls(new String[] {
                "ldaps://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getListenPort("ldaps")
            });
            c.setBindDn("CN=Administrator,CN=Users,DC=src,DC=test");
            c.setBindPassword(new GuardedString("not-used-the-handshake-fails-first".toCharArray()));
            c.setCaCertificateFile(ca.writeCertificatePem(dir.resolve("ca.pem")).toString());
            c.setBaseContexts(new String[] {"DC=src,DC=test"});
            c.setForestDnsName("src.test");
            assertThatThrownBy(() -> Facades.facade(c).test())
                    .isInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("host name mismatch")
                    .hasMessageNotContaining("not-used-the-handshake-fails-first");
        } finally {
            server.shutDown(true);
        }
    }
}
