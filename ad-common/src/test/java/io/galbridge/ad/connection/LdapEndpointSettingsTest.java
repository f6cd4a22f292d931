package io.galbridge.ad.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class LdapEndpointSettingsTest {

    private static final GuardedString PASSWORD = new GuardedString("Secret-Value-42".toCharArray());

    @Test
    void reportsEveryProblemNamingItsProperty() {
        LdapEndpointSettings.Builder builder = LdapEndpointSettings.builder()
                .server("", 0)
                .url("http//not a url")
                .security(SecurityMode.LDAPS)
                .bind("CN=broken,,DC=x", null)
                .caFile(Path.of("/nonexistent/ca.pem"))
                .trustStore(Path.of("/nonexistent/trust.p12"), "BKS", null)
                .connectTimeout(Duration.ZERO)
                .responseTimeout(Duration.ofSeconds(-1))
                .poolSize(0)
                .globalCatalogPort(70000);

        assertThatThrownBy(builder::build)
                .isExactlyInstanceOf(ConfigurationException.class)
                .hasMessageContaining("servers: 'http//not a url' is not an LDAP URL")
                .hasMessageContaining("servers: a host name is empty")
                .hasMessageContaining("servers: port 0")
                .hasMessageContaining("bindName: 'CN=broken,,DC=x' is not a valid DN")
                .hasMessageContaining("bindPassword: required")
                .hasMessageContaining("caFile, trustStore: give one of them, not both")
                .hasMessageContaining("caFile: /nonexistent/ca.pem is not a readable file")
                .hasMessageContaining("trustStore: /nonexistent/trust.p12 is not a readable file")
                .hasMessageContaining("trustStoreType: 'BKS' is not PKCS12 or JKS")
                .hasMessageContaining("connectTimeout: must be a positive duration")
                .hasMessageContaining("responseTimeout: must be a positive duration")
                .hasMessageContaining("poolSize: 0 is outside 1..64")
                .hasMessageContaining("globalCatalogPort: port 70000")
                .hasMessageContaining("(13 problems)");
    }

    @Test
    void requiresAServerAndABindAccount() {
        assertThatThrownBy(() -> LdapEndpointSettings.builder().build())
                .hasMessageContaining("servers: at least one domain controller is required")
                .hasMessageContaining("bindName: required")
                .hasMessageContaining("bindPassword: required");
    }

    @Test
    void acceptsAUserPrincipalNameAndUrlsAndDerivesTheGlobalCatalog() {
        LdapEndpointSettings settings = LdapEndpointSettings.builder()
                .url("ldaps://dc1.src.test:636")
                .url("ldaps://dc2.src.test")
                .bind("svc-galbridge@src.test", PASSWORD)
                .build();

        assertThat(settings.servers())
                .containsExactly(
                        new LdapServerAddress("dc1.src.test", 636), new LdapServerAddress("dc2.src.test", 636));
        assertThat(settings.forGlobalCatalog().servers())
                .containsExactly(
                        new LdapServerAddress("dc1.src.test", 3269), new LdapServerAddress("dc2.src.test", 3269));
    }

    @Test
    void aPlainConnectionWithTrustMaterialIsAMistake() {
        assertThatThrownBy(() -> LdapEndpointSettings.builder()
                        .server("dc1.src.test", 389)
                        .security(SecurityMode.PLAIN)
                        .bind("svc@src.test", PASSWORD)
                        .caFile(Path.of("pom.xml"))
                        .build())
                .hasMessageContaining("security: PLAIN uses no TLS, but caFile or trustStore is set");
    }

    @Test
    void toStringNeverShowsThePassword() {
        LdapEndpointSettings settings = LdapEndpointSettings.builder()
                .server("dc1.src.test", 636)
                .bind("svc@src.test", PASSWORD)
                .build();

        assertThat(settings.toString())
                .contains("dc1.src.test:636", "svc@src.test")
                .doesNotContain("Secret");
    }
}
