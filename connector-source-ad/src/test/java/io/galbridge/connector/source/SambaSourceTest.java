package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source connector against a real AD implementation (Samba AD DC): classification of real entries,
 * live sync with DirSync and with uSNChanged (including deletions, which Samba shows to the administrator),
 * idempotent X500 and routing-address write-backs, and write rights from allowedAttributesEffective under a
 * low-privilege bind.
 */
@WithForests(
        value = ForestKind.SAMBA,
        forests = {"source=src.test"})
class SambaSourceTest {

    private static final int RECIPIENTS = 40;

    private static RecipientFixtures fixtures;

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        fixtures = RecipientFixtures.forForest(source.spec()).withRecipients(RECIPIENTS);
        try (LDAPConnection c = source.connect()) {
            fixtures.addTo(c);
        }
    }

    private static ConnectorFacade facade(TestForest source, String strategy) {
        SourceAdConfiguration configuration = Facades.configuration(source);
        configuration.setSyncStrategy(strategy);
        return Facades.facade(configuration);
    }

    @Test
    void searchClassifiesEveryFixtureKindFromTheRealEntries(@ForestRole("source") TestForest source) {
        List<ConnectorObject> all = new ArrayList<>();
        facade(source, "AUTO").search(RecipientSchema.RECIPIENT_CLASS, null, all::add, null);
        Map<String, String> kindByName = new TreeMap<>();
        for (ConnectorObject o : all) {
            kindByName.put(
                    o.getName().getNameValue().toLowerCase(Locale.ROOT),
                    AttributeUtil.getStringValue(o.getAttributeByName(RecipientSchema.RECIPIENT_KIND)));
        }
        Map<RecipientKind, String> expected = Map.of(
                RecipientKind.MAILBOX, "K2a USER_MAILBOX",
                RecipientKind.LINKED_MAILBOX, "K2b LINKED_MAILBOX",
                RecipientKind.ROOM_MAILBOX, "K2c RESOURCE_MAILBOX",
                RecipientKind.MAIL_USER, "K3 MAIL_USER",
                RecipientKind.MAIL_CONTACT, "K4 MAIL_CONTACT",
                RecipientKind.DISTRIBUTION_GROUP, "K5 MAIL_GROUP");
        // positions 7..19 hold every kind, and the sync tests (positions 0..6 and 20..26) do not change them
        for (int i = 7; i < 20; i++) {
            String expectedKind = expected.get(fixtures.kindAt(i));
            if (expectedKind != null) {
                assertThat(kindByName.get(fixtures.recipientDnAt(i).toString().toLowerCase(Locale.ROOT)))
                        .as("kind of %s", fixtures.recipientDnAt(i))
                        .isEqualTo(expectedKind);
            }
        }
        assertThat(kindByName.values()).doesNotContain("K0 NOT_RECIPIENT");
    }

    @Test
    void dirSyncReportsCreateModifyRenameAndDelete(@ForestRole("source") TestForest source) throws Exception {
        ConnectorFacade facade = facade(source, "DIRSYNC");
        try (LDAPConnection c = source.connect()) {
            String token = String.valueOf(new SyncScenario(facade, fixtures)
                    .run(c, 0, RECIPIENTS + 1, true)
                    .getValue());
            assertThat(token).startsWith("gbsync1.dirsync.");
        }
    }

    @Test
    void usnChangedReportsCreateModifyRenameAndDelete(@ForestRole("source") TestForest source) throws Exception {
        ConnectorFacade facade = facade(source, "USN_CHANGED");
        try (LDAPConnection c = source.connect()) {
            String token = String.valueOf(new SyncScenario(facade, fixtures)
                    .run(c, 20, RECIPIENTS + 2, true)
                    .getValue());
            assertThat(token).startsWith("gbsync1.usn.");
        }
    }

    @Test
    void routingProxyTravelsWithTheTargetAddressFlipAndOtherSmtpAdditionsAreRefused(
            @ForestRole("source") TestForest source) {
        ConnectorFacade facade = facade(source, "AUTO");
        SyncScenario scenario = new SyncScenario(facade, fixtures);
        var uid = scenario.uidAt(scenario.firstOf(RecipientKind.MAILBOX, 28));
        List<Object> before = facade.getObject(RecipientSchema.RECIPIENT_CLASS, uid, null)
                .getAttributeByName("proxyAddresses")
                .getValue();
        String routing = "routed" + uid.getUidValue().substring(0, 8) + "@route.tgt.test";
        Set<AttributeDelta> flip = Set.of(
                AttributeDeltaBuilder.build("targetAddress", List.of("SMTP:" + routing)),
                AttributeDeltaBuilder.build("proxyAddresses", List.of("smtp:" + routing), null));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, uid, flip, null);
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, uid, flip, null);
        Set<AttributeDelta> other =
                Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of("smtp:other@route.tgt.test"), null));
        assertThatThrownBy(() -> facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, uid, other, null))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("routing address");
        ConnectorObject after = facade.getObject(RecipientSchema.RECIPIENT_CLASS, uid, null);
        assertThat(after.getAttributeByName("proxyAddresses").getValue())
                .containsAll(before)
                .contains("smtp:" + routing)
                .hasSize(before.size() + 1);
        assertThat(AttributeUtil.getStringValue(after.getAttributeByName("targetAddress")))
                .isEqualTo("SMTP:" + routing);
    }

    @Test
    void writeRightsComeFromAllowedAttributesEffectiveAndObjectClassIsTheFullChain(
            @ForestRole("source") TestForest source) throws Exception {
        String password = "Rd-" + UUID.randomUUID() + "-x9";
        DN reader = new DN("CN=gb-low-reader,CN=Users," + source.baseDn());
        try (LDAPConnection c = source.connectLdaps()) {
            c.add(new Entry(
                    reader.toString(),
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("sAMAccountName", "gb-low-reader"),
                    new Attribute("unicodePwd", ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE)),
                    new Attribute("userAccountControl", "512")));
        }
        SyncScenario scenario = new SyncScenario(facade(source, "AUTO"), fixtures);
        var uid = scenario.uidAt(scenario.firstOf(RecipientKind.MAILBOX, 14));
        OperationOptions ask = new OperationOptionsBuilder()
                .setAttributesToGet(RecipientSchema.PROXY_ADDRESSES_WRITABLE, RecipientSchema.OBJECT_CLASS)
                .build();
        ConnectorObject asAdmin = facade(source, "AUTO").getObject(RecipientSchema.RECIPIENT_CLASS, uid, ask);
        SourceAdConfiguration low = Facades.configuration(source);
        low.setBindDn(reader.toString());
        low.setBindPassword(new GuardedString(password.toCharArray()));
        ConnectorFacade lowFacade = Facades.facade(low);
        ConnectorObject asReader = lowFacade.getObject(RecipientSchema.RECIPIENT_CLASS, uid, ask);
        assertThat(asAdmin.getAttributeByName(RecipientSchema.PROXY_ADDRESSES_WRITABLE)
                        .getValue())
                .containsExactly(true);
        assertThat(asReader.getAttributeByName(RecipientSchema.PROXY_ADDRESSES_WRITABLE)
                        .getValue())
                .containsExactly(false);
        assertThat(asAdmin.getAttributeByName(RecipientSchema.OBJECT_CLASS).getValue())
                .containsExactlyInAnyOrder("top", "person", "organizationalPerson", "user");
        assertThatThrownBy(lowFacade::test)
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("proxyAddresses");
    }

    @Test
    void x500WriteBackIsIdempotent(@ForestRole("source") TestForest source) {
        ConnectorFacade facade = facade(source, "AUTO");
        SyncScenario scenario = new SyncScenario(facade, fixtures);
        var uid = scenario.uidAt(scenario.firstOf(RecipientKind.MAILBOX, 10));
        String x500 = "X500:/o=Target/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=samba"
                + uid.getUidValue().substring(0, 8);
        Set<AttributeDelta> add = Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of(x500), null));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, uid, add, null);
        List<Object> once = facade.getObject(RecipientSchema.RECIPIENT_CLASS, uid, null)
                .getAttributeByName("proxyAddresses")
                .getValue();
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, uid, add, null);
        // no variant in another letter case here: Samba compares proxyAddresses case-sensitively, and the X500-only
        // add leaves the comparison to the server (decision 0007); Windows AD compares case-insensitively
        List<Object> twice = facade.getObject(RecipientSchema.RECIPIENT_CLASS, uid, null)
                .getAttributeByName("proxyAddresses")
                .getValue();
        assertThat(once).contains(x500);
        assertThat(twice).containsExactlyInAnyOrderElementsOf(once);
    }
}
