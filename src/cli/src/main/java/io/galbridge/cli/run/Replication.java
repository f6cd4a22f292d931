package io.galbridge.cli.run;

import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * The replicate step of one source recipient, run on a worker lane: skip it when it is pre-staged as a mail
 * user (that mail user is its replica); otherwise {@code create} its {@code galContact} through the target
 * facade (which the target connector makes idempotent: it creates, adopts or updates, and refuses conflicts),
 * read the replica back by the returned UID, record the create or update, and write the replica's X500 back to
 * the source ({@link X500BackFlow}). In a full sync the replicas are read back in batches of {@value
 * ReplicaReadBack#BATCH} by the worker that completes a batch ({@link ReplicaReadBack}), so the target's adds and
 * the source's X500 writes of different lanes overlap without a read per replica; an incremental sync reads
 * each replica back at once.
 *
 * <p><b>Fast path.</b> When the caller gives a {@link JoinIndex} (a full sync) and it says that the connector's
 * join would find nothing — no replica by mark, no target object holding the X500 of the source's
 * legacyExchangeDN — the create carries the option {@value JoinIndex#REPLICA_ABSENT} = true, by which a target
 * connector that knows it skips its join search (one that does not ignores it; ConnId's facade passes custom
 * options through unchecked).
 *
 * <p>A source that left GAL-sync scope loses its owned replica ({@link ReplicaDeletion}). Refusals and failures
 * are recorded as errors of that object; a lost connection is thrown. Nothing is written in a dry run: the plan
 * says which replicas would be created or re-applied. A run killed between the create and the X500 write
 * converges on rerun: the create finds the replica by mark (unchanged) and the X500 is written then.
 * Thread-safe for recipients of different lane keys.
 */
final class Replication {

    private static final String OUT_OF_SCOPE = "out of GAL-sync scope";
    /** How the target connector refuses a create whose GAL-sync decision is to delete the replica. */
    private static final String DECIDED_DELETE = "(DELETE)";

    private static final OperationOptions REPLICA_ABSENT = new OperationOptionsBuilder()
            .setOption(JoinIndex.REPLICA_ABSENT, Boolean.TRUE)
            .build();

    private final SyncTarget target;
    private final SourceForest forest;
    private final RunRecorder recorder;
    private final ReplicaDeletion deletion;
    private final X500BackFlow backFlow;
    private final ReplicaReadBack readBack;
    private final AtomicInteger fastCreates = new AtomicInteger();

    /**
     * @param target the run's target side; never null
     * @param forest the source forest; never null
     * @param recorder prints, journals and counts; never null
     */
    Replication(SyncTarget target, SourceForest forest, RunRecorder recorder) {
        this.target = target;
        this.forest = forest;
        this.recorder = recorder;
        this.deletion = new ReplicaDeletion(target, forest, recorder);
        this.backFlow = new X500BackFlow(forest.facade(), recorder, forest.name());
        this.readBack = new ReplicaReadBack(target);
    }

    /** The deletion of this forest's replicas. */
    ReplicaDeletion deletion() {
        return deletion;
    }

    /** How many creates so far carried {@value JoinIndex#REPLICA_ABSENT}. */
    int fastCreates() {
        return fastCreates.get();
    }

    /**
     * Replicates one source recipient.
     *
     * @param recipient the source recipient as read; never null
     * @param joins what the target's join would find, in a full sync (whose replicas are read back in batches,
     *     {@link ReplicaReadBack}; call {@link #flush} at its end); null in an incremental sync (the create asserts
     *     nothing and the replica is read back at once)
     */
    void replicate(ConnectorObject recipient, JoinIndex joins) {
        String sourceDn = recipient.getName().getNameValue();
        String mark = forest.mark(recipient.getUid());
        Optional<ConnectorObject> mailUser = target.mailUsers().byMark(mark);
        if (mailUser.isPresent()) {
            skip(sourceDn, "pre-staged as mail user " + mailUser.get().getName().getNameValue());
            return;
        }
        Optional<ConnectorObject> before = target.contacts().byMark(mark);
        if (recorder.dryRun()) {
            new DryRunPlan(recorder, target).replicate(sourceDn, before);
            return;
        }
        boolean absent = joins != null && before.isEmpty() && joins.absent(recipient, mark);
        Uid uid;
        try {
            uid = target.facade()
                    .create(
                            target.input().objectClass(),
                            target.input().attributes(recipient),
                            absent ? REPLICA_ABSENT : FacadeOptions.NONE);
        } catch (InvalidAttributeValueException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains(OUT_OF_SCOPE) || message.contains(DECIDED_DELETE)) {
                if (before.isPresent()) {
                    deletion.delete(recipient.getUid(), "source " + sourceDn + " left GAL-sync scope: " + message);
                } else {
                    skip(sourceDn, message);
                }
            } else {
                error(sourceDn, e);
            }
            return;
        } catch (AlreadyExistsException e) {
            error(sourceDn, e);
            return;
        } catch (ConnectionFailedException e) {
            throw e;
        } catch (ConnectorException | IllegalArgumentException e) {
            error(sourceDn, e);
            return;
        }
        if (absent) {
            fastCreates.incrementAndGet();
        }
        if (joins != null) {
            readBack.add(new ReplicaReadBack.Written(recipient, before, uid), this::finish);
        } else {
            finish(new ReplicaReadBack.Read(
                    new ReplicaReadBack.Written(recipient, before, uid),
                    target.facade().getObject(target.input().objectClass(), uid, FacadeOptions.NONE)));
        }
    }

    /** Reads back, records and back-flows the replicas of a full sync still waiting; after the workers are done. */
    void flush() {
        readBack.flush(this::finish);
    }

    private void finish(ReplicaReadBack.Read read) {
        ConnectorObject recipient = read.written().recipient();
        if (read.after() == null) {
            error(
                    recipient.getName().getNameValue(),
                    new ConnectorException(
                            "replica " + read.written().uid().getUidValue() + " vanished after writing it"));
            return;
        }
        record(recipient, read.written().before(), read.after());
        backFlow.write(recipient, read.after());
    }

    private void record(ConnectorObject recipient, Optional<ConnectorObject> before, ConnectorObject after) {
        String sourceDn = recipient.getName().getNameValue();
        String dn = after.getName().getNameValue();
        if (before.isEmpty()) {
            before = target.contacts().byUid(after.getUid().getUidValue()).or(() -> target.contacts()
                    .byDn(dn));
        }
        target.contacts().put(after);
        if (before.isEmpty()) {
            recorder.record(new PlannedAction(
                    Action.CREATE, target.forest(), dn, ObjectDiff.created(after), "replica of " + sourceDn));
            return;
        }
        List<PlannedAction.AttributeChange> diff = ObjectDiff.between(before.get(), after);
        boolean adopted = TargetReplicas.mark(before.get()).isEmpty();
        recorder.record(new PlannedAction(
                diff.isEmpty() ? Action.SKIP : Action.UPDATE,
                target.forest(),
                dn,
                diff,
                adopted
                        ? "adopted existing contact as replica of " + sourceDn
                        : (diff.isEmpty() ? "unchanged " : "") + "replica of " + sourceDn));
    }

    private void skip(String dn, String reason) {
        recorder.record(new PlannedAction(Action.SKIP, forest.name(), dn, List.of(), reason));
    }

    private void error(String dn, Exception e) {
        recorder.record(new PlannedAction(Action.ERROR, forest.name(), dn, List.of(), String.valueOf(e.getMessage())));
    }
}
