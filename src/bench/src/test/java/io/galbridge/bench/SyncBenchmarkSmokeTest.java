package io.galbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.galbridge.testkit.ForestKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness on a tiny embedded estate: it must produce every figure and leave the target
 * converged. Timings are printed by the real benchmark, never asserted here.
 */
class SyncBenchmarkSmokeTest {

    @Test
    void producesEveryFigureAndAConvergedTarget(@TempDir Path work) throws Exception {
        BenchOptions options = BenchOptions.parse(
                "--server=embedded", "--n=60", "--parallelism=2", "--changes=10", "--ldif-runs=2", "--work=" + work);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        BenchFigures figures = SyncBenchmark.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(figures.full().exitCode())
                .as(log.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(figures.full().count("errors")).isZero();
        assertThat(figures.contacts()).isPositive().isEqualTo((int)
                figures.full().count("created"));
        assertThat(figures.full().count("writtenBack"))
                .as("X500 back-flow to every replicated source")
                .isEqualTo(figures.contacts());
        assertThat(figures.full().count("updated"))
                .as("a first sync updates no replica")
                .isZero();
        assertThat(figures.ldifNanos()).hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(figures.ldifSeconds())
                .as("the median of two loads is their mean")
                .isCloseTo((figures.ldifNanos().get(0) + figures.ldifNanos().get(1)) / 2 / 1e9, within(1e-6));
        assertThat(figures.full().heapPeakBytes()).isPositive();
        assertThat(figures.full().cpuNanos())
                .as("the command's JVM reports its CPU time")
                .isPositive();
        assertThat(figures.full().serverCpuNanos())
                .as("embedded forests run in the benchmark's JVM: no server process")
                .isZero();
        assertThat(figures.ldifServerCpuNanos()).hasSize(2);
        assertThat(figures.echo().exitCode()).isZero();
        assertThat(figures.echo().count("created")
                        + figures.echo().count("updated")
                        + figures.echo().count("writtenBack"))
                .as("the X500 read back changes nothing")
                .isZero();
        assertThat(figures.changes().total()).isEqualTo(10);
        assertThat(figures.incremental().exitCode()).isZero();
        assertThat(figures.incremental().count("updated"))
                .as("every displayName change updates its replica")
                .isGreaterThanOrEqualTo(figures.changes().modified());
        // deletes are not asserted: the embedded forest's USN tracking falls back to a full resync, which
        // reports no deletes (src/docs/performance.md)
        assertThat(figures.contactsAfter())
                .isEqualTo(figures.contacts()
                        + (int) figures.incremental().count("created")
                        - (int) figures.incremental().count("deleted"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        figures.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("full sync:")
                .contains("LDIF load:")
                .contains("median of 2 loads into fresh targets")
                .contains("ratio:")
                .contains("CPU, full sync: galbridge JVM ")
                .contains("servers in the benchmark's JVM (not measured)")
                .contains("incremental:")
                .contains("peak heap")
                .as("the command runs in a child JVM with the options of the cli's jvm.options")
                .contains("command JVM " + String.join(" ", CommandJvm.commandOptions()))
                .contains("-XX:TieredStopAtLevel=1")
                .contains("| embedded | 60 | 2 |");
    }

    @Test
    void refusesAnUnknownArgumentNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse("--n=10", "--servr=samba"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--servr=samba");
        assertThat(BenchOptions.parse("--server=openldap", "--n=100_000").server())
                .isEqualTo(ForestKind.OPENLDAP);
        assertThat(BenchOptions.parse("--server=openldap", "--n=100_000").recipients())
                .isEqualTo(100_000);
        assertThat(BenchOptions.parse("--n=10").ldifRuns())
                .as("one load by default")
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse("--n=10", "--ldif-runs=0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ldif-runs=0");
    }
}
