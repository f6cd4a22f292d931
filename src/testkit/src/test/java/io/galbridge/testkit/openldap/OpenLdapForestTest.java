package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import io.galbridge.testkit.ForestCapability;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two slapd forests start side by side, AD-shaped, reachable over LDAP and verified LDAPS only. */
@WithForests(ForestKind.OPENLDAP)
class OpenLdapForestTest {

    @TempDir
    Path dir;

    @Test
    void bothForestsRunSideBySideOnLoopbackWithTheirOwnNamingContexts(RunningForests forests) throws Exception {
        TestForest source = forests.source();
        TestForest target = forests.target();
        assertThat(source.host()).isEqualTo("127.0.0.1");
        assertThat(source.ldapPort()).isNotIn(target.ldapPort(), target.ldapsPort());
        assertThat(source.capabilities())
                .containsExactlyInAnyOrder(ForestCapability.PAGED_RESULTS, ForestCapability.CONTENT_SYNC);
        try (LDAPConnection s = source.connect();
                LDAPConnection t = target.connect()) {
            RootDSE sourceRoot = s.getRootDSE();
            RootDSE targetRoot = t.getRootDSE();
            assertThat(namingContexts(sourceRoot)).contains(new DN("DC=src,DC=test"), new DN("cn=accesslog"));
            assertThat(namingContexts(targetRoot)).contains(new DN("DC=tgt,DC=test"));
            assertThat(sourceRoot.getSupportedControlOIDs())
                    .contains("1.2.840.113556.1.4.319", "1.3.6.1.4.1.4203.1.9.1.1");
            assertThat(s.getEntry("CN=Users,DC=tgt,DC=test")).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "target"})
    void theTreeIsAdShapedAndTheAdministratorBindsWithItsPerRunPassword(String role, RunningForests forests)
            throws Exception {
        TestForest forest = forests.get(role);
        assertThat(forest.bindDn()).isEqualTo("CN=Administrator,CN=Users," + forest.baseDn());
        SearchResultEntry users = forest.read("CN=Users," + forest.baseDn(), "objectClass", "objectGUID");
        assertThat(users.getAttributeValues("objectClass")).contains("container");
        assertThat(users.getAttributeValueBytes("objectGUID")).hasSize(16);
        SearchResultEntry domain = forest.read(forest.baseDn().toString(), "objectClass");
        assertThat(domain.getAttributeValues("objectClass")).contains("domainDNS");
        assertThat(forest.password()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(forests.source().password()).isNotEqualTo(forests.target().password());
    }

    @Test
    void aWrongPasswordAndAnonymousReadsAreRefused(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection =
                new LDAPConnection(source.connectionOptions(), source.host(), source.ldapPort())) {
            assertThatThrownBy(() -> connection.bind(source.bindDn(), source.password() + "x"))
                    .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                            .isEqualTo(ResultCode.INVALID_CREDENTIALS));
        }
        try (LDAPConnection anonymous =
                new LDAPConnection(source.connectionOptions(), source.host(), source.ldapPort())) {
            assertThat(anonymous.getEntry(source.bindDn())).isNull();
        }
    }

    @Test
    void ldapsWithTheForestCaAndHostNameVerificationWorks(@ForestRole("target") TestForest target) throws Exception {
        try (LDAPConnection connection = target.connectLdaps()) {
            assertThat(connection.getEntry(target.bindDn(), "cn").getAttributeValue("cn"))
                    .isEqualTo("Administrator");
        }
        try (LDAPConnection byName = ldaps(target.caCertificatePem(), "localhost", target.ldapsPort())) {
            byName.bind(target.bindDn(), target.password());
            assertThat(byName.isConnected()).isTrue();
        }
    }

    @Test
    void ldapsTrustingAnotherCaIsRefused(@ForestRole("source") TestForest source) {
        Path otherCa = TestCertificateAuthority.create("some other CA").writeCertificatePem(dir.resolve("other.pem"));
        assertThatThrownBy(
                        () -> ldaps(otherCa, source.host(), source.ldapsPort()).getRootDSE())
                .isInstanceOf(LDAPException.class)
                .hasMessageContaining("certificate");
    }

    @Test
    void theInstanceDirectoryLivesUnderTheBuildDirectory(@ForestRole("source") TestForest source) {
        OpenLdapForest forest = (OpenLdapForest) source;
        assertThat(forest.instanceDirectory().getParent().getFileName()).hasToString("openldap");
        assertThat(Files.isRegularFile(forest.instanceDirectory().resolve("slapd.conf")))
                .isTrue();
        assertThat(forest.toString()).doesNotContain(forest.password());
    }

    private static List<DN> namingContexts(RootDSE root) throws LDAPException {
        List<DN> dns = new ArrayList<>();
        for (String dn : root.getNamingContextDNs()) {
            dns.add(new DN(dn));
        }
        return dns;
    }

    private static LDAPConnection ldaps(Path ca, String host, int port) throws Exception {
        SSLUtil ssl = new SSLUtil(new PEMFileTrustManager(ca.toFile()));
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(5_000);
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        return new LDAPConnection(ssl.createSSLSocketFactory(), options, host, port);
    }
}
