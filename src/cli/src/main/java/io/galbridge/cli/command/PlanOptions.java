package io.galbridge.cli.command;

import io.galbridge.cli.output.OutputFormat;
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
}
