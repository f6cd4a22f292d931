package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForest;
import io.galbridge.testkit.embedded.RequestLog;
import io.galbridge.testkit.embedded.RequestLog.Kind;
import io.galbridge.testkit.embedded.RequestLog.Request;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.operations.CreateApiOp;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.OperationOptionInfo;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a GAL-contact create asks the server, counted on the embedded forest's side ({@link RequestLog}), and what
 * {@code galbridge.replicaAbsent} does when the caller's assertion is right and when it is wrong. The embedded
 * forest stamps objectGUID itself as AD does, so a new contact is read back once for its UID.
 */
@WithForests(ForestKind.EMBEDDED)
class GalContactRoundTripTest {

    private static String alias() {
        return "rt" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestLog log(TestForest target) {
        return ((EmbeddedForest) target).requests();
    }

    /** The requests of a recording that name an entry (the root DSE reads of the pool left out). */
    private static List<Request> entryRequests(RequestLog.Recording recording) {
        return recording.requests().stream().filter(r -> !r.dn().isEmpty()).toList();
    }

    /** The source mailbox {@code alias} with this displayName, as a later read of the source gives it. */
    private static Set<Attribute> sourceWithDisplayName(String alias, UUID sourceGuid, String displayName) {
        Set<Attribute> source = new HashSet<>(TargetForestFixture.sourceMailbox(alias, sourceGuid, UUID.randomUUID()));
        source.removeIf(a -> a.is("displayName"));
        source.add(AttributeBuilder.build("displayName", displayName));
        return source;
    }

    @Test
    void theSchemaDeclaresTheOptionForCreate(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        Set<OperationOptionInfo> create =
                fx.facade(fx.configuration()).schema().getSupportedOptionsByOperation(CreateApiOp.class);
        assertThat(create).contains(new OperationOptionInfo(TargetOperationOptions.REPLICA_ABSENT, Boolean.class));
    }

    @Test
    void aNonBooleanOptionIsRefusedNamingIt(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        var options = new OperationOptionsBuilder()
                .setOption(TargetOperationOptions.REPLICA_ABSENT, "yes")
                .build();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias(), UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> fx.facade(fx.configuration()).create(TargetAttributes.GAL_CONTACT, src, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TargetOperationOptions.REPLICA_ABSENT);
        assertThat(fx.contacts()).isEmpty();
    }

    /** The fast path: the add and the read-back of the new contact's objectGUID, nothing else. */
    @Test
    void withTheOptionAnAbsentReplicaCostsTheAddAndTheReadBack(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        facade.test(); // the pool's connections and the root DSE read happen outside the recording
        String alias = alias();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());

        Uid uid;
        List<Request> requests;
        try (RequestLog.Recording recording = log(target).record()) {
            uid = facade.create(TargetAttributes.GAL_CONTACT, src, TargetForestFixture.replicaAbsent());
            requests = entryRequests(recording);
        }

        String dn = "CN=" + alias + "," + fx.contactOu;
        assertThat(requests).extracting(Request::kind).containsExactly(Kind.ADD, Kind.SEARCH);
        assertThat(requests.get(0).dn()).isEqualToIgnoringCase(dn);
        assertThat(requests.get(1).scope()).isEqualTo(SearchScope.BASE);
        assertThat(requests.get(1).dn()).isEqualToIgnoringCase(dn);

        ConnectorObject contact = facade.getObject(TargetAttributes.GAL_CONTACT, uid, null);
        assertThat(contact.getName().getNameValue()).isEqualToIgnoringCase(dn);
        assertThat(contact.getAttributeByName("proxyAddresses").getValue())
                .contains("SMTP:" + alias + "@src.test", "X500:" + TargetForestFixture.legacyDn(alias));
        assertThat(contact.getAttributeByName("targetAddress").getValue().get(0).toString())
                .isEqualToIgnoringCase("SMTP:" + alias + "@route.src.test");
        assertThat(contact.getAttributeByName("legacyExchangeDN")
                        .getValue()
                        .get(0)
                        .toString())
                .matches(java.util.regex.Pattern.quote(TargetForestFixture.PREFIX + "/cn=" + alias + "-")
                        + "[0-9a-f]{32}");
        assertThat(contact.getAttributeByName(TargetAttributes.OWNERSHIP_MARK)
                        .getValue()
                        .get(0)
                        .toString())
                .startsWith("galbridge:src.test:");
        assertThat(fx.contacts()).hasSize(1);
    }

    /**
     * Without the option, a new source: the join's two searches (X500 of the source's legacyExchangeDN, indexed;
     * then, as no replica carries the mark, the mark), the add and the read-back; no taken-names or
     * legacyExchangeDN search.
     */
    @Test
    void withoutTheOptionANewContactCostsTheTwoJoinSearches(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        facade.test();
        String alias = alias();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());

