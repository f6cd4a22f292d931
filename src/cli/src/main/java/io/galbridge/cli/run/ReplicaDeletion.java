package io.galbridge.cli.run;

import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import java.util.List;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Deletes the replica of a source recipient that was deleted or left GAL-sync scope: only the contact that
 * carries this forest's ownership mark for that source (a contact galbridge does not own is never touched).
 * A failed delete is recorded as an error of that contact; a lost connection is thrown. In a dry run only the
 * plan line is recorded. Thread-safe.
 */
final class ReplicaDeletion {

    private final SyncTarget target;
    private final SourceForest forest;
    private final RunRecorder recorder;

    /**
     * @param target the run's target side; never null
     * @param forest the source forest; never null
     * @param recorder records the delete; never null
     */
    ReplicaDeletion(SyncTarget target, SourceForest forest, RunRecorder recorder) {
        this.target = target;
        this.forest = forest;
        this.recorder = recorder;
    }

    /**
     * Deletes the owned replica of the source object, if there is one.
     *
     * @param sourceUid the source object's UID; never null
     * @param why the plan line's reason; never null
     */
    void delete(Uid sourceUid, String why) {
        Optional<ConnectorObject> replica = target.contacts().byMark(forest.mark(sourceUid));
        if (replica.isEmpty()) {
            return;
        }
        ConnectorObject contact = replica.get();
        String dn = contact.getName().getNameValue();
        if (!recorder.dryRun()) {
            try {
                target.facade().delete(target.input().objectClass(), contact.getUid(), FacadeOptions.NONE);
            } catch (ConnectionFailedException e) {
                throw e;
            } catch (ConnectorException e) {
                recorder.record(
                        new PlannedAction(Action.ERROR, forest.name(), dn, List.of(), String.valueOf(e.getMessage())));
                return;
            }
            target.contacts().remove(contact);
        }
        recorder.record(new PlannedAction(Action.DELETE, target.forest(), dn, List.of(), why));
    }
}
