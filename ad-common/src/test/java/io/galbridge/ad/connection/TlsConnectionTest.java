package io.galbridge.ad.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedRequest;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedResult;
import io.galbridge.ad.fixture.EmbeddedAdServer;
import io.galbridge.ad.fixture.TlsServers;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TLS against embedded servers on loopback whose certificates come from a test CA: a trusted CA and a
 * certificate naming the host work; an untrusted CA or a certificate for another host name is refused
 * with a message saying which.
 */
class TlsConnectionTest {

    private static final TestCertificateAuthority CA = TestCertificateAuthority.create("galbridge test CA");
    private static final TestCertificateAuthority OTHER_CA = TestCertificateAuthority.create("someone else's CA");

    @TempDir
    static Path dir;

    private static EmbeddedAdServer rightName;
    private static EmbeddedAdServer wrongName;
    private static Path caFile;
    private static Path otherCaFile;

    @BeforeAll
    static void start() throws Exception {
        rightName = EmbeddedAdServer.start(TlsServers.ldapsAndStartTls(
                CA.issueServerCertificate("localhost", List.of("localhost"), List.of("127.0.0.1"))));
        wrongName = EmbeddedAdServer.start(TlsServers.ldapsAndStartTls(
                CA.issueServerCertificate("dc1.src.test", List.of("dc1.src.test"), List.of())));
        caFile = CA.writeCertificatePem(dir.resolve("ca.pem"));
        otherCaFile = OTHER_CA.writeCertificatePem(dir.resolve("other-ca.pem"));
    }

    @AfterAll
    static void stop() {
        rightName.close();
        wrongName.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = SecurityMode.class,
            names = {"LDAPS", "STARTTLS"})
    void trustedCaAndMatchingHostNameConnectAndBind(SecurityMode mode) {
        LdapEndpointSettings settings = settings(rightName, mode).caFile(caFile).build();

        try (AdConnectionPool pool = AdConnectionPool.open(settings)) {
            WhoAmIExtendedResult who = pool.run(
                    "who am I", c -> (WhoAmIExtendedResult) c.processExtendedOperation(new WhoAmIExtendedRequest()));

            assertThat(who.getAuthorizationID()).isEqualToIgnoringCase("dn:" + EmbeddedAdServer.ADMIN);
        }
    }

    @Test
    void aPkcs12TrustStoreHoldingTheCaWorksToo() throws Exception {
        char[] pin = "store-pin".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, pin);
        store.setCertificateEntry("ca", CA.certificate());
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, pin);
        }
        LdapEndpointSettings settings = settings(rightName, SecurityMode.LDAPS)
                .trustStore(file, "PKCS12", new GuardedString(pin))
                .build();

        try (AdConnectionPool pool = AdConnectionPool.open(settings)) {
            String vendor = pool.run("read root DSE", c -> c.getRootDSE().getVendorName());

            assertThat(vendor).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = SecurityMode.class,
            names = {"LDAPS", "STARTTLS"})
    void aCertificateFromAnUntrustedCaIsRefused(SecurityMode mode) {
        LdapEndpointSettings settings =
                settings(rightName, mode).caFile(otherCaFile).build();

        assertThatThrownBy(() -> AdConnectionPool.open(settings))
                .isExactlyInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("certificate not trusted")
                .hasMessageContaining("127.0.0.1");
    }

    @ParameterizedTest
    @EnumSource(
            value = SecurityMode.class,
            names = {"LDAPS", "STARTTLS"})
    void aCertificateForAnotherHostNameIsRefused(SecurityMode mode) {
        LdapEndpointSettings settings = settings(wrongName, mode).caFile(caFile).build();

        assertThatThrownBy(() -> AdConnectionPool.open(settings))
                .isExactlyInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("host name mismatch")
                .hasMessageContaining("127.0.0.1");
    }

    private static LdapEndpointSettings.Builder settings(EmbeddedAdServer server, SecurityMode mode) {
        int port = server.port(mode == SecurityMode.LDAPS ? "ldaps" : "starttls");
        return LdapEndpointSettings.builder()
                .server("127.0.0.1", port)
                .security(mode)
                .bind(
                        EmbeddedAdServer.ADMIN,
                        new GuardedString(server.password().toCharArray()));
    }
}
