package io.galbridge.cli.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the run journal: what was done to one object.
 *
 * @param time when; never null
 * @param run the run's identifier (its start time and process id); never null
 * @param command {@code sync}, {@code prestage} or {@code flip}; never null
 * @param forest the forest written to; never null
 * @param action {@code create}, {@code update}, {@code delete}, {@code convert}, {@code skip} or {@code
 *     error}; never null
 * @param dn the object's DN; never null
 * @param detail what changed or why it failed (attribute names, never values of secrets); never null
 */
public record JournalRecord(
        Instant time, String run, String command, String forest, String action, String dn, String detail) {

    /** Checks the never-null parts. */
    public JournalRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(detail, "detail");
    }
}
