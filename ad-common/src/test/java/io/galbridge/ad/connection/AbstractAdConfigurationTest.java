package io.galbridge.ad.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared connection properties: one parser, problems named by ConnId property, one message catalog. */
class AbstractAdConfigurationTest {

    /** The smallest concrete configuration: only the shared properties, validated by the shared parser. */
    static final class ConnectionOnly extends AbstractAdConfiguration {
        LdapEndpointSettings settings() {
            List<String> problems = new ArrayList<>();
            LdapEndpointSettings s = connectionSettings(problems);
            if (!problems.isEmpty()) {
                throw new ConfigurationException(String.join("\n", problems));
            }
            assertThat(s).as("settings when there is no problem").isNotNull();
            return s;
        }

        @Override
        public void validate() {
            settings();
        }
    }

    private static ConnectionOnly valid() {
        ConnectionOnly c = new ConnectionOnly();
        c.setServerUrls(new String[] {"ldaps://dc1.src.example.com:636", "ldaps://dc2.src.example.com"});
        c.setBindDn("CN=svc-galbridge,OU=Service Accounts,DC=src,DC=example,DC=com");
        c.setBindPassword(ConnectionPropertyCases.password());
        return c;
    }

    @Test
    void defaultsGiveLdapsWithTheDocumentedTimeoutsAndFailoverOrder() {
        LdapEndpointSettings s = valid().settings();
        assertThat(s.security()).isEqualTo(SecurityMode.LDAPS);
        assertThat(s.servers())
                .containsExactly(
                        new LdapServerAddress("dc1.src.example.com", 636),
                        new LdapServerAddress("dc2.src.example.com", 636));
        assertThat(s.bindName()).isEqualTo("CN=svc-galbridge,OU=Service Accounts,DC=src,DC=example,DC=com");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofMillis(10_000));
        assertThat(s.responseTimeout()).isEqualTo(Duration.ofMillis(120_000));
        assertThat(s.effectiveGlobalCatalogPort()).isEqualTo(3269);
        assertThat(valid().getPageSize()).isEqualTo(500);
        assertThat(s.toString()).doesNotContain(ConnectionPropertyCases.SECRET);
    }

    @ParameterizedTest(name = "{0} startTls={1} -> {2}")
    @CsvSource({
        "ldaps://dc1.src.example.com:636, false, LDAPS, 636, 3269",
        "ldap://dc1.src.example.com:389, true, STARTTLS, 389, 3268",
        "ldap://dc1.src.example.com, false, PLAIN, 389, 3268",
        "LDAPS://DC1.SRC.EXAMPLE.COM:10636, false, LDAPS, 10636, 3269"
    })
    void schemeAndStartTlsChooseTheSecurityMode(String url, boolean startTls, SecurityMode mode, int port, int gc) {
        ConnectionOnly c = valid();
        c.setServerUrls(new String[] {url});
        c.setStartTls(startTls);
        c.setBindDn("svc-galbridge@src.example.com");
        c.setConnectTimeoutMillis(2_500);
        c.setResponseTimeoutMillis(30_000);
        LdapEndpointSettings s = c.settings();
        assertThat(s.security()).isEqualTo(mode);
        assertThat(s.servers()).extracting(LdapServerAddress::port).containsExactly(port);
        assertThat(s.effectiveGlobalCatalogPort()).isEqualTo(gc);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(s.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("io.galbridge.ad.connection.ConnectionPropertyCases#badConnectionProperties")
    void eachBadConnectionPropertyIsReportedUnderItsConnIdName(
            String property, String mention, Consumer<AbstractAdConfiguration> change) {
        ConnectionOnly c = valid();
        change.accept(c);
        List<String> problems = new ArrayList<>();
        assertThat(c.connectionSettings(problems)).isNull();
        ConnectionPropertyCases.assertReported(String.join("\n", problems), property, mention);
    }

    @Test
    void everyProblemIsReportedAtOnceAndEarlierProblemsAreKept() {
        ConnectionOnly c = valid();
        c.setBindDn(null);
        c.setBindPassword(null);
        c.setConnectTimeoutMillis(0);
        c.setPageSize(5000);
        List<String> problems = new ArrayList<>(List.of("forestDnsName: required"));
        assertThat(c.connectionSettings(problems)).isNull();
        assertThat(problems)
                .extracting(l -> l.substring(0, l.indexOf(':')))
                .containsExactlyInAnyOrder(
                        "forestDnsName", "bindDn", "bindPassword", "connectTimeoutMillis", "pageSize");
    }

    @Test
    void aValidConfigurationAddsNoProblemAndKeepsTheCallersList() {
        List<String> problems = new ArrayList<>(List.of("contactOu: required"));
        assertThat(valid().connectionSettings(problems)).isNotNull();
        assertThat(problems).containsExactly("contactOu: required");
    }

    @Test
    void theSharedCatalogHasExactlyTheKeysOfTheSharedProperties() throws IOException {
        Properties catalog = new Properties();
        String resource = "/" + AbstractAdConfiguration.MESSAGE_CATALOG + ".properties";
        try (InputStream in = AbstractAdConfiguration.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            catalog.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = MessageCatalogs.propertyKeys(AbstractAdConfiguration.class);
        assertThat(keys).hasSize(24).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(k -> assertThat(catalog.getProperty(k))
                .as("message for %s", k)
                .isNotBlank());
        assertThat(catalog.stringPropertyNames()).as("no stale keys").isEqualTo(new HashSet<>(keys));
    }
}
