package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import org.junit.jupiter.api.Test;

/** RFC 4533 content sync (refreshOnly) against a real OpenLDAP slapd with syncprov. */
@WithForests(value = ForestKind.OPENLDAP, forests = "source=src.test")
class OpenLdapContentSyncTest {

    @Test
    void reportsAddsModifiesRenamesMovesAndDeletesByEntryUuid(@ForestRole("source") TestForest forest)
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
                assertThat(d.objectGuid()).isNull();
            });
            assertThat(o.batch().next().encode()).startsWith("gbsync1.csync.");
        }
    }
}
