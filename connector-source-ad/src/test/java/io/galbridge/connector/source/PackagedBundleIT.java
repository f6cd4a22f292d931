package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConfigurationProperties;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.identityconnectors.framework.api.ConnectorInfoManager;
import org.identityconnectors.framework.api.ConnectorInfoManagerFactory;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.junit.jupiter.api.Test;

/**
 * Loads the packaged bundle jar from target/ as a host does (manifest, lib/, message catalog, separate
 * classloader) and reads recipients through it.
 */
@WithForests(ForestKind.EMBEDDED)
class PackagedBundleIT {

    @Test
    void packagedBundleLoadsAndReadsRecipients(@ForestRole("source") TestForest source) throws Exception {
        Path jar = Path.of(System.getProperty("galbridge.bundle.jar", "target/missing.jar"));
        assertThat(jar).as("the packaged bundle; run mvn verify").exists();
        try (LDAPConnection c = source.connect()) {
            RecipientFixtures.forForest(source.spec()).withRecipients(40).addTo(c);
        }
        URL url = jar.toUri().toURL();
        ConnectorInfoManager manager = ConnectorInfoManagerFactory.getInstance().getLocalManager(url);
        List<ConnectorInfo> infos = manager.getConnectorInfos();
        assertThat(infos).hasSize(1);
        ConnectorInfo info = infos.get(0);
        assertThat(info.getConnectorKey().getBundleName()).isEqualTo("io.galbridge.connector-source-ad");
        assertThat(info.getConnectorKey().getConnectorName()).isEqualTo(SourceAdConnector.class.getName());
        assertThat(info.getConnectorDisplayName()).isEqualTo("galbridge Source AD (Exchange recipients)");

        APIConfiguration api = info.createDefaultAPIConfiguration();
        ConfigurationProperties props = api.getConfigurationProperties();
        assertThat(props.getProperty("bindPassword").isConfidential()).isTrue();
        assertThat(props.getProperty("serverUrls").getDisplayName(null)).isEqualTo("Domain controller URLs");
        assertThat(props.getProperty("connectTimeoutMillis").getDisplayName(null))
                .isEqualTo("Connect timeout (ms)");
        assertThat(props.getProperty("baseContexts").getDisplayName(null)).isEqualTo("Base contexts");
        assertThat(props.getPropertyNames()).hasSizeGreaterThan(15).allSatisfy(name -> {
            assertThat(props.getProperty(name).getDisplayName("?missing"))
                    .as(name)
                    .isNotEqualTo("?missing");
            assertThat(props.getProperty(name).getHelpMessage("?missing"))
                    .as(name)
                    .isNotEqualTo("?missing");
        });
        props.setPropertyValue("serverUrls", new String[] {source.ldapsUrl()});
        props.setPropertyValue("bindDn", source.bindDn());
        props.setPropertyValue(
                "bindPassword", new GuardedString(source.password().toCharArray()));
        props.setPropertyValue("caCertificateFile", source.caCertificatePem().toString());
        props.setPropertyValue("baseContexts", new String[] {source.baseDn().toString()});
        props.setPropertyValue("forestDnsName", source.spec().dnsName());
        api.getResultsHandlerConfiguration().setFilteredResultsHandlerInValidationMode(true);
        ConnectorFacade facade = ConnectorFacadeFactory.getInstance().newInstance(api);
        facade.validate();
        facade.test();
        List<ConnectorObject> all = new ArrayList<>();
        facade.search(RecipientSchema.RECIPIENT_CLASS, null, new ObjectCollector(all), null);
        assertThat(all).hasSize(40);
        try (var entries = new java.util.jar.JarFile(jar.toFile())) {
            assertThat(entries.stream().map(e -> e.getName()))
                    .anyMatch(n -> n.startsWith("lib/galbridge-ad-common"))
                    .anyMatch(n -> n.startsWith("lib/galbridge-mapping-rules"))
                    .noneMatch(n -> n.startsWith("lib/connector-framework"));
        }
        assertThat(Files.size(jar)).isPositive();
    }
}
