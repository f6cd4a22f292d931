package io.galbridge.testkit.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server certificate from the test CA is accepted with host-name verification, and only for its names. */
class TestCertificateAuthorityTest {

    private static final char[] STORE_PASSWORD = "store-pass".toCharArray();

    @TempDir
    static Path dir;

    private static TestCertificateAuthority ca;
    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void startServer() throws Exception {
        ca = TestCertificateAuthority.create("galbridge test CA");
        ServerCredentials credentials =
                ca.issueServerCertificate("dc1.src.test", List.of("localhost"), List.of("127.0.0.1"));
        Path keyStore = dir.resolve("server.p12");
        credentials.writePkcs12(keyStore, STORE_PASSWORD);
        SSLUtil serverSsl =
                new SSLUtil(new KeyStoreKeyManager(keyStore.toFile(), STORE_PASSWORD, "PKCS12", "server"), null);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=src,dc=test");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig(
                "ldaps", InetAddress.getLoopbackAddress(), 0, serverSsl.createSSLServerSocketFactory(), null));
        server = new InMemoryDirectoryServer(config);
        server.startListening();
    }

    @AfterAll
    static void stopServer() {
        server.shutDown(true);
    }

    @Test
    void clientTrustingTheCaConnectsByIpAddress() throws Exception {
        try (LDAPConnection connection = connect(ca, "127.0.0.1")) {
            assertThat(connection.getRootDSE()).isNotNull();
        }
    }

    @Test
    void clientTrustingTheCaConnectsByDnsName() throws Exception {
        try (LDAPConnection connection = connect(ca, "localhost")) {
            assertThat(connection.isConnected()).isTrue();
        }
    }

    @Test
    void clientTrustingAnotherCaIsRefused() {
        TestCertificateAuthority other = TestCertificateAuthority.create("another CA");
        assertThatThrownBy(() -> connect(other, "127.0.0.1")).isInstanceOf(LDAPException.class);
    }

    @Test
    void serverCertificateNamesOnlyItsHosts() throws Exception {
        assertThat(ca.issueServerCertificate("x", List.of("dc1.src.test"), List.of())
                        .certificate()
                        .getSubjectAlternativeNames())
                .extracting(name -> (Object) name.get(1))
                .containsExactly("dc1.src.test");
        assertThatThrownBy(() -> ca.issueServerCertificate("x", List.of(), List.of("not-an-ip")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-an-ip");
    }

    @Test
    void pemFilesAreWrittenWithAPrivateKeyFileOnlyTheOwnerReads() throws Exception {
        ServerCredentials credentials = ca.issueServerCertificate("dc1", List.of("localhost"), List.of("127.0.0.1"));
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        credentials.writePem(cert, key);
        assertThat(Files.readString(cert)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    private static LDAPConnection connect(TestCertificateAuthority trusted, String host) throws Exception {
        Path caFile = trusted.writeCertificatePem(Files.createTempFile(dir, "ca", ".pem"));
        SSLUtil clientSsl = new SSLUtil(new PEMFileTrustManager(caFile.toFile()));
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        options.setConnectTimeoutMillis(5_000);
        return new LDAPConnection(clientSsl.createSSLSocketFactory(), options, host, server.getListenPort("ldaps"));
    }
}
