package io.galbridge.cli.command;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.report.CsvReportWriter;
import io.galbridge.cli.report.HtmlReportWriter;
import io.galbridge.cli.report.ReadinessReport;
import io.galbridge.cli.report.SummaryWriter;
import io.galbridge.cli.run.Facades;
import io.galbridge.cli.run.ReadinessRun;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            "Without --html or --csv, prints a summary per mailbox.",
            "Exit 0 whatever the findings; exit 1 when some objects could not be read (each is listed)."
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
        Facades facades = Facades.open(config());
        ReadinessRun.Outcome outcome =
                new ReadinessRun(facades).run(context().clock().instant());
        ReadinessReport report = outcome.report();
        PrintStream out = context().out();
        if (html == null && csv == null) {
            SummaryWriter.write(report, out);
        } else {
            if (html != null) {
                write(html, "HTML", w -> HtmlReportWriter.write(report, w));
            }
            if (csv != null) {
                write(csv, "CSV", w -> CsvReportWriter.write(report, w));
            }
            out.println(SummaryWriter.counts(report));
        }
        outcome.unreadable().forEach(u -> out.println("error " + u));
        return outcome.unreadable().isEmpty() ? ExitCode.OK.code() : ExitCode.OBJECT_ERRORS.code();
    }

    /** What writes one format. */
    @FunctionalInterface
    private interface Format {
        void write(Writer writer) throws IOException;
    }

    private void write(Path file, String format, Format writer) {
        Path target = context().workingDirectory().resolve(file);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(w);
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS, "cannot write the " + format + " report to " + target + ": " + e, e);
        }
        context().out().println("wrote the " + format + " report to " + target);
    }
}