        List<Request> requests;
        try (RequestLog.Recording recording = log(target).record()) {
            facade.create(TargetAttributes.GAL_CONTACT, src, null);
            requests = entryRequests(recording);
        }

        assertThat(requests).extracting(Request::kind).containsExactly(Kind.SEARCH, Kind.SEARCH, Kind.ADD, Kind.SEARCH);
        Request byX500 = requests.get(0);
        assertThat(byX500.scope()).isEqualTo(SearchScope.SUB);
        assertThat(byX500.filter())
                .contains(com.unboundid.ldap.sdk.Filter.createEqualityFilter(
                                "proxyAddresses", "X500:" + TargetForestFixture.legacyDn(alias))
                        .toString())
                .doesNotContain("galbridge:src.test:")
                .doesNotContainIgnoringCase("legacyExchangeDN=");
        assertThat(requests.get(1).filter()).contains("galbridge:src.test:");
        assertThat(requests.get(3).scope()).isEqualTo(SearchScope.BASE);
    }

    /**
     * Without the option, an existing replica (the incremental sync's case): one indexed search by X500 finds it
     * with its mark, read in full; no mark search (unindexed in AD), no read-back; the update is written.
     */
    @Test
    void withoutTheOptionAnExistingReplicaIsFoundByOneX500Search(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = alias();
        UUID sourceGuid = UUID.randomUUID();
        Uid first = facade.create(
                TargetAttributes.GAL_CONTACT,
                TargetForestFixture.sourceMailbox(alias, sourceGuid, UUID.randomUUID()),
                null);
        Set<Attribute> changed = sourceWithDisplayName(alias, sourceGuid, "Roe, Jane (changed)");

        Uid second;
        List<Request> requests;
        try (RequestLog.Recording recording = log(target).record()) {
            second = facade.create(TargetAttributes.GAL_CONTACT, changed, null);
            requests = entryRequests(recording);
        }

        assertThat(second.getUidValue()).isEqualTo(first.getUidValue());
        assertThat(requests).extracting(Request::kind).containsExactly(Kind.SEARCH, Kind.MODIFY);
        assertThat(requests.get(0).filter()).doesNotContain("galbridge:src.test:");
        assertThat(fx.contacts("displayName"))
                .extracting(e -> e.getAttributeValue("displayName"))
                .contains("Roe, Jane (changed)");
    }

    /**
     * A wrong assertion, replica at the computed DN: the add collides, the connector drops the assertion, joins,
     * finds its replica, updates it and returns its UID; no second contact.
     */
    @Test
    void withTheOptionAnOwnedReplicaAtTheComputedDnIsUpdatedNotDuplicated(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = alias();
        UUID sourceGuid = UUID.randomUUID();
        Uid first = facade.create(
                TargetAttributes.GAL_CONTACT,
                TargetForestFixture.sourceMailbox(alias, sourceGuid, UUID.randomUUID()),
                null);
        Set<Attribute> renamedInSource = sourceWithDisplayName(alias, sourceGuid, "Roe, Jane (Contoso)");

        Uid second;
        List<Request> requests;
        try (RequestLog.Recording recording = log(target).record()) {
            second = facade.create(TargetAttributes.GAL_CONTACT, renamedInSource, TargetForestFixture.replicaAbsent());
            requests = entryRequests(recording);
        }

        assertThat(second.getUidValue()).isEqualTo(first.getUidValue());
        List<SearchResultEntry> contacts = fx.contacts("displayName");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).getAttributeValue("displayName")).isEqualTo("Roe, Jane (Contoso)");
        assertThat(requests.get(0).kind()).as("the optimistic add").isEqualTo(Kind.ADD);
        assertThat(requests)
                .as("then the full path: join search, taken names, the update; the join read the UID")
                .filteredOn(r -> r.kind() == Kind.SEARCH && r.scope() == SearchScope.ONE)
                .hasSize(1);
        assertThat(requests).extracting(Request::kind).endsWith(Kind.MODIFY);
    }

    /**
     * A wrong assertion the add cannot see: the source's replica was renamed by hand, so the computed DN is free and
     * a second contact with the same mark is created. The assertion is the caller's responsibility (decision 0006);
     * the next create without the option reports the duplicate, naming both.
     */
    @Test
    void withTheOptionAReplicaRenamedByHandIsDuplicatedAndTheNextFullCreateReportsIt(
            @ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = alias();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());
        Uid first = facade.create(TargetAttributes.GAL_CONTACT, src, null);
        String renamed = "CN=Renamed " + alias + "," + fx.contactOu;
        try (LDAPConnection c = target.connect()) {
            c.modifyDN("CN=" + alias + "," + fx.contactOu, "CN=Renamed " + alias, true);
        }

        Uid second = facade.create(TargetAttributes.GAL_CONTACT, src, TargetForestFixture.replicaAbsent());

        assertThat(second.getUidValue()).isNotEqualTo(first.getUidValue());
        List<SearchResultEntry> contacts = fx.contacts("adminDescription");
        assertThat(contacts).hasSize(2);
        assertThat(contacts.get(0).getAttributeValue("adminDescription"))
                .isEqualTo(contacts.get(1).getAttributeValue("adminDescription"));
        assertThatThrownBy(() -> facade.create(TargetAttributes.GAL_CONTACT, src, null))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("joins more than one contact")
                .hasMessageContaining("Renamed " + alias);
        assertThat(target.read(renamed)).isNotNull();
    }

    /** A GALSync contact (X500 join, no mark) at the computed DN is adopted, with the option or without it. */
    @ParameterizedTest(name = "replicaAbsent={0}")
    @ValueSource(booleans = {false, true})
    void aGalSyncContactIsAdopted(boolean replicaAbsent, @ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = alias();
        String dn = "CN=" + alias + "," + fx.contactOu;
        target.seedLdif("dn: " + dn
                + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: contact\n"
                + "cn: " + alias + "\nmailNickname: " + alias + "\ntargetAddress: SMTP:" + alias + "@src.test\n"
                + "legacyExchangeDN: /o=Tgt/ou=GALSync/cn=Recipients/cn=" + alias + "\n"
                + "proxyAddresses: SMTP:" + alias + "@src.test\nproxyAddresses: X500:"
                + TargetForestFixture.legacyDn(alias) + "\n");
        String seededGuid = GuidCodec.INSTANCE.toUid(
                GuidCodec.INSTANCE.decode(target.read(dn, "objectGUID").getAttributeValueBytes("objectGUID")));
        ConnectorFacade facade = fx.facade(fx.configuration());

        Uid uid = facade.create(
                TargetAttributes.GAL_CONTACT,
                TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()),
                replicaAbsent ? TargetForestFixture.replicaAbsent() : null);

        assertThat(uid.getUidValue()).isEqualTo(seededGuid);
        List<SearchResultEntry> contacts = fx.contacts("adminDescription", "legacyExchangeDN");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).getAttributeValue("adminDescription")).startsWith("galbridge:src.test:");
        assertThat(contacts.get(0).getAttributeValue("legacyExchangeDN"))
                .as("an adopted contact keeps its legacyExchangeDN")
                .isEqualTo("/o=Tgt/ou=GALSync/cn=Recipients/cn=" + alias);
    }

    /**
     * A forest of several domains, as the global catalog shows it: the caller's read covered its own domain only,
     * so with {@code galbridge.replicaAbsent} the connector still looks up, through the GC, the objects holding
     * the source's X500, and reports the GALSync contact of the other domain (outside the sync OU, spec 3.4)
     * instead of creating a second contact.
     * The embedded forest stands in for the GC (same server, LDAPS port), with a second domainDNS object below it.
     */
    @Test
    void inAForestOfSeveralDomainsTheOptionStillFindsAGalSyncContactOfAnotherDomain(
            @ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = alias();
        String child = "DC=child" + alias + "," + target.baseDn();
        String elsewhere = "CN=" + alias + " (GALSync)," + child;
        target.seedLdif("dn: " + child + "\nobjectClass: top\nobjectClass: domainDNS\ndc: child" + alias + "\n\n"
                + "dn: " + elsewhere
                + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: contact\n"
                + "cn: " + alias + " (GALSync)\nmailNickname: " + alias + "\ntargetAddress: SMTP:" + alias
                + "@src.test\nproxyAddresses: SMTP:" + alias + "@src.test\nproxyAddresses: X500:"
                + TargetForestFixture.legacyDn(alias) + "\n");
        String seededGuid = GuidCodec.INSTANCE.toUid(
                GuidCodec.INSTANCE.decode(target.read(elsewhere, "objectGUID").getAttributeValueBytes("objectGUID")));
        TargetAdConfiguration gc = fx.configuration();
        gc.setUseGlobalCatalog(true);
        gc.setGlobalCatalogPort(target.ldapsPort());
        ConnectorFacade facade = fx.facade(gc);

        assertThatThrownBy(() -> facade.create(
                        TargetAttributes.GAL_CONTACT,
                        TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()),
                        TargetForestFixture.replicaAbsent()))
                .as("spec 3.4: a contact outside the sync OU is reported, not duplicated")
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("exists outside the GAL contact OU")
                .hasMessageContaining(alias + " (GALSync)");
        assertThat(fx.contacts("cn")).extracting(e -> e.getAttributeValue("cn")).doesNotContain(alias);
        assertThat(GuidCodec.INSTANCE.toUid(GuidCodec.INSTANCE.decode(
                        target.read(elsewhere, "objectGUID").getAttributeValueBytes("objectGUID"))))
                .isEqualTo(seededGuid);
    }
}
