package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.List;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

/**
 * uSNChanged on the embedded forest, which emulates uSNChanged and highestCommittedUSN but has no
 * show-deleted control: creates, modifies, renames and moves are reported; deletions are invisible there and
 * the batch says so in a warning.
 */
@WithForests(value = ForestKind.EMBEDDED, forests = "source=src.test")
class EmbeddedUsnChangedTest {

    @Test
    void reportsCreatesModifiesRenamesAndMovesAndWarnsThatDeletionsAreInvisible(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked usn", false);
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            ChangeTracker tracker = TrackedSubtree.tracker(SyncMode.AUTO, pool, tree.scope());
            assertThat(tracker).isInstanceOf(UsnChangedTracker.class);

            ChangeScenario.Outcome o = ChangeScenario.run(tree, pool, tracker, false);

            ChangeScenario.assertUpdates(tree, o);
            assertThat(o.deletes()).isEmpty();
            assertThat(o.batch().warnings()).singleElement().satisfies(w -> assertThat(w)
                    .startsWith("deletions are not visible"));
        }
    }

    @Test
    void anExplicitModeTheServerDoesNotOfferIsRefusedNamingWhatIsMissing(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked refused", false);
        try (AdConnectionPool pool = TrackedSubtree.pool(forest)) {
            assertThatThrownBy(() -> TrackedSubtree.tracker(SyncMode.DIRSYNC, pool, tree.scope()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DirSync (1.2.840.113556.1.4.841)");
            assertThatThrownBy(() -> TrackedSubtree.tracker(SyncMode.CONTENT_SYNC, pool, tree.scope()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("RFC 4533");
        }
    }

    @Test
    void aFailingConsumerEndsTheCallAndTheOldTokenStillReportsTheChange(@ForestRole("source") TestForest forest)
            throws Exception {
        TrackedSubtree tree = new TrackedSubtree(forest, "Tracked failing consumer", false);
        try (AdConnectionPool pool = TrackedSubtree.pool(forest);
                ServerAffinity session = pool.openSession()) {
            ChangeTracker tracker = new UsnChangedTracker(tree.scope());
            SyncToken start = tracker.latest(session);
            ExchangeGuid created = tree.addContact("Fiona Failing");
            IllegalStateException stop = new IllegalStateException("target forest unreachable");

            assertThatThrownBy(() -> tracker.changesSince(session, start, change -> {
                        throw stop;
                    }))
                    .isSameAs(stop);
            List<Change> retried = new ArrayList<>();
            tracker.changesSince(session, start, retried::add);

            assertThat(retried).singleElement().satisfies(c -> assertThat(((Change.CreateOrUpdate) c).objectGuid())
                    .isEqualTo(created));
        }
    }
}
