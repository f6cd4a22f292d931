package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.ad.value.GuidDn;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GAL sync's X500 back-flow (an {@code updateDelta} that only adds X500 proxy addresses) on one server kind,
 * with the requests counted on the wire by a {@link CountingProxy}: it lands on the object the UID names, by GUID
 * DN on AD-like servers and by the UID's name hint elsewhere, in one modify and no search; a stale or misleading
 * name hint costs the locate search but never writes to another object; a value already present is neither an
 * error nor duplicated; a deleted object is an {@link UnknownUidException} naming the UID. Subclasses pick the
 * server kind and state what it announces. Every case uses its own fixture objects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class X500WriteBackCases {

    private static final int RECIPIENTS = 10;

    private TestForest source;
    private RecipientFixtures fixtures;
    private CountingProxy proxy;
    private ConnectorFacade facade;

    /** Whether the server resolves {@code <GUID=...>} entry DNs (the Active Directory capability). */
    abstract boolean resolvesGuidDns();

    /** Whether the server announces the permissive modify control in its root DSE. */
    abstract boolean announcesPermissiveModify();

    @BeforeAll
    void seedAndConnectThroughTheProxy(@ForestRole("source") TestForest forest) throws Exception {
        source = forest;
        fixtures = RecipientFixtures.forForest(forest.spec())
                .withRecipients(RECIPIENTS)
                .withClientGeneratedIds(forest.kind() == ForestKind.OPENLDAP);
        try (LDAPConnection c = forest.connect()) {
            fixtures.addTo(c);
        }
        proxy = CountingProxy.start(forest);
        SourceAdConfiguration configuration = new SourceAdConfiguration();
        configuration.setServerUrls(new String[] {proxy.ldapUrl()});
        configuration.setBindDn(forest.bindDn());
        configuration.setBindPassword(new GuardedString(forest.password().toCharArray()));
        configuration.setBaseContexts(new String[] {forest.baseDn().toString()});
        configuration.setForestDnsName(forest.spec().dnsName());
        facade = Facades.facade(configuration);
    }

    @AfterAll
    void stopTheProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @ParameterizedTest(name = "name hint: {0}")
    @ValueSource(booleans = {true, false})
    void x500AddLandsOnTheObjectInOneModifyWithoutSearch(boolean withNameHint) throws Exception {
        DN dn = fixtures.recipientDnAt(withNameHint ? 0 : 1);
        String uid = uidOf(dn);
        String x500 = x500("direct-" + withNameHint);

        proxy.reset();
        facade.updateDelta(
                RecipientSchema.RECIPIENT_CLASS,
                withNameHint ? new Uid(uid, new Name(dn.toString())) : new Uid(uid),
                add(x500),
                null);

        assertThat(proxiesOf(dn)).containsOnlyOnce(x500);
        boolean direct = resolvesGuidDns() || withNameHint;
        assertThat(proxy.searches()).hasSize(direct ? 0 : 1);
        assertThat(proxy.modifies())
                .singleElement()
                .asString()
                .containsIgnoringCase(
                        "dn=\"" + (resolvesGuidDns() ? GuidDn.ofUid(uid).dn() : dn.toString()) + "\"");
    }

    @Test
    void staleNameHintOfARenamedObjectStillLandsOnIt() throws Exception {
        DN old = fixtures.recipientDnAt(2);
        String uid = uidOf(old);
        DN renamed = new DN(new RDN("CN", "Renamed " + uid.substring(0, 8)), old.getParent());
        try (LDAPConnection c = source.connect()) {
            c.modifyDN(old.toString(), renamed.getRDNString(), true);
        }
        String x500 = x500("stale");

        proxy.reset();
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, new Uid(uid, new Name(old.toString())), add(x500), null);

        assertThat(proxiesOf(renamed)).containsOnlyOnce(x500);
        // AD-like: the GUID DN resolves the renamed object; elsewhere: noSuchObject on the hint, locate, modify
        assertThat(proxy.searches()).hasSize(resolvesGuidDns() ? 0 : 1);
        assertThat(proxy.modifies()).hasSize(resolvesGuidDns() ? 1 : 2);
    }

    @Test
    void nameHintNamingAnotherObjectNeverWritesToIt() throws Exception {
        DN first = fixtures.recipientDnAt(3);
        DN second = fixtures.recipientDnAt(4);
        String firstUid = uidOf(first);
        DN parking = new DN(new RDN("CN", "Swap " + firstUid.substring(0, 8)), first.getParent());
        try (LDAPConnection c = source.connect()) {
            c.modifyDN(first.toString(), parking.getRDNString(), true);
            c.modifyDN(second.toString(), first.getRDNString(), true);
            c.modifyDN(parking.toString(), second.getRDNString(), true);
        }
        // the objects swapped names: "first" now names the second object, "second" the first
        List<String> otherBefore = proxiesOf(first);
        String x500 = x500("swapped");

        proxy.reset();
        facade.updateDelta(
                RecipientSchema.RECIPIENT_CLASS, new Uid(firstUid, new Name(first.toString())), add(x500), null);

        assertThat(uidOf(second)).isEqualTo(firstUid);
        assertThat(proxiesOf(second)).containsOnlyOnce(x500);
        assertThat(proxiesOf(first))
                .containsExactlyInAnyOrderElementsOf(otherBefore)
                .doesNotContain(x500);
        // elsewhere: assertionFailed on the hint, locate, modify
        assertThat(proxy.searches()).hasSize(resolvesGuidDns() ? 0 : 1);
    }

    @Test
    void valuesAlreadyPresentAreNoErrorAndNotDuplicated() throws Exception {
        DN dn = fixtures.recipientDnAt(5);
        String uid = uidOf(dn);
        Uid hinted = new Uid(uid, new Name(dn.toString()));
        String x500 = x500("twice");
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, hinted, add(x500), null);
        List<String> once = proxiesOf(dn);
        String fixtureX500 = once.stream()
                .filter(p -> p.startsWith("X500:") && !p.equals(x500))
                .findFirst()
                .orElseThrow();

        proxy.reset();
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, hinted, add(x500, fixtureX500), null);

        assertThat(proxiesOf(dn)).containsExactlyInAnyOrderElementsOf(once);
        // without the permissive modify control: attributeOrValueExists, then the locate search reads the values
        assertThat(proxy.searches()).hasSize(announcesPermissiveModify() ? 0 : 1);
        assertThat(proxy.modifies()).hasSize(1);
    }

    @Test
    void deletedObjectIsUnknownUidNamingIt() throws Exception {
        DN dn = fixtures.recipientDnAt(6);
        String uid = uidOf(dn);
        try (LDAPConnection c = source.connect()) {
            c.delete(dn.toString());
        }
        for (Uid given : List.of(new Uid(uid, new Name(dn.toString())), new Uid(uid))) {
            assertThatThrownBy(
                            () -> facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, given, add(x500("gone")), null))
                    .isInstanceOf(UnknownUidException.class)
                    .hasMessageContaining(uid);
        }
    }

    @Test
    void postMoveFlipKeepsItsRead() throws Exception {
        DN dn = fixtures.recipientDnAt(7);
        String uid = uidOf(dn);
        Set<AttributeDelta> flip = Set.of(
                AttributeDeltaBuilder.build("targetAddress", List.of("SMTP:moved@tgt.test")),
                AttributeDeltaBuilder.build("proxyAddresses", List.of("smtp:moved@tgt.test", x500("flip")), null));

        proxy.reset();
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, new Uid(uid, new Name(dn.toString())), flip, null);

        assertThat(proxiesOf(dn)).contains("smtp:moved@tgt.test", x500("flip"));
        assertThat(proxy.searches()).hasSize(1);
        assertThat(proxy.modifies()).hasSize(1);
    }

    private static String x500(String name) {
        return "X500:/o=Target/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + name;
    }

    private static Set<AttributeDelta> add(String... values) {
        return Set.of(AttributeDeltaBuilder.build("proxyAddresses", new ArrayList<Object>(List.of(values)), null));
    }

    private String uidOf(DN dn) throws Exception {
        SearchResultEntry entry = source.read(dn.toString(), GuidCodec.OBJECT_GUID);
        assertThat(entry).as("entry %s", dn).isNotNull();
        return GuidCodec.INSTANCE
                .decode(entry.getAttributeValueBytes(GuidCodec.OBJECT_GUID))
                .toString();
    }

    private List<String> proxiesOf(DN dn) throws Exception {
        SearchResultEntry entry = source.read(dn.toString(), "proxyAddresses");
        assertThat(entry).as("entry %s", dn).isNotNull();
        String[] values = entry.getAttributeValues("proxyAddresses");
        return values == null ? List.of() : List.of(values);
    }
}
