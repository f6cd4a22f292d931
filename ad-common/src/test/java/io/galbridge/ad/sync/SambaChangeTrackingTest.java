package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.connection.SecurityMode;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.identityconnectors.common.security.GuardedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DirSync and uSNChanged against a real Samba AD DC. */
@WithForests(value = ForestKind.SAMBA, forests = "source=src.test")
class SambaChangeTrackingTest {

    @ParameterizedTest
    @EnumSource(
            value = SyncMode.class,
            names = {"DIRSYNC", "USN_CHANGED"})
    void reportsCreatesModifiesRenamesMovesAndDeletesOnce(SyncMode mode, @ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree =
                new TrackedSubtree(forest, "Tracked " + mode.name().toLowerCase(Locale.ROOT), false);
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            ChangeTracker tracker = TrackedSubtree.tracker(mode, pool, tree.scope());

            ChangeScenario.Outcome o = ChangeScenario.run(tree, pool, tracker, false);

            ChangeScenario.assertUpdates(tree, o);
            assertThat(o.batch().warnings()).isEmpty();
            assertThat(o.deletes()).hasSize(1);
            Change.Delete deletion = o.deletes().get(0);
            assertThat(deletion.objectGuid()).isEqualTo(o.deleted());
            assertThat(deletion.lastKnownDn()).isEqualTo(o.deletedDn());
            assertThat(deletion.entryUuid()).isNull();
            assertThat(o.batch().next().kind()).isEqualTo(tracker.kind());
        }
    }

    @Test
    void autoPicksDirSyncForAnAdministrator(@ForestRole("source") TestForest forest) throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked auto", false);
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            ChangeTracker tracker = TrackedSubtree.tracker(SyncMode.AUTO, pool, tree.scope());

            assertThat(tracker).isInstanceOf(DirSyncTracker.class);
            try (ServerAffinity session = pool.openSession()) {
                assertThat(tracker.latest(session).encode()).startsWith("gbsync1.dirsync.");
            }
        }
    }

    @Test
    void aUsnTokenFromAnotherDcLeadsToAFullResyncWithTheReason(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked other dc", false);
        tree.addContact("Kept Contact");
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            UsnChangedTracker tracker = new UsnChangedTracker(tree.scope());
            SyncToken foreign = new UsnPosition("dsa:CN=NTDS Settings,CN=DC9,CN=Servers;invocationId:x", 1).toToken();

            java.util.List<Change> changes = new java.util.ArrayList<>();
            ChangeBatch batch;
            try (ServerAffinity session = pool.openSession()) {
                batch = tracker.changesSince(session, foreign, changes::add);
            }

            assertThat(batch.fullResync())
                    .hasValueSatisfying(
                            reason -> assertThat(reason).contains("DC9").contains("USNs are per domain controller"));
            assertThat(changes).singleElement().isInstanceOf(Change.CreateOrUpdate.class);
            assertThat(((Change.CreateOrUpdate) changes.get(0)).dn()).isEqualTo(tree.dn("Kept Contact"));
            assertThat(UsnPosition.fromToken(batch.next()).dc()).startsWith("dsa:CN=NTDS Settings,CN=DC1");
        }
    }

    @Test
    void aPlainReaderGetsUsnChangedAndIsToldThatDeletionsAreInvisible(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked reader", false);
        String password = "Rd-" + UUID.randomUUID() + "-9aZ!";
        DN reader = new DN(new RDN("CN", "Sync Reader"), new DN(new RDN("CN", "Users"), forest.baseDn()));
        try (LDAPConnection admin = forest.connectLdaps()) {
            admin.add(new Entry(
                    reader,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("sAMAccountName", "syncreader"),
                    new Attribute("unicodePwd", ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE)),
                    new Attribute("userAccountControl", "512")));
        }
        try (AdConnectionPool pool = AdConnectionPool.open(LdapEndpointSettings.builder()
                .server(forest.host(), forest.ldapsPort())
                .security(SecurityMode.LDAPS)
                .caFile(forest.caCertificatePem())
                .bind(reader.toString(), new GuardedString(password.toCharArray()))
                .build())) {
            ChangeTracker tracker = TrackedSubtree.tracker(SyncMode.AUTO, pool, tree.scope());
            assertThat(tracker).isInstanceOf(UsnChangedTracker.class);

            ChangeScenario.Outcome o = ChangeScenario.run(tree, pool, tracker, false);

            ChangeScenario.assertUpdates(tree, o);
            assertThat(o.deletes()).isEmpty();
            assertThat(o.batch().warnings()).singleElement().satisfies(w -> assertThat(w)
                    .startsWith("deletions are not visible"));
        }
    }
}
