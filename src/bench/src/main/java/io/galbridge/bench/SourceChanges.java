package io.galbridge.bench;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes the incremental sync replays, written straight to the source forest over LDAP: one in twenty
 * (at least one) is a delete of a mailbox, as many are new recipients (the fixture's next ones), the rest
 * change a mailbox's displayName (other recipients that are not groups when N is too small for that).
 *
 * @param modified how many recipients got a new displayName
 * @param deleted how many recipients were deleted
 * @param added how many recipients were added
 */
record SourceChanges(int modified, int deleted, int added) {

    /** The total. */
    int total() {
        return modified + deleted + added;
    }

    /** Applies {@code count} changes to the source forest seeded with {@code fixtures}. */
    static SourceChanges apply(TestForest source, RecipientFixtures fixtures, int count) throws LDAPException {
        int deletes = Math.max(1, count / 20);
        int modifies = count - 2 * deletes;
        List<DN> mailboxes = new ArrayList<>();
        for (int i = 1; i < fixtures.recipientCount() && mailboxes.size() < modifies + deletes; i++) {
            if (fixtures.kindAt(i) == RecipientKind.MAILBOX) {
                mailboxes.add(fixtures.recipientDnAt(i));
            }
        }
        // small fixtures: other recipients that are not groups make up the rest
        for (int i = 1; i < fixtures.recipientCount() && mailboxes.size() < modifies + deletes; i++) {
            if (fixtures.kindAt(i) != RecipientKind.MAILBOX
                    && !fixtures.kindAt(i).isGroup()) {
                mailboxes.add(fixtures.recipientDnAt(i));
            }
        }
        if (mailboxes.size() < modifies + deletes) {
            throw new IllegalArgumentException("the fixture has only " + mailboxes.size() + " mailboxes for " + count
                    + " changes; use a larger N");
        }
        List<Entry> added = newRecipients(fixtures, deletes);
        try (LDAPConnection c = source.connect()) {
            for (int i = 0; i < modifies; i++) {
                c.modify(
                        mailboxes.get(i).toString(),
                        new Modification(ModificationType.REPLACE, "displayName", "Benchmark Changed " + i));
            }
            for (int i = modifies; i < modifies + deletes; i++) {
                c.delete(mailboxes.get(i).toString());
            }
            for (Entry e : added) {
                c.add(e);
            }
        }
        return new SourceChanges(modifies, deletes, added.size());
    }

    /** The next recipients of a larger fixture (no groups: their members would be arbitrary). */
    private static List<Entry> newRecipients(RecipientFixtures fixtures, int count) {
        int n = fixtures.recipientCount();
        RecipientFixtures larger = fixtures.withRecipients(n + count + 10);
        List<Entry> entries = larger.entries();
        List<Entry> out = new ArrayList<>();
        for (int i = n + 1; i < larger.recipientCount() && out.size() < count; i++) {
            if (!larger.kindAt(i).isGroup()) {
                out.add(entries.get(3 + i));
            }
        }
        return out;
    }
}
