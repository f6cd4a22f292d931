package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.ad.connection.AbstractAdConfiguration;
import io.galbridge.ad.connection.ConnectionPropertyCases;
import io.galbridge.ad.connection.MessageCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.spi.ConnectorClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad configurations are refused through the ConnId framework's validate, naming property and value. */
class SourceAdConfigurationTest {

    private static SourceAdConfiguration valid() {
        SourceAdConfiguration c = new SourceAdConfiguration();
        c.setServerUrls(new String[] {"ldaps://dc1.src.test:636"});
        c.setBindDn("CN=svc,OU=Service,DC=src,DC=test");
        c.setBindPassword(new GuardedString("secret-Pa55".toCharArray()));
        c.setBaseContexts(new String[] {"DC=src,DC=test"});
        c.setForestDnsName("src.test");
        return c;
    }

    static Stream<Arguments> badProperties() {
        return Stream.of(
                bad("serverUrls", "htp://dc1", c -> c.setServerUrls(new String[] {"htp://dc1"})),
                bad("serverUrls", "required", c -> c.setServerUrls(new String[0])),
                bad(
                        "serverUrls",
                        "mixes",
                        c -> c.setServerUrls(new String[] {"ldaps://dc1.src.test", "ldap://dc2.src.test"})),
                bad("startTls", "ldaps://", c -> c.setStartTls(true)),
                bad("bindDn", "required", c -> c.setBindDn(" ")),
                bad("bindDn", "svc-no-domain", c -> c.setBindDn("svc-no-domain")),
                bad("bindPassword", "required", c -> c.setBindPassword(null)),
                bad("caCertificateFile", "/nonexistent/ca.pem", c -> c.setCaCertificateFile("/nonexistent/ca.pem")),
                bad("connectTimeoutMillis", "-5", c -> c.setConnectTimeoutMillis(-5)),
                bad("responseTimeoutMillis", "0", c -> c.setResponseTimeoutMillis(0)),
                bad("baseContexts", "required", c -> c.setBaseContexts(new String[0])),
                bad("baseContexts", "DC=src,,DC=test", c -> c.setBaseContexts(new String[] {"DC=src,,DC=test"})),
                bad(
                        "baseContexts",
                        "lies inside",
                        c -> c.setBaseContexts(new String[] {"DC=src,DC=test", "OU=Mail,DC=src,DC=test"})),
                bad(
                        "includeOus",
                        "OU=X,DC=other,DC=test",
                        c -> c.setIncludeOus(new String[] {"OU=X,DC=other,DC=test"})),
                bad("excludeOus", "not a DN", c -> c.setExcludeOus(new String[] {"not a DN"})),
                bad("adminFilter", "(mail=*", c -> c.setAdminFilter("(mail=*")),
                bad("pageSize", "5000", c -> c.setPageSize(5000)),
                bad("pageSize", "0", c -> c.setPageSize(0)),
                bad("syncStrategy", "POLL", c -> c.setSyncStrategy("POLL")),
                bad("forestDnsName", "required", c -> c.setForestDnsName(null)),
                bad("forestDnsName", "localhost", c -> c.setForestDnsName("localhost")),
                bad("galSyncOus", "no-dn-here", c -> c.setGalSyncOus(new String[] {"no-dn-here"})),
                bad("globalCatalogPort", "70000", c -> c.setGlobalCatalogPort(70000)));
    }

    private static Arguments bad(String property, String mention, Consumer<SourceAdConfiguration> breakIt) {
        return Arguments.of(property, mention, breakIt);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badProperties")
    void badPropertyIsRefusedNamingIt(String property, String mention, Consumer<SourceAdConfiguration> breakIt) {
        SourceAdConfiguration c = valid();
        breakIt.accept(c);
        assertThatThrownBy(() -> Facades.facade(c).validate())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(property + ":")
                .hasMessageContaining(mention)
                .hasMessageNotContaining("secret-Pa55");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("io.galbridge.ad.connection.ConnectionPropertyCases#badConnectionProperties")
    void eachBadConnectionPropertyIsRefusedUnderTheSameNameAsInTheTargetConnector(
            String property, String mention, Consumer<AbstractAdConfiguration> change) {
        SourceAdConfiguration c = valid();
        c.setBindPassword(ConnectionPropertyCases.password());
        change.accept(c);
        assertThatThrownBy(() -> Facades.facade(c).validate())
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> ConnectionPropertyCases.assertReported(e.getMessage(), property, mention));
    }

    @Test
    void everyMessageKeyResolvesThroughTheConnectorsCatalogs() {
        Map<String, String> messages = MessageCatalogs.merged(SourceAdConnector.class);
        List<String> keys = new ArrayList<>(MessageCatalogs.propertyKeys(SourceAdConfiguration.class));
        keys.add(SourceAdConnector.class.getAnnotation(ConnectorClass.class).displayNameKey());
        assertThat(keys).hasSizeGreaterThan(40).contains("bindDn.display", "connectTimeoutMillis.help");
        assertThat(keys)
                .allSatisfy(
                        k -> assertThat(messages.get(k)).as("message for %s", k).isNotBlank());
    }

    @ParameterizedTest(name = "valid: {0}")
    @MethodSource("goodVariants")
    void validVariantsProduceSettings(String name, Consumer<SourceAdConfiguration> change) {
        SourceAdConfiguration c = valid();
        change.accept(c);
        SourceSettings settings = c.toSettings();
        assertThat(settings.baseContexts()).hasSize(1);
        assertThat(settings.toString()).doesNotContain("secret-Pa55");
    }

    static Stream<Arguments> goodVariants() {
        return Stream.of(
                Arguments.of("defaults", (Consumer<SourceAdConfiguration>) c -> {}),
                Arguments.of("starttls", (Consumer<SourceAdConfiguration>) c -> {
                    c.setServerUrls(new String[] {"ldap://dc1.src.test:389"});
                    c.setStartTls(true);
                }),
                Arguments.of("admin filter and OUs", (Consumer<SourceAdConfiguration>) c -> {
                    c.setAdminFilter("(!(msExchHideFromAddressLists=TRUE))");
                    c.setIncludeOus(new String[] {"OU=Mail,DC=src,DC=test"});
                    c.setExcludeOus(new String[] {"OU=Test,OU=Mail,DC=src,DC=test"});
                    c.setSyncStrategy("usn_changed");
                }));
    }
}
