package io.galbridge.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import io.galbridge.testkit.ForestCapability;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two embedded forests start side by side on loopback, with TLS a client can verify. */
@WithForests(ForestKind.EMBEDDED)
class EmbeddedForestProviderTest {

    @TempDir
    Path dir;

    @Test
    void bothForestsRunWithTheirOwnNamingContextAndAdministrator(RunningForests forests) throws Exception {
        assertThat(forests.all()).extracting(f -> f.spec().role()).containsExactly("source", "target");
        for (TestForest forest : forests.all()) {
            assertThat(forest.kind()).isEqualTo(ForestKind.EMBEDDED);
            assertThat(forest.host()).isEqualTo("127.0.0.1");
            assertThat(forest.bindDn()).isEqualTo("CN=Administrator,CN=Users," + forest.baseDn());
            assertThat(forest.capabilities())
                    .containsExactlyInAnyOrder(
                            ForestCapability.PAGED_RESULTS,
                            ForestCapability.USN_CHANGED,
                            ForestCapability.SERVER_GENERATED_IDS);
            try (LDAPConnection connection = forest.connect()) {
                RootDSE rootDse = connection.getRootDSE();
                assertThat(rootDse.getNamingContextDNs())
                        .contains(forest.baseDn().toString());
                assertThat(connection.getEntry("CN=Users," + forest.baseDn())).isNotNull();
                assertThat(connection.getEntry("CN=Computers," + forest.baseDn()))
                        .isNotNull();
                assertThat(connection.getEntry(forest.baseDn().toString()).getObjectClassValues())
                        .contains("domainDNS");
            }
        }
        assertThat(forests.source().ldapPort()).isNotEqualTo(forests.target().ldapPort());
        assertThat(forests.source().password()).isNotEqualTo(forests.target().password());
    }

    @Test
    void wrongPasswordIsRefused(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = new LDAPConnection(source.host(), source.ldapPort())) {
            assertThatThrownBy(() -> connection.bind(source.bindDn(), source.password() + "x"))
                    .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                            .isEqualTo(ResultCode.INVALID_CREDENTIALS));
        }
    }

    @Test
    void ldapsWithTheForestCaAndHostNameVerificationWorks(RunningForests forests) throws Exception {
        for (TestForest forest : forests.all()) {
            try (LDAPConnection connection = forest.connectLdaps()) {
                assertThat(connection.getSSLSession()).isNotNull();
                assertThat(connection.getEntry(forest.bindDn())).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void startTlsUpgradesThePlainPortForEveryCertifiedName(String host, @ForestRole("target") TestForest target)
            throws Exception {
        SSLUtil ssl =
                new SSLUtil(new PEMFileTrustManager(target.caCertificatePem().toFile()));
        try (LDAPConnection connection = new LDAPConnection(host, target.ldapPort())) {
            connection.getConnectionOptions().setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
            ExtendedResult result =
                    connection.processExtendedOperation(new StartTLSExtendedRequest(ssl.createSSLContext()));
            assertThat(result.getResultCode()).isEqualTo(ResultCode.SUCCESS);
            connection.bind(target.bindDn(), target.password());
            assertThat(connection.getSSLSession()).isNotNull();
        }
    }

    @Test
    void aClientTrustingAnotherCaIsRefused(@ForestRole("source") TestForest source) throws Exception {
        Path otherCa =
                TestCertificateAuthority.create("not the forest's CA").writeCertificatePem(dir.resolve("other-ca.pem"));
        SSLUtil ssl = new SSLUtil(new PEMFileTrustManager(otherCa.toFile()));
        assertThatThrownBy(() ->
                        new LDAPConnection(ssl.createSSLSocketFactory(), source.host(), source.ldapsPort()).close())
                .isInstanceOf(LDAPException.class);
    }

    @Test
    void theServerCertificateNamesLoopbackLocalhostAndTheDomainController(@ForestRole("source") TestForest source)
            throws Exception {
        try (LDAPConnection connection = source.connectLdaps()) {
            X509Certificate certificate =
                    (X509Certificate) connection.getSSLSession().getPeerCertificates()[0];
            assertThat(certificate.getSubjectAlternativeNames())
                    .extracting(name -> (Object) name.get(1))
                    .containsExactlyInAnyOrder("localhost", "dc1.src.test", "127.0.0.1");
        }
    }

    @Test
    void worksWithoutJUnitAndCloseStopsTheServersAndRemovesTheCa() throws Exception {
        RunningForests forests =
                new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, new ForestSpec("other", "other.test")));
        TestForest other = forests.get("other");
        Path ca = other.caCertificatePem();
        try (LDAPConnection connection = other.connect()) {
            assertThat(connection.getEntry("DC=other,DC=test")).isNotNull();
        }
        assertThat(Files.readString(ca)).startsWith("-----BEGIN CERTIFICATE-----");
        forests.close();
        assertThatThrownBy(other::connect).isInstanceOf(LDAPException.class);
        assertThat(ca).doesNotExist();
        forests.close();
    }

    @Test
    void repeatedRolesAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new EmbeddedForestProvider()
                        .start(List.of(ForestSpec.SOURCE, new ForestSpec("source", "other.test"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }
}
