package io.galbridge.bench;

import io.galbridge.testkit.ForestKind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What one benchmark run measures.
 *
 * @param server the server kind of every forest of the run; never null
 * @param recipients N, the number of mail-enabled source recipients (at least 1)
 * @param parallelism the sync's {@code parallelism} setting (at least 1)
 * @param changes how many source changes the incremental sync replays (at least 10)
 * @param ldifRuns how many times the LDIF is loaded, each into a fresh target (at least 1); the ratio uses the
 *     median, because one load's time varies by up to a half between runs on a shared 2-core machine
 * @param work a directory for the configuration, state, LDIF and server instances; never null
 */
public record BenchOptions(ForestKind server, int recipients, int parallelism, int changes, int ldifRuns, Path work) {

    /** Checks the values. */
    public BenchOptions {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(work, "work");
        if (recipients < 1 || parallelism < 1 || changes < 10 || ldifRuns < 1) {
            throw new IllegalArgumentException("need n >= 1, parallelism >= 1, changes >= 10 and ldif-runs >= 1, not n="
                    + recipients + " parallelism=" + parallelism + " changes=" + changes + " ldif-runs=" + ldifRuns);
        }
    }

    /**
     * Parses {@code --server=samba|openldap|embedded --n=N [--parallelism=P] [--changes=C] [--ldif-runs=K]
     * [--work=DIR]}.
     *
     * @throws IllegalArgumentException naming the argument that is not understood
     */
    public static BenchOptions parse(String... args) {
        ForestKind server = ForestKind.SAMBA;
        int n = 2_000;
        int parallelism = 4;
        int changes = 100;
        int ldifRuns = 1;
        Path work = Path.of("target", "bench-work");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (key) {
                case "--server" -> server = ForestKind.valueOf(value.toUpperCase(Locale.ROOT));
                case "--n" -> n = Integer.parseInt(value.replace("_", "").replace(",", ""));
                case "--parallelism" -> parallelism = Integer.parseInt(value);
                case "--changes" -> changes = Integer.parseInt(value);
                case "--ldif-runs" -> ldifRuns = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument '" + arg + "'; expected --server=samba|openldap"
                                    + "|embedded --n=N [--parallelism=P] [--changes=C] [--ldif-runs=K] [--work=DIR]");
            }
        }
        return new BenchOptions(
                server, n, parallelism, changes, ldifRuns, work.toAbsolutePath().normalize());
    }
}
