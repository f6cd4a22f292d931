package io.galbridge.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one benchmark run measured.
 *
 * @param options what was run
 * @param machine machine facts (cores, load, JVM, server version); never null
 * @param full the full sync of N source recipients into an empty target
 * @param contacts the contacts the full sync left in the target (exported as LDIF)
 * @param ldifNanos the times of loading those contacts from LDIF over one connection, each into a fresh target, in
 *     run order; at least one
 * @param ldifServerCpuNanos the CPU time the server's processes used during each load, in the same order
 * @param echo the first incremental sync after the full one, which reads back the X500 back-flow writes
 * @param changes the source changes the incremental sync replayed
 * @param incremental the incremental sync
 * @param contactsAfter the contacts in the target after the incremental sync
 */
public record BenchFigures(
        BenchOptions options,
        String machine,
        SyncCommandRun full,
        int contacts,
        List<Long> ldifNanos,
        List<Long> ldifServerCpuNanos,
        SyncCommandRun echo,
        SourceChanges changes,
        SyncCommandRun incremental,
        int contactsAfter) {

    /** Copies the load times; there must be at least one. */
    public BenchFigures {
        ldifNanos = List.copyOf(ldifNanos);
        ldifServerCpuNanos = List.copyOf(ldifServerCpuNanos);
        if (ldifNanos.isEmpty()) {
            throw new IllegalArgumentException("no LDIF load was timed");
        }
        if (ldifServerCpuNanos.size() != ldifNanos.size()) {
            throw new IllegalArgumentException("one server CPU time per LDIF load expected, got "
                    + ldifServerCpuNanos.size() + " for " + ldifNanos.size() + " loads");
        }
    }

    /**
     * The CPU line: the command's JVM during the full sync (and per recipient), the servers' processes meanwhile,
     * and the servers' processes during the LDIF load (the median).
     */
    String cpu() {
        if (full.cpuNanos() < 0) {
            return "galbridge JVM unknown (the operating system does not report process CPU times)";
        }
        String servers = full.serverCpuNanos() == 0
                ? "servers in the benchmark's JVM (not measured)"
                : String.format(
                        Locale.ROOT,
                        "servers %.1f s (LDIF load: %.1f s)",
                        full.serverCpuNanos() / 1e9,
                        median(ldifServerCpuNanos) / 1e9);
        return String.format(
                Locale.ROOT,
                "galbridge JVM %.1f s (%.2f ms per recipient), %s",
                full.cpuNanos() / 1e9,
                full.cpuNanos() / 1e6 / Math.max(1, options.recipients()),
                servers);
    }

    /** Full-sync time divided by the median LDIF load time. */
    public double ratio() {
        return full.nanos() / (double) medianLdifNanos();
    }

    /** The median of the LDIF load times (the mean of the middle two for an even count). */
    long medianLdifNanos() {
        return median(ldifNanos);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Seconds of the full sync. */
    public double fullSeconds() {
        return full.seconds();
    }

    /** Seconds of the LDIF load: the median of the loads. */
    public double ldifSeconds() {
        return medianLdifNanos() / 1e9;
    }

    /** Seconds of the incremental sync. */
    public double incrementalSeconds() {
        return incremental.seconds();
    }

    /** Peak heap of the full sync, MiB. */
    public double fullHeapMib() {
        return full.heapPeakBytes() / 1048576.0;
    }

    /** Prints the figures as readable lines and one Markdown table row. */
    public void print(PrintStream out) {
        out.println("== galbridge sync benchmark ==");
        out.println("machine:      " + machine);
        out.printf(
                Locale.ROOT,
                "server: %s   N = %,d   parallelism = %d%n",
                options.server().name().toLowerCase(Locale.ROOT),
                options.recipients(),
                options.parallelism());
        out.printf(
                Locale.ROOT,
                "full sync:    %8.1f s  exit %d  %s  -> %,d contacts  peak heap %.0f MiB%n",
                fullSeconds(),
                full.exitCode(),
                full.counts(),
                contacts,
                fullHeapMib());
        out.printf(
                Locale.ROOT,
                "LDIF load:    %8.1f s  (%,d contacts, one LDAPS connection%s)%n",
                ldifSeconds(),
                contacts,
                ldifNanos.size() == 1
                        ? ""
                        : "; median of " + ldifNanos.size() + " loads into fresh targets: "
                                + ldifNanos.stream()
                                        .map(n -> String.format(Locale.ROOT, "%.1f s", n / 1e9))
                                        .collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "ratio:        %8.2f  (target <= 1.20)%n", ratio());
        out.println("CPU, full sync: " + cpu());
        out.printf(
                Locale.ROOT,
                "X500 echo:    %8.1f s  exit %d  (first incremental sync, reads back the back-flow)  %s%n",
                echo.seconds(),
                echo.exitCode(),
                echo.counts());
        out.printf(
                Locale.ROOT,
                "incremental:  %8.1f s  exit %d  %d changes (%d displayName, %d deleted, %d added)  %s  -> %,d contacts"
                        + "  peak heap %.0f MiB%n",
                incrementalSeconds(),
                incremental.exitCode(),
                changes.total(),
                changes.modified(),
                changes.deleted(),
                changes.added(),
                incremental.counts(),
                contactsAfter,
                incremental.heapPeakBytes() / 1048576.0);
        out.printf(
                Locale.ROOT,
                "| %s | %,d | %d | %.1f s | %.1f s | %.2f | %.1f s | %.1f s | %.0f MiB | %s |%n",
                options.server().name().toLowerCase(Locale.ROOT),
                options.recipients(),
                options.parallelism(),
                fullSeconds(),
                ldifSeconds(),
                ratio(),
                echo.seconds(),
                incrementalSeconds(),
                fullHeapMib(),
                machine);
    }
}
