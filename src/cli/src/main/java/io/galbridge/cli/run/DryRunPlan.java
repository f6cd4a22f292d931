package io.galbridge.cli.run;

import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import java.util.List;
import java.util.Optional;
import org.identityconnectors.framework.common.objects.ConnectorObject;

/**
 * The plan line of one source recipient in a dry run of {@code sync}: honest but not complete. The GAL-sync
 * rules run inside the target connector when it writes, so a dry run names which replicas would be created or
 * re-applied (with the source's values), not the exact attribute diff. Writes nothing. Stateless apart from
 * its references.
 */
final class DryRunPlan {

    private final RunRecorder recorder;
    private final SyncTarget target;

    /**
     * @param recorder records the line; never null
     * @param target the run's target side; never null
     */
    DryRunPlan(RunRecorder recorder, SyncTarget target) {
        this.recorder = recorder;
        this.target = target;
    }

    /**
     * Records what the sync would do with one recipient.
     *
     * @param sourceDn the source recipient's DN; never null
     * @param before its owned replica, if there is one; never null
     */
    void replicate(String sourceDn, Optional<ConnectorObject> before) {
        if (before.isEmpty()) {
            recorder.record(new PlannedAction(
                    Action.CREATE,
                    target.forest(),
                    "(new contact in " + target.contactOu() + ")",
                    List.of(),
                    "replica of " + sourceDn + "; the target connector applies the GAL-sync rules (scope,"
                            + " conflicts, name, addresses) when it writes, so a dry run cannot show the exact"
                            + " attributes or a refusal"));
        } else {
            recorder.record(new PlannedAction(
                    Action.UPDATE,
                    target.forest(),
                    before.get().getName().getNameValue(),
                    List.of(),
                    "re-apply the GAL-sync rules from " + sourceDn
                            + " (writes only differences; the diff is not computed in a dry run)"));
        }
    }
}
