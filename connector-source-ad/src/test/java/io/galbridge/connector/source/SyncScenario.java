package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SyncDelta;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * One live-sync scenario on a seeded forest, shared by the embedded and the Samba tests: from the latest
 * token, create a recipient, modify one, rename one, make one stop being a recipient and (optionally) delete
 * one, then sync and check the deltas. Each scenario uses the fixture positions it is given, so several
 * scenarios can run on one forest.
 */
final class SyncScenario {

    private final ConnectorFacade facade;
    private final RecipientFixtures fixtures;

    SyncScenario(ConnectorFacade facade, RecipientFixtures fixtures) {
        this.facade = facade;
        this.fixtures = fixtures;
    }

    /** The recipients' UIDs by their fixture DN. */
    Uid uidAt(int index) {
        // by DN equality, not a NAME filter: servers spell DNs in their own case (Samba: CN=, the fixture: cn=)
        DN dn = fixtures.recipientDnAt(index);
        List<ConnectorObject> all = new ArrayList<>();
        facade.search(RecipientSchema.RECIPIENT_CLASS, null, all::add, null);
        List<ConnectorObject> found =
                all.stream().filter(o -> sameDn(o.getName().getNameValue(), dn)).toList();
        assertThat(found).as("recipient %s", dn).hasSize(1);
        return found.get(0).getUid();
    }

    /** The first fixture position at or after {@code from} holding a recipient of the kind. */
    int firstOf(RecipientKind kind, int from) {
        return IntStream.range(from, fixtures.recipientCount())
                .filter(i -> fixtures.kindAt(i) == kind)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Runs the scenario.
     *
     * @param connection an administrator connection to the forest
     * @param first the first fixture position this scenario may change (it uses a handful after it)
     * @param createdIndex the fixture position of the recipient created, beyond the seeded ones and beyond the
     *     seeded non-mail user's position (which shares names with the recipient at its position)
     * @param deletionsVisible whether the server shows deletions to the tracker (not the embedded forest)
     * @return the token after the run
     */
    SyncToken run(LDAPConnection connection, int first, int createdIndex, boolean deletionsVisible) throws Exception {
        SyncToken start = facade.getLatestSyncToken(RecipientSchema.RECIPIENT_CLASS);
        assertThat(String.valueOf(start.getValue())).startsWith("gbsync1.");

        int modifiedAt = firstOf(RecipientKind.MAILBOX, first);
        int renamedAt = firstOf(RecipientKind.MAIL_USER, first);
        int stoppedAt = firstOf(RecipientKind.MAIL_CONTACT, first);
        int deletedAt = firstOf(RecipientKind.SHARED_MAILBOX, first);
        Uid modified = uidAt(modifiedAt);
        Uid renamed = uidAt(renamedAt);
        Uid stopped = uidAt(stoppedAt);
        Uid deleted = uidAt(deletedAt);

        RecipientFixtures extra = fixtures.withRecipients(createdIndex + 1);
        Entry created = extra.entries().get(3 + createdIndex);
        assertThat(new DN(created.getDN())).isEqualTo(extra.recipientDnAt(createdIndex));
        assertThat(extra.kindAt(createdIndex)).isEqualTo(RecipientKind.MAILBOX);
        connection.add(created);
        connection.modify(
                fixtures.recipientDnAt(modifiedAt).toString(),
                new Modification(ModificationType.REPLACE, "info", "modified by the sync test"));
        DN renamedDn = fixtures.recipientDnAt(renamedAt);
        RDN newRdn = new RDN("CN", "Renamed Recipient " + renamedAt);
        connection.modifyDN(renamedDn.toString(), newRdn.toString(), true);
        connection.modify(
                fixtures.recipientDnAt(stoppedAt).toString(),
                new Modification(ModificationType.REPLACE, "mailNickname"),
                new Modification(ModificationType.REPLACE, "proxyAddresses"),
                new Modification(ModificationType.REPLACE, "targetAddress"),
                new Modification(ModificationType.REPLACE, "mail"));
        if (deletionsVisible) {
            connection.delete(fixtures.recipientDnAt(deletedAt).toString());
        }

        List<SyncDelta> deltas = new ArrayList<>();
        SyncToken next = facade.sync(RecipientSchema.RECIPIENT_CLASS, start, deltas::add, null);
        assertThat(next).isNotNull();
        assertThat(String.valueOf(next.getValue()))
                .startsWith(String.valueOf(start.getValue()).substring(0, 12));

        SyncDelta createdDelta = only(
                deltas,
                d -> d.getObject() != null
                        && sameDn(d.getObject().getName().getNameValue(), extra.recipientDnAt(createdIndex)));
        assertThat(createdDelta.getDeltaType()).isEqualTo(SyncDeltaType.CREATE_OR_UPDATE);
        assertThat(AttributeUtil.getStringValue(createdDelta.getObject().getAttributeByName("recipientKind")))
                .startsWith("K2a");

        SyncDelta modifiedDelta = only(deltas, d -> d.getUid().equals(modified));
        assertThat(modifiedDelta.getDeltaType()).isEqualTo(SyncDeltaType.CREATE_OR_UPDATE);
        assertThat(AttributeUtil.getStringValue(modifiedDelta.getObject().getAttributeByName("info")))
                .isEqualTo("modified by the sync test");

        SyncDelta renamedDelta = only(deltas, d -> d.getUid().equals(renamed));
        assertThat(renamedDelta.getDeltaType()).isEqualTo(SyncDeltaType.CREATE_OR_UPDATE);
        assertThat(new DN(renamedDelta.getObject().getName().getNameValue()))
                .isEqualTo(new DN(newRdn, renamedDn.getParent()));

        SyncDelta stoppedDelta = only(deltas, d -> d.getUid().equals(stopped));
        assertThat(stoppedDelta.getDeltaType()).isEqualTo(SyncDeltaType.DELETE);

        Optional<SyncDelta> deletedDelta =
                deltas.stream().filter(d -> d.getUid().equals(deleted)).findFirst();
        if (deletionsVisible) {
            assertThat(deletedDelta)
                    .hasValueSatisfying(d -> assertThat(d.getDeltaType()).isEqualTo(SyncDeltaType.DELETE));
        } else {
            assertThat(deletedDelta).isEmpty();
        }

        List<SyncDelta> again = new ArrayList<>();
        facade.sync(RecipientSchema.RECIPIENT_CLASS, next, again::add, null);
        assertThat(again).extracting(SyncDelta::getUid).doesNotContain(modified, renamed, stopped, deleted);
        return next;
    }

    private static boolean sameDn(String text, DN dn) {
        try {
            return new DN(text).equals(dn);
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new AssertionError("malformed NAME " + text, e);
        }
    }

    private static SyncDelta only(List<SyncDelta> deltas, java.util.function.Predicate<SyncDelta> which) {
        List<SyncDelta> matching = deltas.stream().filter(which).toList();
        assertThat(matching).as("matching deltas among %s", deltas).hasSize(1);
        return matching.get(0);
    }
}
