package io.galbridge.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code galbridge report}: the move-readiness report per mailbox. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "Move-readiness report: for every source mailbox, ready, blocked (with the reasons and fixes) or in"
                    + " conflict with a target object. Reads only.",
            "Without --html or --csv, prints a summary per mailbox."
        })
final class ReportCommand extends ConfiguredCommand implements Callable<Integer> {

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report to FILE.")
    Path html;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Write the report as CSV (one row per finding) to FILE.")
    Path csv;

    @Override
    public Integer call() {
        config();
        throw notWiredYet("report");
    }
}
