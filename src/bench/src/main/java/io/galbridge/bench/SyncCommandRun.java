package io.galbridge.bench;

import io.galbridge.cli.CliContext;
import io.galbridge.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code galbridge --config FILE sync --output json} run through the real command path ({@link Main#run}:
 * configuration, ConnId facades over the packaged bundles, state directory, journal), in this JVM, with
 * standard output and error written to files of the work directory.
 *
 * @param exitCode the command's exit code
 * @param nanos the wall-clock time of the run
 * @param heapPeakBytes the heap peak during the run ({@link HeapPeak})
 * @param counts the summary's counts by their JSON keys (created, updated, deleted, converted, writtenBack, skipped,
 *     errors)
 * @param output the file with standard output
 */
record SyncCommandRun(int exitCode, long nanos, long heapPeakBytes, Map<String, Long> counts, Path output) {

    private static final Pattern COUNT = Pattern.compile("\"([A-Za-z]+)\":(\\d+)");

    /** Runs {@code sync} and reads its summary. */
    static SyncCommandRun run(BenchConfiguration config, String name) throws IOException {
        Path out = config.directory().resolve(name + ".out.jsonl");
        Path err = config.directory().resolve(name + ".err.txt");
        int code;
        long nanos;
        long peak;
        try (OutputStream o = Files.newOutputStream(out);
                OutputStream e = Files.newOutputStream(err);
                PrintStream po = new PrintStream(o, false, StandardCharsets.UTF_8);
                PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            CliContext context =
                    new CliContext(po, pe, config.environment(), config.directory(), false, Clock.systemUTC());
            HeapPeak heap = HeapPeak.start();
            long begin = System.nanoTime();
            code = Main.run(new String[] {"--config", config.file().toString(), "sync", "--output", "json"}, context);
            nanos = System.nanoTime() - begin;
            peak = heap.peakBytes();
        }
        return new SyncCommandRun(code, nanos, peak, summary(out), out);
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
