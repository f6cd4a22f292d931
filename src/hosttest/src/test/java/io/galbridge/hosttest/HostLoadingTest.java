package io.galbridge.hosttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.common.Version;
import org.identityconnectors.framework.api.ConfigurationProperties;
import org.identityconnectors.framework.api.ConfigurationProperty;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.identityconnectors.framework.common.FrameworkUtil;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.SyncDelta;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both packaged bundles, loaded through {@code ConnectorInfoManagerFactory.getLocalManager} the way midPoint
 * and Syncope load them, driven through {@code ConnectorFacade} (filtered results handler in validation mode,
 * as Syncope runs it) against two Samba AD forests. Surefire runs this class twice: on the oldest framework
 * the bundles declare and on the newest one tested ({@code galbridge.expected.framework} names the one on the
 * class path). {@link IdentifiersTest} covers how hosts see and match {@code __UID__} and {@code __NAME__}.
 *
 * <p>This class is compiled against the newest framework and run on the oldest too, so it must not use
 * method references to framework methods that moved: {@code SyncDelta::getUid} compiles to a handle on
 * 1.6's {@code LiveSyncDelta}, which 1.5.2.0 lacks; a lambda calls it through {@code SyncDelta}.
 */
@WithForests(ForestKind.SAMBA)
class HostLoadingTest {

    static final ObjectClass RECIPIENT = new ObjectClass("recipient");
    private static final ObjectClass GAL_CONTACT = new ObjectClass("galContact");
    private static final ObjectClass MAIL_USER = new ObjectClass("mailUser");
    static final int SOURCE_RECIPIENTS = 30;
    static final int TARGET_RECIPIENTS = 12;

