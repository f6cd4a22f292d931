package io.galbridge.testkit.samba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
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
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real Samba DCs side by side: distinct forests, LDAPS with the test CA, the global catalog. */
@WithForests(ForestKind.SAMBA)
class SambaForestProviderTest {

    @TempDir
    Path temp;

    @Test
    void bothForestsRunSideBySideAsDistinctDomains(RunningForests forests) throws Exception {
        TestForest source = forests.source();
        TestForest target = forests.target();
        assertThat(source.baseDn()).hasToString("DC=src,DC=test");
        assertThat(target.baseDn()).hasToString("DC=tgt,DC=test");
        assertThat(List.of(source.ldapPort(), source.ldapsPort(), target.ldapPort(), target.ldapsPort()))
                .doesNotHaveDuplicates();
        for (TestForest forest : forests.all()) {
            try (LDAPConnection connection = forest.connect()) {
                RootDSE rootDse = connection.getRootDSE();
                assertThat(rootDse.getAttributeValue("defaultNamingContext"))
                        .isEqualTo(forest.baseDn().toString());
                assertThat(rootDse.getSupportedControlOIDs())
                        .contains("1.2.840.113556.1.4.841", "1.2.840.113556.1.4.319", "1.2.840.113556.1.4.417");
                assertThat(rootDse.getAttributeValueAsLong("highestCommittedUSN"))
                        .isPositive();
            }
        }
    }

    @Test
    void forestReportsItsKindCapabilitiesAndAdministrator(@ForestRole("source") TestForest source) {
        assertThat(source.kind()).isEqualTo(ForestKind.SAMBA);
        assertThat(source.host()).isEqualTo("127.0.0.1");
        assertThat(source.bindDn()).isEqualTo("CN=Administrator,CN=Users,DC=src,DC=test");
        assertThat(source.capabilities())
                .containsExactlyInAnyOrder(
                        ForestCapability.PAGED_RESULTS,
                        ForestCapability.DIRSYNC,
                        ForestCapability.USN_CHANGED,
                        ForestCapability.SHOW_DELETED,
                        ForestCapability.SERVER_GENERATED_IDS,
                        ForestCapability.GLOBAL_CATALOG);
        assertThat(source.toString()).doesNotContain(source.password());
    }

    @Test
    void ldapsPresentsACertificateFromTheTestCaNamingTheLoopbackAddress(@ForestRole("target") TestForest target)
            throws Exception {
        try (LDAPConnection connection = target.connectLdaps()) {
            assertThat(connection.getSSLSession()).isNotNull();
            X509Certificate presented =
                    (X509Certificate) connection.getSSLSession().getPeerCertificates()[0];
            assertThat(presented.getSubjectAlternativeNames())
                    .extracting(name -> String.valueOf(name.get(1)))
                    .contains("127.0.0.1", "localhost", "dc1.tgt.test");
            assertThat(connection.getRootDSE().getAttributeValue("defaultNamingContext"))
                    .isEqualTo("DC=tgt,DC=test");
        }
    }

    @Test
    void ldapsIsRefusedByAClientThatTrustsAnotherCa(@ForestRole("source") TestForest source) throws Exception {
        Path otherCa =
                TestCertificateAuthority.create("not the forest's CA").writeCertificatePem(temp.resolve("other.pem"));
        SSLUtil ssl = new SSLUtil(new PEMFileTrustManager(otherCa.toFile()));
        LDAPConnectionOptions options = source.connectionOptions();
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        assertThatThrownBy(() -> new LDAPConnection(
                                ssl.createSSLSocketFactory(), options, source.host(), source.ldapsPort())
                        .close())
                .isInstanceOf(LDAPException.class)
                .extracting(e -> ((LDAPException) e).getResultCode())
                .isEqualTo(ResultCode.CONNECT_ERROR);
        assertThat(Files.readString(source.caCertificatePem())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void globalCatalogAnswersForTheForest(@ForestRole("source") TestForest source) throws Exception {
        SambaForest samba = (SambaForest) source;
        try (LDAPConnection connection =
                new LDAPConnection(source.connectionOptions(), source.host(), samba.globalCatalogPort())) {
            connection.bind(source.bindDn(), source.password());
            SearchResult result = connection.search(
                    source.baseDn().toString(),
                    SearchScope.SUB,
                    Filter.createEqualityFilter("sAMAccountName", "Administrator"),
                    "distinguishedName");
            assertThat(result.getSearchEntries())
                    .extracting(entry -> entry.getDN())
                    .containsExactly(source.bindDn());
        }
        assertThat(samba.globalCatalogUrl()).isEqualTo("ldap://127.0.0.1:" + samba.globalCatalogPort());
    }
}
