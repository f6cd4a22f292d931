package io.galbridge.cli.output;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a run by action, for the summary line printed at the end of every run. Mutable, confined
 * to the run's thread.
 */
public final class RunSummary {

    private final Map<Action, Long> counts = new EnumMap<>(Action.class);

    /** Counts one object. */
    public void count(Action action) {
        counts.merge(action, 1L, Long::sum);
    }

    /** How many objects had this action. */
    public long get(Action action) {
        return counts.getOrDefault(action, 0L);
    }

    /**
     * {@code created 3, updated 1, deleted 0, converted 2, written back 3, skipped 5, errors 0}: the replica and
     * mail-user changes first, then the X500 values written back to source recipients ({@link Action#WRITE_BACK}).
     */
    public String line() {
        return "created " + get(Action.CREATE) + ", updated " + get(Action.UPDATE) + ", deleted " + get(Action.DELETE)
                + ", converted " + get(Action.CONVERT) + ", written back " + get(Action.WRITE_BACK) + ", skipped "
                + get(Action.SKIP) + ", errors " + get(Action.ERROR);
    }
}
