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
        SyncCommandRun echo,
        SourceChanges changes,
        SyncCommandRun incremental,
        int contactsAfter) {

    /** Copies the load times; there must be at least one. */
    public BenchFigures {
        ldifNanos = List.copyOf(ldifNanos);
        if (ldifNanos.isEmpty()) {
            throw new IllegalArgumentException("no LDIF load was timed");
        }
    }

    /** Full-sync time divided by the median LDIF load time. */
    public double ratio() {
        return full.nanos() / (double) medianLdifNanos();
    }

    /** The median of the LDIF load times (the mean of the middle two for an even count). */
    long medianLdifNanos() {
        List<Long> sorted = ldifNanos.stream().sorted().toList();
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
