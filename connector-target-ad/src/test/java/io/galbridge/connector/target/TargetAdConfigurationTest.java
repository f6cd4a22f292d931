package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.ad.connection.AbstractAdConfiguration;
import io.galbridge.ad.connection.ConnectionPropertyCases;
import io.galbridge.ad.connection.MessageCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.spi.ConnectorClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validation of {@link TargetAdConfiguration}: each bad property is refused by name; message keys resolve. */
class TargetAdConfigurationTest {

    private static final String PREFIX = "/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients";

    @TempDir
    Path dir;

    private TargetAdConfiguration valid() throws IOException {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "placeholder", StandardCharsets.US_ASCII);
        TargetAdConfiguration c = new TargetAdConfiguration();
        c.setServerUrls(new String[] {"ldaps://dc1.tgt.example:636"});
        c.setBindDn("CN=svc-galbridge,OU=Service,DC=tgt,DC=example");
        c.setBindPassword(new GuardedString("not-a-real-secret".toCharArray()));
        c.setCaCertificateFile(ca.toString());
        c.setForestDnsName("tgt.example");
        c.setMailDomains(new String[] {"tgt.example"});
        c.setContactOu("OU=GAL Contacts,DC=tgt,DC=example");
        c.setMailUserOu("OU=Mail Users,DC=tgt,DC=example");
        c.setLegacyExchangeDnPrefix(PREFIX);
        c.setSourceForests(new String[] {"src.example=src.example,route.src.example"});
        return c;
    }

    @Test
    void aCompleteConfigurationIsValidAndUsesTheDefaultMarker() throws IOException {
        TargetAdConfiguration c = valid();
        c.validate();
        TargetSettings s = c.settings();
        assertThat(s.ownership().attribute()).isEqualTo("adminDescription");
        assertThat(s.baseDn().toString()).isEqualTo("DC=tgt,DC=example");
        assertThat(s.sourceForest("SRC.example")).isPresent();
        assertThat(s.toString()).doesNotContain("not-a-real-secret");
    }

    static Stream<Arguments> badProperties() {
        List<Arguments> out = new ArrayList<>();
        out.add(bad("serverUrls", c -> c.setServerUrls(new String[0])));
        out.add(bad("serverUrls", c -> c.setServerUrls(new String[] {"dc1.tgt.example:636"})));
        out.add(bad("bindDn", c -> c.setBindDn(" ")));
        out.add(bad("bindPassword", c -> c.setBindPassword(null)));
        out.add(bad("caCertificateFile", c -> c.setCaCertificateFile("/nonexistent/galbridge/ca.pem")));
        out.add(bad("startTls", c -> c.setStartTls(true)));
        out.add(bad("connectTimeoutMillis", c -> c.setConnectTimeoutMillis(0)));
        out.add(bad("responseTimeoutMillis", c -> c.setResponseTimeoutMillis(-5)));
        out.add(bad("pageSize", c -> c.setPageSize(0)));
        out.add(bad("pageSize", c -> c.setPageSize(1001)));
        out.add(bad("forestDnsName", c -> c.setForestDnsName(null)));
        out.add(bad("forest DNS name", c -> c.setForestDnsName("tgt")));
        out.add(bad("globalCatalogPort", c -> c.setGlobalCatalogPort(70_000)));
        out.add(bad("mailDomains", c -> c.setMailDomains(new String[] {"not a domain"})));
        out.add(bad("contactOu", c -> c.setContactOu("")));
        out.add(bad("contactOu", c -> c.setContactOu("OU=GAL Contacts,DC=other,DC=example")));
        out.add(bad("contactOu", c -> c.setContactOu("OU=no = dn,,")));
        out.add(bad("mailUserOu", c -> c.setMailUserOu(null)));
        out.add(bad("mailUserOu", c -> c.setMailUserOu("OU=Inner,OU=GAL Contacts,DC=tgt,DC=example")));
        out.add(bad("legacyExchangeDnPrefix", c -> c.setLegacyExchangeDnPrefix(null)));
        out.add(bad("legacyExchangeDnPrefix", c -> c.setLegacyExchangeDnPrefix("not a legacy DN")));
        out.add(bad("ownershipAttribute", c -> c.setOwnershipAttribute("")));
        out.add(bad("sourceForests", c -> c.setSourceForests(new String[0])));
        out.add(bad("sourceForests", c -> c.setSourceForests(new String[] {"src.example=bad domain"})));
        out.add(bad("sourceForests", c -> c.setSourceForests(new String[] {" "})));
        out.add(bad("overwriteLocalObject", c -> c.setOverwriteLocalObject(true)));
        out.add(bad("mailboxDeliveryDomain", c -> c.setMailboxDeliveryDomain("no_such domain")));
        return out.stream();
    }

    private static Arguments bad(String property, Consumer<TargetAdConfiguration> change) {
        return Arguments.of(property, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProperties")
    void eachBadPropertyIsRefusedByName(String property, Consumer<TargetAdConfiguration> change) throws IOException {
        TargetAdConfiguration c = valid();
        if (property.equals("startTls")) {
            c.setServerUrls(new String[] {"ldaps://dc1.tgt.example"});
        }
        change.accept(c);
        assertThatThrownBy(c::validate)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(property)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-a-real-secret"));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        TargetAdConfiguration c = valid();
        c.setPageSize(0);
        c.setContactOu(null);
        c.setSourceForests(new String[0]);
        assertThatThrownBy(c::validate)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pageSize")
                .hasMessageContaining("contactOu")
                .hasMessageContaining("sourceForests");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("io.galbridge.ad.connection.ConnectionPropertyCases#badConnectionProperties")
    void eachBadConnectionPropertyIsRefusedUnderTheSameNameAsInTheSourceConnector(
            String property, String mention, Consumer<AbstractAdConfiguration> change) throws IOException {
        TargetAdConfiguration c = valid();
        c.setBindPassword(ConnectionPropertyCases.password());
        change.accept(c);
        assertThatThrownBy(c::validate)
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> ConnectionPropertyCases.assertReported(e.getMessage(), property, mention));
    }

    @Test
    void theTimeoutsAreTheSharedMillisecondProperties() throws IOException {
        TargetAdConfiguration c = valid();
        assertThat(c.getConnectTimeoutMillis()).isEqualTo(AbstractAdConfiguration.DEFAULT_CONNECT_TIMEOUT_MILLIS);
        assertThat(c.getResponseTimeoutMillis()).isEqualTo(AbstractAdConfiguration.DEFAULT_RESPONSE_TIMEOUT_MILLIS);
        c.setConnectTimeoutMillis(3_000);
        c.setResponseTimeoutMillis(45_000);
        TargetSettings s = c.settings();
        assertThat(s.endpoint().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.endpoint().responseTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void everyMessageKeyResolvesThroughTheConnectorsCatalogs() {
        Map<String, String> messages = MessageCatalogs.merged(TargetAdConnector.class);
        List<String> keys = new ArrayList<>(MessageCatalogs.propertyKeys(TargetAdConfiguration.class));
        keys.add(TargetAdConnector.class.getAnnotation(ConnectorClass.class).displayNameKey());
        assertThat(keys).hasSizeGreaterThan(40).contains("bindDn.display", "connectTimeoutMillis.help");
        assertThat(keys)
                .allSatisfy(
                        k -> assertThat(messages.get(k)).as("message for %s", k).isNotBlank());
    }
}
