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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code galbridge sync} and {@code galbridge prestage} (converting two GAL contacts) run as child JVMs and
 * killed with SIGKILL at random points, then run again to completion, leave the forests as an uninterrupted
 * run does on identically seeded Samba forests: the same replicas (one per source recipient, none lost, none
 * duplicated), the same proxyAddresses on both sides, the X500 back-flow complete.
 *
 * <p>The kill points come from a seeded {@link Random}; the seed is printed, and {@code
 * -Dgalbridge.killSeed=SEED} repeats a run ({@code -Dgalbridge.kills=N} sets the number of trials). A kill
 * point is either "after the child printed N action lines" (each printed just before its journal line) or
 * "after M milliseconds", drawn within the uninterrupted run's span. Each trial starts fresh forests.
 */
class KillRerunTest {

    private static final int RECIPIENTS = 20;
    private static final long CHILD_TIMEOUT_MILLIS = 180_000;
    private static final List<String> ACTION_LINES = List.of("create ", "update ", "delete ", "convert ", "error ");
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** How an uninterrupted child run went: its duration, when it printed its first action, how many it printed. */
    record Profile(long millis, long firstActionMillis, int actionLines) {}

    /**
     * Where to kill a child: after {@code afterLines} action lines when positive, else after {@code afterMillis}.
     */
    record KillPoint(int afterLines, long afterMillis) {

        static KillPoint draw(Random random, Profile reference) {
            if (reference.actionLines() > 1 && random.nextBoolean()) {
                return new KillPoint(1 + random.nextInt(reference.actionLines() - 1), 0);
            }
            // from just before the first write (the JVM start and bundle loading come first) to the end
            long from = reference.firstActionMillis() / 2;
            return new KillPoint(0, from + (long) (random.nextDouble() * Math.max(1, reference.millis() - from)));
        }

        @Override
        public String toString() {
            return afterLines > 0 ? "kill after " + afterLines + " action lines" : "kill after " + afterMillis + " ms";
        }
    }

    /** What one trial left and how its phases went. */
    record Outcome(DirectoryState state, Profile sync, Profile prestage) {}

    @Test
    void killedSyncAndPrestageRerunToTheResultOfAnUninterruptedRun() throws Exception {
        ForestProvider samba = sambaOrSkip();
        long seed = Long.getLong("galbridge.killSeed", System.nanoTime());
        int trials = Integer.getInteger("galbridge.kills", 3);
        OUT.println("KillRerunTest: seed " + seed + " (repeat with -Dgalbridge.killSeed=" + seed + "), " + trials
                + " kill trials on " + RECIPIENTS + " source recipients");
        Random random = new Random(seed);
        long begin = System.nanoTime();
        Outcome reference = trial(samba, "reference", null, null);
        assertThat(reference.state().problems()).isEmpty();
        assertThat(reference.state().replicasOfClass("user"))
                .as("two converted contacts")
                .hasSize(2);
        OUT.println("KillRerunTest: reference " + reference.sync() + " " + reference.prestage() + " in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
        for (int i = 1; i <= trials; i++) {
            KillPoint syncKill = KillPoint.draw(random, reference.sync());
            KillPoint prestageKill = KillPoint.draw(random, reference.prestage());
            String name = "trial " + i + " (sync: " + syncKill + ", prestage: " + prestageKill + ", seed " + seed + ")";
            long started = System.nanoTime();
            Outcome killed = trial(samba, name, syncKill, prestageKill);
            OUT.println("KillRerunTest: " + name + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");

            assertThat(killed.state().problems()).as(name).isEmpty();
            assertThat(killed.state().replicas().keySet())
                    .as(name + ": no recipient lost")
                    .containsExactlyInAnyOrderElementsOf(
                            reference.state().replicas().keySet());
            assertThat(killed.state().differencesFrom(reference.state()))
                    .as(name + ": differences from the uninterrupted run")
                    .isEmpty();
            assertThat(killed.state()).as(name).isEqualTo(reference.state());
        }
        OUT.println("KillRerunTest: " + trials + " trials and the reference in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    /** Fresh forests, the demo estate, then sync and prestage, each killed at its point (null: not killed). */
    private static Outcome trial(ForestProvider samba, String name, KillPoint syncKill, KillPoint prestageKill)
            throws Exception {
        try (RunningForests forests = samba.start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET))) {
            DemoEstate estate = DemoEstate.seed(forests.source(), forests.target(), RECIPIENTS);
            DemoConfiguration config =
                    DemoConfiguration.write(List.of(forests.source()), forests.target(), estate, System.getenv());
            try {
                Profile sync = phase(config, name, "sync", syncKill, "sync");
                Profile prestage = phase(
                        config,
                        name,
                        "prestage",
                        prestageKill,
                        "prestage",
                        "--identity",
                        estate.prestaged().get(0),
                        "--identity",
                        estate.prestaged().get(1));
                return new Outcome(DirectoryState.read(List.of(forests.source()), forests.target()), sync, prestage);
            } finally {
                deleteTree(config.directory());
            }
        }
    }

    /**
     * Runs {@code args} as a child JVM; without a kill point to its end (exit 0), else killed at the point and
     * then run again in-process to its end (exit 0).
     */
    private static Profile phase(DemoConfiguration config, String trial, String name, KillPoint kill, String... args)
            throws Exception {
        long begin = System.nanoTime();
        try (ChildGalbridge child = ChildGalbridge.start(config, name, args)) {
            if (kill == null) {
                child.awaitLines(1, ACTION_LINES, CHILD_TIMEOUT_MILLIS);
                long firstAction = (System.nanoTime() - begin) / 1_000_000;
                int code = child.waitFor(CHILD_TIMEOUT_MILLIS);
                assertThat(code)
                        .as(trial + " " + name + ": " + child.output() + stderr(config, name))
                        .isZero();
                int actions = (int) child.output().stream()
                        .filter(l -> ACTION_LINES.stream().anyMatch(l::startsWith))
                        .count();
                return new Profile((System.nanoTime() - begin) / 1_000_000, firstAction, actions);
            }
            if (kill.afterLines() > 0) {
                child.awaitLines(kill.afterLines(), ACTION_LINES, CHILD_TIMEOUT_MILLIS);
            } else {
                Thread.sleep(kill.afterMillis());
            }
            boolean running = child.isAlive();
            child.kill();
            long printed = child.output().stream()
                    .filter(l -> ACTION_LINES.stream().anyMatch(l::startsWith))
                    .count();
            OUT.println(
                    "KillRerunTest: " + trial + " " + name + ": killed at " + (System.nanoTime() - begin) / 1_000_000
                            + " ms after " + printed + " action lines" + (running ? "" : " (it had already ended)"));
        }
        List<String> all = new ArrayList<>(List.of("--config", config.file().toString()));
        all.addAll(List.of(args));
        CliRun rerun = CliRun.run(config.directory(), config.environment(), all.toArray(String[]::new));
        assertThat(rerun.exitCode())
                .as(trial + ": the rerun of " + name + " completes: " + rerun.out() + rerun.err())
                .isZero();
        return new Profile((System.nanoTime() - begin) / 1_000_000, 0, 0);
    }

    private static String stderr(DemoConfiguration config, String name) throws IOException {
        Path err = config.directory().resolve(name + ".err");
        return Files.exists(err) ? "\n" + Files.readString(err, StandardCharsets.UTF_8) : "";
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
