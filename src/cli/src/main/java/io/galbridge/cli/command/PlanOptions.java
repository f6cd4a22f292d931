package io.galbridge.cli.command;

import io.galbridge.cli.CliContext;
import io.galbridge.cli.output.OutputFormat;
import io.galbridge.cli.run.RunRecorder;
import io.galbridge.cli.state.StateDirectory;
import picocli.CommandLine.Option;

/** {@code --dry-run} and {@code --output}, shared by the commands that write (sync, prestage, flip). */
public final class PlanOptions {

    @Option(
            names = "--dry-run",
            description = "Print the plan per object (action, DN, attribute diff) and write nothing.")
    boolean dryRun;

    @Option(
            names = "--output",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default: readable lines) or json (one JSON object per line).")
    OutputFormat output = OutputFormat.TEXT;

    /** Whether nothing may be written. */
    public boolean dryRun() {
        return dryRun;
    }

    /** The output format; never null. */
    public OutputFormat output() {
        return output;
    }

    /**
     * The recorder of one run of a writing command, with these options, journalling into the state directory.
     *
     * @param context the command's context (standard output, clock); never null
     * @param state the open state directory; never null
     * @param command {@code sync}, {@code prestage} or {@code flip}; never null
     * @param printSkips whether unchanged objects are printed too
     */
    RunRecorder recorder(CliContext context, StateDirectory state, String command, boolean printSkips) {
        return new RunRecorder(output, context.out(), state.journal(), context.clock(), command, dryRun, printSkips);
    }
}