    private final BundleHost host = BundleHost.fromBuild();

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source, @ForestRole("target") TestForest target)
            throws Exception {
        try (LDAPConnection c = source.connect()) {
            RecipientFixtures.forForest(source.spec())
                    .withRecipients(SOURCE_RECIPIENTS)
                    .addTo(c);
        }
        try (LDAPConnection c = target.connect()) {
            RecipientFixtures.forForest(target.spec())
                    .withRecipients(TARGET_RECIPIENTS)
                    .addTo(c);
        }
    }

    @Test
    void theFrameworkOnTheClassPathIsTheOneThisRunClaims() {
        String expected = System.getProperty("galbridge.expected.framework");
        assertThat(expected).as("set by the surefire execution").isNotBlank();
        assertThat(FrameworkUtil.getFrameworkVersion()).isEqualTo(Version.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "io.galbridge.connector.source.SourceAdConnector, io.galbridge.connector-source-ad,"
                + " galbridge Source AD (Exchange recipients)",
        "io.galbridge.connector.target.TargetAdConnector, io.galbridge.connector-target-ad,"
    })
    void eachConnectorIsFoundByClassNameWithItsBundleKey(String connectorClass, String bundleName, String display) {
        assertThat(host.jars()).hasSize(2);
        ConnectorInfo info = host.info(connectorClass);
        assertThat(info.getConnectorKey().getBundleName()).isEqualTo(bundleName);
        assertThat(info.getConnectorKey().getBundleVersion()).isEqualTo(System.getProperty("galbridge.bundle.version"));
        assertThat(info.getConnectorDisplayName())
                .as("the display name comes from the bundle's message catalog, not the raw key")
                .isNotEqualTo("connector.display")
                .isNotBlank();
        if (display != null) {
            assertThat(info.getConnectorDisplayName()).isEqualTo(display);
        }
        ConfigurationProperties props = info.createDefaultAPIConfiguration().getConfigurationProperties();
        assertThat(props.getProperty("bindPassword").isConfidential()).isTrue();
        assertThat(props.getPropertyNames())
                .as("every display name and help text resolves through the bundle's catalogs")
                .allSatisfy(name -> {
                    assertThat(props.getProperty(name).getDisplayName("?missing"))
                            .as(name)
                            .isNotEqualTo("?missing");
                    assertThat(props.getProperty(name).getHelpMessage("?missing"))
                            .as(name)
                            .isNotEqualTo("?missing");
                });
    }

    @Test
    void bothConnectorsDeclareTheSharedConnectionPropertiesAlike() {
        ConfigurationProperties source = host.info(BundleHost.SOURCE_CONNECTOR)
                .createDefaultAPIConfiguration()
                .getConfigurationProperties();
        ConfigurationProperties target = host.info(BundleHost.TARGET_CONNECTOR)
                .createDefaultAPIConfiguration()
                .getConfigurationProperties();
        List<String> shared = List.of(
                "serverUrls",
                "startTls",
                "bindDn",
                "bindPassword",
                "caCertificateFile",
                "trustStoreFile",
                "trustStoreType",
                "trustStorePassword",
                "connectTimeoutMillis",
                "responseTimeoutMillis",
                "globalCatalogPort",
                "pageSize");
        assertThat(source.getPropertyNames().subList(0, shared.size()))
                .as("the shared properties come first, in the same order")
                .containsExactlyElementsOf(shared);
        assertThat(target.getPropertyNames().subList(0, shared.size())).containsExactlyElementsOf(shared);
        assertThat(source.getPropertyNames()).containsAll(shared).doesNotContain("connectTimeout");
        assertThat(target.getPropertyNames()).containsAll(shared).doesNotContain("connectTimeout");
        for (String name : shared) {
            ConfigurationProperty s = source.getProperty(name);
            ConfigurationProperty t = target.getProperty(name);
            assertThat(t.getType()).as(name).isEqualTo(s.getType());
            assertThat(t.isConfidential()).as(name).isEqualTo(s.isConfidential());
            assertThat(t.isRequired()).as(name).isEqualTo(s.isRequired());
            assertThat(t.getValue()).as("default of " + name).isEqualTo(s.getValue());
            assertThat(t.getDisplayName(null)).as(name).isEqualTo(s.getDisplayName(null));
        }
        assertThat(target.getProperty("connectTimeoutMillis").getDisplayName(null))
                .isEqualTo("Connect timeout (ms)");
    }

    @Test
    void validationRefusesAnIncompleteConfigurationNamingTheProperty(@ForestRole("source") TestForest source) {
        Map<String, Object> props = new HashMap<>(HostForests.sourceProperties(source));
        props.remove("bindDn");
        assertThatThrownBy(host.facade(BundleHost.SOURCE_CONNECTOR, props)::validate)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bindDn");
        host.facade(BundleHost.SOURCE_CONNECTOR, HostForests.sourceProperties(source))
                .validate();

        Map<String, Object> target = HostForests.targetProperties(source, "OU=Contacts," + source.baseDn(), null);
        assertThatThrownBy(host.facade(BundleHost.TARGET_CONNECTOR, target)::validate)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mailUserOu");

        Map<String, Object> noBindDn = new HashMap<>(
                HostForests.targetProperties(source, "OU=Contacts," + source.baseDn(), "OU=Users," + source.baseDn()));
        noBindDn.remove("bindDn");
        assertThatThrownBy(host.facade(BundleHost.TARGET_CONNECTOR, noBindDn)::validate)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bindDn: required")
                .hasMessageNotContaining("bindName");
    }

    @Test
    void sourceConnectorTestsSchemaSearchesUpdatesAndSyncs(@ForestRole("source") TestForest source) throws Exception {
        ConnectorFacade facade = host.facade(BundleHost.SOURCE_CONNECTOR, HostForests.sourceProperties(source));
        facade.validate();
        facade.test();
        assertThat(facade.schema().findObjectClassInfo("recipient")).isNotNull();

        List<ConnectorObject> all = search(facade, RECIPIENT);
        assertThat(all).hasSize(SOURCE_RECIPIENTS);
        ConnectorObject some = all.get(7);
        Attribute mail = some.getAttributeByName("mail");
        ObjectList byMail = new ObjectList();
        facade.search(RECIPIENT, FilterBuilder.equalTo(mail), byMail, null);
        assertThat(byMail.objects()).extracting(ConnectorObject::getUid).containsExactly(some.getUid());

        String x500 = "X500:/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=host"
                + some.getUid().getUidValue().substring(0, 8);
        Set<AttributeDelta> add = Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of(x500), null));
        SyncToken before = facade.getLatestSyncToken(RECIPIENT);
        facade.updateDelta(RECIPIENT, some.getUid(), add, null);
        assertThat(facade.getObject(RECIPIENT, some.getUid(), null)
                        .getAttributeByName("proxyAddresses")
                        .getValue())
                .contains(x500);

        List<SyncDelta> deltas = new ArrayList<>();
        // the connector hands the resume token to the host at the end of a run (SyncTokenResultsHandler);
        // each delta carries the token the run started from, so a host that stops midway repeats, never loses
        SyncToken next = facade.sync(RECIPIENT, before, deltas::add, null);
        assertThat(deltas)
                .as("the write-back is a change after the token")
                .extracting(d -> d.getUid())
                .contains(some.getUid());
        List<SyncDelta> again = new ArrayList<>();
        assertThat(next).as("the run's resume token").isNotNull();
        facade.sync(RECIPIENT, next, again::add, null);
        assertThat(again).isEmpty();
    }

    @Test
    void twoConfigurationsOfTheSourceConnectorSideBySideSeeOnlyTheirOwnForest(
            @ForestRole("source") TestForest source, @ForestRole("target") TestForest target) {
        ConnectorFacade src = host.facade(BundleHost.SOURCE_CONNECTOR, HostForests.sourceProperties(source));
        ConnectorFacade tgt = host.facade(BundleHost.SOURCE_CONNECTOR, HostForests.sourceProperties(target));
        for (int round = 0; round < 2; round++) {
            List<ConnectorObject> fromSource = search(src, RECIPIENT);
            List<ConnectorObject> fromTarget = search(tgt, RECIPIENT);
            assertThat(fromSource).hasSize(SOURCE_RECIPIENTS).allSatisfy(o -> assertThat(lower(o))
                    .endsWith(lower(source.baseDn().toString())));
            assertThat(fromTarget).hasSize(TARGET_RECIPIENTS).allSatisfy(o -> assertThat(lower(o))
                    .endsWith(lower(target.baseDn().toString())));
            Uid targetUid = fromTarget.get(0).getUid();
            assertThat(src.getObject(RECIPIENT, targetUid, null))
                    .as("a target UID is unknown to the source configuration")
                    .isNull();
            assertThat(tgt.getObject(RECIPIENT, targetUid, null)).isNotNull();
        }
    }

    @Test
    void targetConnectorCreatesUpdatesDeletesAndReportsMailboxArrivals(@ForestRole("target") TestForest target)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String contactOu = "OU=Host Contacts " + run + "," + target.baseDn();
        String mailUserOu = "OU=Host Mail Users " + run + "," + target.baseDn();
        target.seedLdif("dn: " + contactOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n\n" + "dn: "
                + mailUserOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n");
        ConnectorFacade facade =
                host.facade(BundleHost.TARGET_CONNECTOR, HostForests.targetProperties(target, contactOu, mailUserOu));
        facade.validate();
        facade.test();
        assertThat(facade.schema().getObjectClassInfo())
                .extracting(i -> i.getType())
                .contains("galContact", "mailUser", "recipient");

        Uid contact = facade.create(GAL_CONTACT, HostForests.sourceMailbox("host.contact" + run), null);
        ConnectorObject created = facade.getObject(GAL_CONTACT, contact, null);
        assertThat(created.getName().getNameValue()).endsWith(contactOu);
        assertThat(target.read(created.getName().getNameValue(), "objectGUID").getAttributeValueBytes("objectGUID"))
                .as("Samba generated the objectGUID the UID names")
                .hasSize(16);
        String extra = "X500:/o=Elsewhere/cn=host.contact" + run;
        facade.updateDelta(
                GAL_CONTACT,
                contact,
                Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of(extra), null)),
                null);
        assertThat(facade.getObject(GAL_CONTACT, contact, null)
                        .getAttributeByName("proxyAddresses")
                        .getValue())
                .contains(extra, "SMTP:host.contact" + run + "@src.test");
        facade.delete(GAL_CONTACT, contact, null);
        assertThat(facade.getObject(GAL_CONTACT, contact, null)).isNull();
        assertThat(target.read(created.getName().getNameValue())).isNull();

        SyncToken before = facade.getLatestSyncToken(MAIL_USER);
        Uid meu = facade.create(MAIL_USER, HostForests.sourceMailbox("host.meu" + run), null);
        String meuDn = facade.getObject(MAIL_USER, meu, null).getName().getNameValue();
        try (LDAPConnection c = target.connect()) {
            // the mailbox arrives: Exchange clears targetAddress and sets homeMDB (a DN Samba checks exists)
            c.modify(
                    meuDn,
                    new Modification(ModificationType.DELETE, "targetAddress"),
                    new Modification(
                            ModificationType.ADD,
                            "homeMDB",
                            RecipientFixtures.forForest(target.spec())
                                    .databaseDn()
                                    .toString()));
        }
        List<SyncDelta> arrivals = new ArrayList<>();
        facade.sync(MAIL_USER, before, arrivals::add, null);
        assertThat(arrivals).extracting(d -> d.getUid()).containsExactly(meu);
        assertThat(arrivals.get(0).getDeltaType()).isEqualTo(SyncDeltaType.UPDATE);
    }

    static List<ConnectorObject> search(ConnectorFacade facade, ObjectClass oc) {
        ObjectList out = new ObjectList();
        facade.search(oc, null, out, null);
        return out.objects();
    }

    private static String lower(ConnectorObject o) {
        return lower(o.getName().getNameValue());
    }

    private static String lower(String s) {
        return s.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
