package io.galbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.cli.CliRun;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestProviders;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code galbridge sync} and {@code galbridge prestage} (converting two GAL contacts) run as child JVMs and
 * killed with SIGKILL at random points, then run again to completion, leave the forests as an uninterrupted
 * run does on identically seeded Samba forests: the same replicas (one per source recipient, none lost, none
 * duplicated), the same proxyAddresses on both sides, the X500 back-flow complete.
 *
 * <p>The kill points come from a seeded {@link Random}; the seed is printed, {@code -Dgalbridge.killSeed=SEED}
 * repeats a run and {@code -Dgalbridge.kills=N} sets the number of trials (two kill points each). A kill
 * point is "M milliseconds after the child printed its N-th action line" (each line is printed just before its
 * journal record, and M falls in the next object's writes). Each trial gets fresh forests, started and seeded
 * in the background while the previous trial runs.
 */
class KillRerunTest {

    private static final int RECIPIENTS = 12;
    private static final int MAX_EXTRA_MILLIS = 400;
    private static final long CHILD_TIMEOUT_MILLIS = 180_000;
    private static final List<String> ACTION_LINES =
            List.of("create ", "update ", "delete ", "convert ", "write-back ", "error ");
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** Where to kill a child: {@code extraMillis} after it printed {@code afterLines} action lines. */
    record KillPoint(int afterLines, long extraMillis) {

        /** A point within a run that prints {@code actionLines} action lines uninterrupted. */
        static KillPoint draw(Random random, int actionLines) {
            // from the first line on: before it the child is still starting, and a kill then proves nothing
            return new KillPoint(1 + random.nextInt(Math.max(1, actionLines - 1)), random.nextInt(MAX_EXTRA_MILLIS));
        }

        @Override
        public String toString() {
            return "kill " + extraMillis + " ms after action line " + afterLines;
        }
    }

    /** Started and seeded forests with the command's configuration; closing stops them and deletes the files. */
    record Prepared(RunningForests forests, DemoEstate estate, DemoConfiguration config) implements AutoCloseable {

        static Prepared start(ForestProvider samba) throws Exception {
            RunningForests forests = samba.start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET));
            try {
                DemoEstate estate = DemoEstate.seed(forests.source(), forests.target(), RECIPIENTS);
                return new Prepared(
                        forests,
                        estate,
                        DemoConfiguration.write(List.of(forests.source()), forests.target(), estate, System.getenv()));
            } catch (Exception | Error e) {
                forests.close();
                throw e;
            }
        }

        String[] prestage() {
            return new String[] {
                "prestage",
                "--identity",
                estate.prestaged().get(0),
                "--identity",
                estate.prestaged().get(1)
            };
        }

        DirectoryState state() throws Exception {
            return DirectoryState.read(List.of(forests.source()), forests.target());
        }

        @Override
        public void close() throws IOException {
            try {
                deleteTree(config.directory());
            } finally {
                forests.close();
            }
        }
    }

    @Test
    void killedSyncAndPrestageRerunToTheResultOfAnUninterruptedRun() throws Exception {
        ForestProvider samba = sambaOrSkip();
        long seed = Long.getLong("galbridge.killSeed", System.nanoTime());
        int trials = Integer.getInteger("galbridge.kills", 2);
        OUT.println("KillRerunTest: seed " + seed + " (repeat with -Dgalbridge.killSeed=" + seed + "), " + trials
                + " trials of two kill points on " + RECIPIENTS + " source recipients");
        Random random = new Random(seed);
        long begin = System.nanoTime();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<Prepared> next = background.submit(() -> Prepared.start(samba));
        try {
            DirectoryState reference;
            int syncLines;
            int prestageLines;
            try (Prepared p = next.get()) {
                next = background.submit(() -> Prepared.start(samba));
                CliRun sync = galbridge(p, "sync");
                CliRun prestage = galbridge(p, p.prestage());
                syncLines = actionLines(sync.out());
                prestageLines = actionLines(prestage.out());
                reference = p.state();
            }
            assertThat(reference.problems()).isEmpty();
            assertThat(reference.replicasOfClass("user"))
                    .as("two converted contacts")
                    .hasSize(2);
            OUT.println("KillRerunTest: uninterrupted run: " + syncLines + " sync and " + prestageLines
                    + " prestage action lines, " + (System.nanoTime() - begin) / 1_000_000 + " ms from the start");
            for (int i = 1; i <= trials; i++) {
                KillPoint syncKill = KillPoint.draw(random, syncLines);
                KillPoint prestageKill = KillPoint.draw(random, prestageLines);
                String name =
                        "trial " + i + " (sync: " + syncKill + "; prestage: " + prestageKill + "; seed " + seed + ")";
                long started = System.nanoTime();
                DirectoryState killed;
                try (Prepared p = next.get()) {
                    next = i < trials ? background.submit(() -> Prepared.start(samba)) : null;
                    killThenRerun(p, name, syncKill, "sync");
                    killThenRerun(p, name, prestageKill, p.prestage());
                    killed = p.state();
                }
                OUT.println("KillRerunTest: " + name + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");

                assertThat(killed.problems())
                        .as(name + ": duplicates, orphans, X500 back-flow")
                        .isEmpty();
                assertThat(killed.replicas().keySet())
                        .as(name + ": no recipient lost")
                        .containsExactlyInAnyOrderElementsOf(
                                reference.replicas().keySet());
                assertThat(killed.differencesFrom(reference))
                        .as(name + ": differences from the uninterrupted run")
                        .isEmpty();
            }
        } finally {
            if (next != null) {
                // started for a trial that did not run
                next.get().close();
            }
            background.shutdownNow();
        }
        OUT.println("KillRerunTest: " + trials + " trials and the uninterrupted run in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    /** Runs {@code args} as a child JVM, kills it at the point, then runs it again in-process to its end. */
    private static void killThenRerun(Prepared p, String trial, KillPoint kill, String... args) throws Exception {
        long begin = System.nanoTime();
        try (ChildGalbridge child = ChildGalbridge.start(p.config(), args[0], args)) {
            if (kill.afterLines() > 0) {
                child.awaitLines(kill.afterLines(), ACTION_LINES, CHILD_TIMEOUT_MILLIS);
            }
            Thread.sleep(kill.extraMillis());
            boolean running = child.isAlive();
            child.kill();
            OUT.println(
                    "KillRerunTest: " + trial + " " + args[0] + ": killed at " + (System.nanoTime() - begin) / 1_000_000
                            + " ms after " + actionLines(String.join("\n", child.output())) + " action lines"
                            + (running ? "" : " (it had already ended)"));
        }
        CliRun rerun = galbridge(p, args);
        assertThat(rerun.exitCode())
                .as(trial + ": the rerun of " + args[0] + " completes: " + rerun.out() + rerun.err())
                .isZero();
    }

    private static CliRun galbridge(Prepared p, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", p.config().file().toString()));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(p.config().directory(), p.config().environment(), all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return run;
    }

    private static int actionLines(String out) {
        return (int) out.lines()
                .filter(l -> ACTION_LINES.stream().anyMatch(l::startsWith))
                .count();
    }

    private static ForestProvider sambaOrSkip() {
        ForestProvider samba = ForestProviders.forKind(ForestKind.SAMBA);
        Optional<String> unavailable = samba.unavailableReason();
        if (unavailable.isPresent()) {
            String what = "Samba forests unavailable for " + KillRerunTest.class.getName() + ": " + unavailable.get();
            assertThat(ForestProviders.serversRequired())
                    .as(what + " (GALBRIDGE_REQUIRE_SERVERS=1 demands them)")
                    .isFalse();
            new PrintStream(System.err, true, StandardCharsets.UTF_8)
                    .println("!!!!! SKIPPED (test server missing) !!!!! " + what);
            Assumptions.abort(what);
        }
        return samba;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
