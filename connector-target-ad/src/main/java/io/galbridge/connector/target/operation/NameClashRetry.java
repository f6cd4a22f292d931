package io.galbridge.connector.target.operation;

import io.galbridge.mapping.galsync.GalSyncDecision;
import io.galbridge.mapping.galsync.TargetState;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * The full path of a GAL-contact create, taken when the optimistic write collided ({@code 68 entryAlreadyExists}):
 * whatever the caller assumed is dropped, the join search and the taken-names search run, the rules decide again
 * and the decision is written. What sits at the colliding DN is thereby recognised: the source's own replica is
 * updated, a GALSync contact that joins the source is adopted, and any other object's name makes the GALSync CN
 * rules move on to the next candidate ({@code cn (department)}, {@code cn(1)}, ...). A name taken again between the
 * search and the write (a concurrent writer) starts another round, {@value #ROUNDS} rounds at most. Thread-safe.
 */
final class NameClashRetry {

    /** Rounds of lookups and writes after the first collision. */
    static final int ROUNDS = 3;

    private final ReplicaLookups lookups;
    private final ContactWriter writer;

    NameClashRetry(ReplicaLookups lookups, ContactWriter writer) {
        this.lookups = lookups;
        this.writer = writer;
    }

    /**
     * Runs the full path.
     *
     * @param request the create that collided
     * @param clash the collision of the optimistic write
     * @return the replica's UID
     * @throws AlreadyExistsException naming the source and the contact OU if every round collided again, or if the
     *     rules find a conflict (the source joins several contacts, or a user represents it)
     */
    Uid retry(ContactRequest request, AlreadyExistsException clash) {
        AlreadyExistsException last = clash;
        for (int round = 0; round < ROUNDS; round++) {
            List<DirectoryEntry> joined = lookups.joined(request);
            Set<String> taken = lookups.takenNames(request);
            GalSyncDecision decision = request.decide(new TargetState(joined, taken, List.of()));
            try {
                return writer.write(decision, joined);
            } catch (AlreadyExistsException again) {
                last = again;
            }
        }
        throw new AlreadyExistsException(
                "The contact of " + request.source().dn() + " could not be written in " + request.contactOu()
                        + ": the chosen name was taken again in each of " + (ROUNDS + 1)
                        + " attempts (another writer in the OU?); last refusal: " + last.getMessage(),
                last);
    }
}
