package io.galbridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the command in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code galbridge args} in {@code workingDirectory} with the given environment. */
    public static CliRun run(Path workingDirectory, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment,
                workingDirectory,
                false,
                Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC));
        int code = Main.run(args, context);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
