package io.galbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code galbridge --config FILE sync --output json} run through the real command path (configuration,
 * ConnId facades over the packaged bundles, state directory, journal) in a child JVM started the way {@code
 * bin/galbridge} starts it ({@link CommandJvm}: the command's {@code jvm.options}), with standard output and error
 * written to files of the work directory. The time is the child's, from its start to its exit, JVM start-up
 * included, as a user of the command experiences it.
 *
 * @param exitCode the command's exit code
 * @param nanos the wall-clock time of the run
 * @param heapPeakBytes the heap peak during the run ({@link HeapPeak}, measured in the child)
 * @param cpuNanos the CPU time of the command's JVM (all its threads: the sync's lanes, the just-in-time compiler,
 *     the garbage collector), -1 when unknown
 * @param serverCpuNanos the CPU time the servers' processes used meanwhile ({@link ServerCpu}; 0 for embedded
 *     forests, which run in the benchmark's JVM)
 * @param counts the summary's counts by their JSON keys (created, updated, deleted, converted, writtenBack, skipped,
 *     errors)
 * @param output the file with standard output
 */
record SyncCommandRun(
        int exitCode,
        long nanos,
        long heapPeakBytes,
        long cpuNanos,
        long serverCpuNanos,
        Map<String, Long> counts,
        Path output) {

    private static final Pattern COUNT = Pattern.compile("\"([A-Za-z]+)\":(\\d+)");
    private static final long TIMEOUT_HOURS = 6;

    /** Runs {@code sync} in a child JVM and reads its summary. */
    static SyncCommandRun run(BenchConfiguration config, String name) throws IOException, InterruptedException {
        Path out = config.directory().resolve(name + ".out.jsonl");
        Path err = config.directory().resolve(name + ".err.txt");
        Path figuresFile = config.directory().resolve(name + ".figures");
        Files.deleteIfExists(figuresFile);
        List<String> command = CommandJvm.current()
                .command(
                        name,
                        List.of("-D" + CommandProcess.FIGURES_FILE + "=" + figuresFile),
                        CommandProcess.class.getName(),
                        List.of("--config", config.file().toString(), "sync", "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.directory().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(config.environment());
        ServerCpu servers = ServerCpu.start();
        long begin = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "the sync " + name + " still ran after " + TIMEOUT_HOURS + " h; see " + err);
        }
        long nanos = System.nanoTime() - begin;
        long serverCpu = servers.nanos();
        List<String> figures =
                Files.exists(figuresFile) ? Files.readAllLines(figuresFile, StandardCharsets.UTF_8) : List.of();
        long peakBytes = figures.size() > 0 ? Long.parseLong(figures.get(0).strip()) : 0;
        long cpu = figures.size() > 1 ? Long.parseLong(figures.get(1).strip()) : -1;
        return new SyncCommandRun(process.exitValue(), nanos, peakBytes, cpu, serverCpu, summary(out), out);
    }

    private static Map<String, Long> summary(Path out) throws IOException {
        List<String> lines;
        try (var stream = Files.lines(out, StandardCharsets.UTF_8)) {
            lines = stream.filter(l -> l.contains("\"type\":\"summary\"")).toList();
        }
        if (lines.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        Matcher m = COUNT.matcher(lines.get(lines.size() - 1));
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return Map.copyOf(counts);
    }

    /**
     * This run, when it finished with a summary (exit 0, or 1 with per-object errors).
     *
     * @throws IllegalStateException naming the file with the command's standard error, when the run failed as a
     *     whole (a forest unreachable, a configuration error, an exception)
     */
    SyncCommandRun requireSummary() {
        if (counts.isEmpty() || exitCode > 1) {
            throw new IllegalStateException("the sync failed with exit code " + exitCode + " and no summary; see "
                    + output.resolveSibling(output.getFileName().toString().replace(".out.jsonl", ".err.txt")));
        }
        return this;
    }

    /** A count of the summary, 0 when absent. */
    long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /** Seconds. */
    double seconds() {
        return nanos / 1e9;
    }
}
