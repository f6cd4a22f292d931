package io.galbridge.connector.target.operation;

import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.config.DnText;
import io.galbridge.mapping.galsync.GalSyncDecision;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.plan.EntryChange;
import java.util.List;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Carries out a GAL-sync decision for one contact and returns the replica's UID with as few reads as possible: the
 * objectGUID the connector gave a new contact (servers that stamp none), the objectGUID of the joined replica it
 * updated (the join read it; a rename keeps it), else the replica read back by DN (a new contact on AD and Samba,
 * which assign the objectGUID and offer no post-read control). Thread-safe.
 */
final class ContactWriter {

    private final TargetDirectory directory;

    ContactWriter(TargetDirectory directory) {
        this.directory = directory;
    }

    /**
     * Writes the changes of {@code decision} in order.
     *
     * @param decision a CREATE, UPDATE, UNCHANGED or ADOPT decision with its replica DN
     * @param joined the target objects the decision was made with (the replica among them when it is not new)
     * @return the replica's UID
     * @throws AlreadyExistsException only when the directory refused an add or a rename because the DN is taken
     *     ({@code 68 entryAlreadyExists}); changes written before it stay written
     */
    Uid write(GalSyncDecision decision, List<DirectoryEntry> joined) {
        String dn = decision.replicaDnValue().orElseThrow();
        Optional<ExchangeGuid> assigned = Optional.empty();
        boolean created = false;
        for (EntryChange change : decision.changes()) {
            Optional<ExchangeGuid> guid = directory.apply(change);
            if (change.kind() == EntryChange.Kind.CREATE) {
                created = true;
                if (change.dn().equals(dn)) {
                    assigned = guid;
                }
            }
        }
        if (assigned.isPresent()) {
            return new Uid(GuidCodec.INSTANCE.toUid(assigned.get())); // this call chose it: no read-back
        }
        if (!created) {
            Optional<DirectoryEntry> replica = replicaAmong(decision, joined);
            if (replica.isPresent() && replica.get().objectGuid().isPresent()) {
                return ConnectorObjects.uid(replica.get()); // the join read it: no read-back
            }
        }
        return ConnectorObjects.uid(directory
                .read(dn)
                .orElseThrow(() -> new ConnectorException("Contact " + dn + " vanished after writing it")));
    }

    /** The joined object the decision changes or keeps: the one at its replica DN or at the DN of a change. */
    private static Optional<DirectoryEntry> replicaAmong(GalSyncDecision decision, List<DirectoryEntry> joined) {
        String dn = decision.replicaDnValue().orElseThrow();
        return joined.stream()
                .filter(e -> DnText.same(e.dn(), dn)
                        || decision.changes().stream().anyMatch(c -> DnText.same(c.dn(), e.dn())))
                .findFirst();
    }
}
