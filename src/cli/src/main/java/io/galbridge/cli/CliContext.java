package io.galbridge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command sees of its surroundings, passed in so that tests run it in-process.
 *
 * @param out standard output (plans, reports, summaries); never null
 * @param err standard error (progress, warnings, errors); never null
 * @param environment the process environment, for {@code {env: NAME}} passwords; never null
 * @param workingDirectory the directory relative {@code --config} paths are resolved against; never null
 * @param terminal whether standard output is an interactive terminal (progress bar instead of lines)
 * @param clock the clock for journal timestamps; never null
 */
public record CliContext(
        PrintStream out,
        PrintStream err,
        Map<String, String> environment,
        Path workingDirectory,
        boolean terminal,
        Clock clock) {

    /** Validates; copies the environment. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(clock, "clock");
    }
}
