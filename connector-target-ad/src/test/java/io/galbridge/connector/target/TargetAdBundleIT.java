package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConfigurationProperties;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.identityconnectors.framework.api.ConnectorInfoManager;
import org.identityconnectors.framework.api.ConnectorInfoManagerFactory;
import org.identityconnectors.framework.api.operations.CreateApiOp;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.OperationOptionInfo;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.identityconnectors.test.common.TestHelpers;
import org.junit.jupiter.api.Test;

/**
 * The packaged bundle, as a ConnId host loads it: the jar named by the {@code galbridge.bundleJar} system
 * property (set by failsafe) through the local connector info manager, configured by property name only, used
 * against the embedded target forest. Classes come from the bundle's own class loader, not the test class path.
 */
@WithForests(ForestKind.EMBEDDED)
class TargetAdBundleIT {

    private static final ObjectClass GAL_CONTACT = new ObjectClass("galContact");

    private static ConnectorInfo bundle() throws Exception {
        String jar = System.getProperty("galbridge.bundleJar");
        assertThat(jar).as("system property galbridge.bundleJar").isNotBlank();
        Path path = Path.of(jar);
        assertThat(Files.isRegularFile(path)).as("bundle jar " + path).isTrue();
        URL url = path.toUri().toURL();
        ConnectorInfoManager manager = ConnectorInfoManagerFactory.getInstance().getLocalManager(url);
        List<ConnectorInfo> infos = manager.getConnectorInfos();
        assertThat(infos)
                .extracting(i -> i.getConnectorKey().getConnectorName())
                .containsExactly(TargetAdConnector.class.getName());
        ConnectorInfo info = infos.get(0);
        assertThat(info.getConnectorKey().getBundleName()).isEqualTo("io.galbridge.connector-target-ad");
        return info;
    }

    private static APIConfiguration configure(ConnectorInfo info, TestForest forest, TargetForestFixture fx) {
        APIConfiguration api = info.createDefaultAPIConfiguration();
        api.getResultsHandlerConfiguration().setFilteredResultsHandlerInValidationMode(true);
        ConfigurationProperties p = api.getConfigurationProperties();
        p.setPropertyValue("serverUrls", new String[] {forest.ldapsUrl()});
        p.setPropertyValue("bindDn", forest.bindDn());
        p.setPropertyValue("bindPassword", new GuardedString(forest.password().toCharArray()));
        p.setPropertyValue("caCertificateFile", forest.caCertificatePem().toString());
        p.setPropertyValue("forestDnsName", forest.spec().dnsName());
        p.setPropertyValue("useGlobalCatalog", false);
        p.setPropertyValue("mailDomains", new String[] {forest.spec().dnsName()});
        p.setPropertyValue("contactOu", fx.contactOu);
        p.setPropertyValue("mailUserOu", fx.mailUserOu);
        p.setPropertyValue("legacyExchangeDnPrefix", TargetForestFixture.PREFIX);
        p.setPropertyValue("sourceForests", new String[] {"src.test=src.test,route.src.test"});
        return api;
    }

    @Test
    void theBundleLoadsValidatesAndServesTheWholeLifecycle(@ForestRole("target") TestForest target) throws Exception {
        ConnectorInfo info = bundle();
        assertThat(info.getConnectorDisplayName()).contains("galbridge target forest");
        ConfigurationProperties props = info.createDefaultAPIConfiguration().getConfigurationProperties();
        assertThat(props.getProperty("bindDn").getDisplayName(null)).isEqualTo("Bind DN");
        assertThat(props.getProperty("responseTimeoutMillis").getDisplayName(null))
                .isEqualTo("Response timeout (ms)");
        assertThat(props.getProperty("contactOu").getDisplayName(null)).isEqualTo("GAL contact OU");
        assertThat(props.getPropertyNames()).hasSizeGreaterThan(20).allSatisfy(name -> {
            assertThat(props.getProperty(name).getDisplayName("?missing"))
                    .as(name)
                    .isNotEqualTo("?missing");
            assertThat(props.getProperty(name).getHelpMessage("?missing"))
                    .as(name)
                    .isNotEqualTo("?missing");
        });
        TargetForestFixture fx = new TargetForestFixture(target);

        APIConfiguration broken = configure(info, target, fx);
        broken.getConfigurationProperties().setPropertyValue("pageSize", 0);
        ConnectorFacade brokenFacade = ConnectorFacadeFactory.getInstance().newInstance(broken);
        assertThatThrownBy(brokenFacade::validate)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pageSize");

        ConnectorFacade facade = ConnectorFacadeFactory.getInstance().newInstance(configure(info, target, fx));
        facade.validate();
        assertThat(facade.schema().findObjectClassInfo("galContact")).isNotNull();
        assertThat(facade.schema().findObjectClassInfo("mailUser")).isNotNull();
        facade.test();

        String alias = "bundle" + UUID.randomUUID().toString().substring(0, 6);
        Uid uid = facade.create(
                GAL_CONTACT, TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()), null);
        List<ConnectorObject> found = TestHelpers.searchToList(
                facade, GAL_CONTACT, FilterBuilder.equalTo(AttributeBuilder.build("mailNickname", alias)));
        assertThat(found).extracting(ConnectorObject::getUid).containsExactly(uid);
        String dn = found.get(0).getName().getNameValue();
        assertThat(target.read(dn, "adminDescription").getAttributeValue("adminDescription"))
                .startsWith("galbridge:src.test:");

        // a host knows the create option by its name only; the packaged bundle declares and honours it
        assertThat(facade.schema().getSupportedOptionsByOperation(CreateApiOp.class))
                .extracting(OperationOptionInfo::getName)
                .contains("galbridge.replicaAbsent");
        String optimistic = "bundleopt" + UUID.randomUUID().toString().substring(0, 6);
        Uid created = facade.create(
                GAL_CONTACT,
                TargetForestFixture.sourceMailbox(optimistic, UUID.randomUUID(), UUID.randomUUID()),
                new OperationOptionsBuilder()
                        .setOption("galbridge.replicaAbsent", Boolean.TRUE)
                        .build());
        assertThat(facade.getObject(GAL_CONTACT, created, null).getName().getNameValue())
                .isEqualToIgnoringCase("CN=" + optimistic + "," + fx.contactOu);

        facade.delete(GAL_CONTACT, uid, null);
        assertThat(target.read(dn)).isNull();
        assertThat(TestHelpers.searchToList(
                        facade, GAL_CONTACT, FilterBuilder.equalTo(AttributeBuilder.build("mailNickname", alias))))
                .isEmpty();
    }
}
