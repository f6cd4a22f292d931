package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The change-tracking story every strategy must tell right against a real server: after a start token,
 * creates, a modify of an older object, a rename, a move and a delete are reported; an untouched object is
 * not; the next token reports nothing new; tokens survive their text form.
 */
final class ChangeScenario {

    /** What the directory looked like and what the tracker said. */
    record Outcome(
            ChangeBatch batch,
            Map<ExchangeGuid, Change.CreateOrUpdate> updates,
            List<Change.Delete> deletes,
            ExchangeGuid renamed,
            ExchangeGuid moved,
            ExchangeGuid created,
            ExchangeGuid modifiedOld,
            ExchangeGuid untouched,
            ExchangeGuid deleted,
            UUID deletedEntryUuid,
            DN deletedDn,
            ChangeBatch second) {}

    private ChangeScenario() {}

    static Outcome run(TrackedSubtree tree, AdConnectionPool pool, ChangeTracker tracker, boolean entryUuids)
            throws LDAPException {
        ExchangeGuid untouched = tree.addContact("Ulla Untouched");
        ExchangeGuid older = tree.addContact("Olaf Older");
        ExchangeGuid doomed = tree.addContact("Dora Doomed");
        DN doomedDn = tree.dn("Dora Doomed");
        UUID doomedUuid = entryUuids ? tree.entryUuid(doomedDn) : null;

        String startText;
        try (ServerAffinity session = pool.openSession()) {
            startText = tracker.latest(session).encode();
        }

        ExchangeGuid renamed = tree.addContact("Anna Original");
        tree.rename(tree.dn("Anna Original"), new RDN("CN", "Anna Renamed"), null);
        ExchangeGuid moved = tree.addContact("Bert Mover");
        tree.describe(tree.dn("Bert Mover"), "moved after a change");
        tree.rename(tree.dn("Bert Mover"), new RDN("CN", "Bert Mover"), tree.moved());
        ExchangeGuid created = tree.addContact("Zoë O'Brien, Jr.");
        tree.describe(tree.dn("Olaf Older"), "modified after the start token");
        tree.delete(doomedDn);

        Map<ExchangeGuid, Change.CreateOrUpdate> updates = new LinkedHashMap<>();
        List<Change.Delete> deletes = new ArrayList<>();
        ChangeBatch batch;
        try (ServerAffinity session = pool.openSession()) {
            batch = tracker.changesSince(session, SyncToken.decode(startText), change -> {
                if (change instanceof Change.CreateOrUpdate u) {
                    updates.put(u.objectGuid(), u);
                } else {
                    deletes.add((Change.Delete) change);
                }
            });
        }
        List<Change> again = new ArrayList<>();
        ChangeBatch second;
        try (ServerAffinity session = pool.openSession()) {
            second = tracker.changesSince(session, SyncToken.decode(batch.next().encode()), again::add);
        }
        assertThat(again).as("changes reported again after the next token").isEmpty();
        return new Outcome(
                batch,
                updates,
                deletes,
                renamed,
                moved,
                created,
                older,
                untouched,
                doomed,
                doomedUuid,
                doomedDn,
                second);
    }

    /** The assertions that hold for every strategy about creates, modifies, renames and moves. */
    static void assertUpdates(TrackedSubtree tree, Outcome o) {
        assertThat(o.batch().fullResync()).isEmpty();
        assertThat(o.updates()).containsKeys(o.renamed(), o.moved(), o.created(), o.modifiedOld());
        assertThat(o.updates()).doesNotContainKey(o.untouched());
        assertThat(o.updates().get(o.renamed()).dn()).isEqualTo(tree.dn("Anna Renamed"));
        Change.CreateOrUpdate moved = o.updates().get(o.moved());
        assertThat(moved.dn()).isEqualTo(tree.movedDn("Bert Mover"));
        assertThat(moved.entry().getAttributeValue("description")).isEqualTo("moved after a change");
        assertThat(moved.entry().getAttributeValue("displayName")).isEqualTo("Bert Mover (tracked)");
        assertThat(o.updates().get(o.created()).entry().getAttributeValue("cn")).isEqualTo("Zoë O'Brien, Jr.");
        assertThat(o.updates().get(o.modifiedOld()).entry().getAttributeValue("description"))
                .isEqualTo("modified after the start token");
        assertThat(o.second().reported()).isZero();
        assertThat(SyncToken.decode(o.batch().next().encode()))
                .isEqualTo(o.batch().next());
    }
}
