package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.connection.SecurityMode;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

/**
 * RFC 4533 content sync (refreshOnly) against a real OpenLDAP slapd with syncprov, deletions resolved to their
 * objectGUID through the accesslog overlay (the test forests log deletes with {@code logold}).
 */
@WithForests(value = ForestKind.OPENLDAP, forests = "source=src.test")
class OpenLdapContentSyncTest {

    @Test
    void reportsAddsModifiesRenamesMovesAndDeletesWithTheirObjectGuid(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked content sync", true);
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            ChangeTracker tracker = TrackedSubtree.tracker(SyncMode.AUTO, pool, tree.scope());
            assertThat(tracker).isInstanceOf(ContentSyncTracker.class);

            ChangeScenario.Outcome o = ChangeScenario.run(tree, pool, tracker, true);

            ChangeScenario.assertUpdates(tree, o);
            assertThat(o.updates().values())
                    .allSatisfy(u -> assertThat(u.entryUuid()).isNotNull());
            assertThat(o.deletes()).singleElement().satisfies(d -> {
                assertThat(d.entryUuid()).isEqualTo(o.deletedEntryUuid());
                assertThat(d.objectGuid()).isEqualTo(o.deleted());
                assertThat(d.lastKnownDn()).isEqualTo(o.deletedDn());
            });
            assertThat(o.batch().next().encode()).startsWith("gbsync1.csync.");
        }
    }

    @Test
    void anEntryMovedOutOfTheSubtreeIsReportedAsDeletedWithItsObjectGuid(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked move out", true);
        ExchangeGuid leaving = tree.addContact("Lena Leaving");
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            ChangeTracker tracker = TrackedSubtree.tracker(SyncMode.CONTENT_SYNC, pool, tree.scope());
            SyncToken start;
            try (ServerAffinity session = pool.openSession()) {
                start = tracker.latest(session);
            }
            tree.rename(tree.dn("Lena Leaving"), new RDN("CN", "Lena Left"), forest.baseDn());

            List<Change> changes = new ArrayList<>();
            ChangeBatch batch;
            try (ServerAffinity session = pool.openSession()) {
                batch = tracker.changesSince(session, start, changes::add);
            }
            assertThat(batch.fullResync()).isEmpty();
            assertThat(changes).singleElement().isInstanceOfSatisfying(Change.Delete.class, d -> {
                assertThat(d.objectGuid()).isEqualTo(leaving);
                assertThat(d.lastKnownDn()).isEqualTo(new DN(new RDN("CN", "Lena Left"), forest.baseDn()));
            });
        }
    }

    @Test
    void theDeletionOfAnEntryWithoutObjectGuidIsReportedWithoutOne(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked without GUID", true);
        DN plain = tree.dn("Paul Plain");
        try (LDAPConnection c = forest.connect()) {
            c.add(new Entry(
                    plain,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                    new Attribute("cn", "Paul Plain"),
                    new Attribute("sn", "Plain")));
        }
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            ChangeTracker tracker = TrackedSubtree.tracker(SyncMode.CONTENT_SYNC, pool, tree.scope());
            SyncToken start;
            try (ServerAffinity session = pool.openSession()) {
                start = tracker.latest(session);
            }
            UUID uuid = tree.entryUuid(plain);
            tree.delete(plain);

            List<Change> changes = new ArrayList<>();
            ChangeBatch batch;
            try (ServerAffinity session = pool.openSession()) {
                batch = tracker.changesSince(session, start, changes::add);
            }
            assertThat(batch.fullResync()).isEmpty();
            assertThat(changes).singleElement().isInstanceOfSatisfying(Change.Delete.class, d -> {
                assertThat(d.objectGuid()).isNull();
                assertThat(d.entryUuid()).isEqualTo(uuid);
                assertThat(d.lastKnownDn()).isEqualTo(plain);
            });
        }
    }

    @Test
    void aBindThatCannotReadTheAccessLogIsRefusedNamingTheOverlay(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked without log", true);
        String password = randomPassword();
        DN reader = new DN(new RDN("CN", "Plain Reader"), tree.ou());
        try (LDAPConnection c = forest.connect()) {
            c.add(new Entry(
                    reader,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("cn", "Plain Reader"),
                    new Attribute("userPassword", password)));
        }
        try (AdConnectionPool pool = AdConnectionPool.open(LdapEndpointSettings.builder()
                .server(forest.host(), forest.ldapsPort())
                .security(SecurityMode.LDAPS)
                .caFile(forest.caCertificatePem())
                .bind(reader.toString(), new GuardedString(password.toCharArray()))
                .build())) {
            assertThatThrownBy(() -> TrackedSubtree.tracker(SyncMode.AUTO, pool, tree.scope()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("accesslog")
                    .hasMessageContaining("logold (objectGUID=*)")
                    .hasMessageContaining("cn=accesslog")
                    .hasMessageNotContaining(password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
