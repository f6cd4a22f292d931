package io.galbridge.cli.run;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.ExitCodes;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.OutputFormat;
import io.galbridge.cli.output.PlanPrinter;
import io.galbridge.cli.output.PlannedAction;
import io.galbridge.cli.output.RunSummary;
import io.galbridge.cli.state.JournalRecord;
import io.galbridge.cli.state.RunJournal;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records what one run does to each object: prints it (text or JSON lines), journals it (not in a dry
 * run; nothing is written then) and counts it for the summary. Thread-safe: the sync's workers record
 * concurrently; each action is printed, journalled and counted as one step under the recorder's lock, so the
 * printed lines and the journal records come in the same order. The formatting of both (text or JSON) happens
 * before, outside the lock. {@link #close} closes the journal (forcing it to disk); call it when the run ends,
 * also when it fails.
 */
public final class RunRecorder implements AutoCloseable {

    private final PlanPrinter printer;
    private final PrintStream out;
    private final RunJournal journal;
    private final Clock clock;
    private final String run;
    private final String command;
    private final boolean dryRun;
    private final boolean printSkips;
    private final RunSummary summary = new RunSummary();
    private final List<PlannedAction> errors = new ArrayList<>();

    /**
     * @param format the output format; never null
     * @param out standard output; never null
     * @param journal the run journal, which this recorder closes; null in a dry run
     * @param clock for time stamps; never null
     * @param command {@code sync}, {@code prestage} or {@code flip}; never null
     * @param dryRun whether nothing is written
     * @param printSkips whether unchanged objects are printed too (they are always counted)
     */
    public RunRecorder(
            OutputFormat format,
            PrintStream out,
            RunJournal journal,
            Clock clock,
            String command,
            boolean dryRun,
            boolean printSkips) {
        this.printer = new PlanPrinter(format, out);
        this.out = out;
        this.journal = dryRun ? null : Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = clock.instant() + "/" + ProcessHandle.current().pid();
        this.command = Objects.requireNonNull(command, "command");
        this.dryRun = dryRun;
        this.printSkips = printSkips;
    }

    /** Whether this is a dry run. */
    public boolean dryRun() {
        return dryRun;
    }

    /** Prints, journals and counts one object's action. */
    public void record(PlannedAction action) {
        String printed = action.action() != Action.SKIP || printSkips ? printer.render(action) : null;
        byte[] line = journal == null ? null : RunJournal.line(journalRecord(action));
        synchronized (this) {
            summary.count(action.action());
            if (action.action() == Action.ERROR) {
                errors.add(action);
            }
            if (printed != null) {
                out.print(printed);
            }
            if (line != null) {
                try {
                    journal.appendLine(line);
                } catch (IOException e) {
                    throw new GalbridgeException(
                            ExitCode.OBJECT_ERRORS,
                            "cannot append to the journal " + journal.file() + " after "
                                    + action.action().label() + " of " + action.dn() + ": " + e.getMessage(),
                            e);
                }
            }
        }
    }

    private JournalRecord journalRecord(PlannedAction action) {
        String detail = action.reason().isEmpty()
                ? String.join(
                        ",",
                        action.changes().stream()
                                .map(PlannedAction.AttributeChange::attribute)
                                .toList())
                : action.reason();
        return new JournalRecord(
                clock.instant(), run, command, action.forest(), action.action().label(), action.dn(), detail);
    }

    /** The counts so far. */
    public synchronized RunSummary summary() {
        return summary;
    }

    /** The failed objects so far. */
    public synchronized List<PlannedAction> errors() {
        return List.copyOf(errors);
    }

    /** Prints the summary line and returns the exit code: 1 when an object failed (each was printed). */
    public synchronized int finish() {
        printer.summary(summary, dryRun);
        return ExitCodes.forFinishedRun(summary.get(Action.ERROR)).code();
    }

    /**
     * Forces the journal to disk and closes it (nothing in a dry run); idempotent.
     *
     * @throws GalbridgeException (exit 1) when the journal cannot be forced or closed
     */
    @Override
    public void close() {
        if (journal == null) {
            return;
        }
        try {
            journal.close();
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS,
                    "cannot force the journal " + journal.file() + " to disk: " + e.getMessage(),
                    e);
        }
    }
}
