package io.galbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.cli.CliRun;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.WithForests;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * N-to-one GAL sync through the real command on three Samba AD DCs: two source forests into one target. The
 * first sync replicates both estates and writes the X500s back to both sources; a rerun changes nothing, and
 * the run after it has nothing left to see; a recipient deleted in the second source loses its replica. The
 * steps run in order on one estate of {@value #RECIPIENTS} recipients per source.
 */
@WithForests(
        value = ForestKind.SAMBA,
        forests = {"source=src.test", "source2=src2.test", "target=tgt.test"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SambaTwoSourcesTest {

    private static final int RECIPIENTS = 20;
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private static List<TestForest> sources;
    private static TestForest target;
    private static DemoConfiguration config;
    private static DirectoryState last;

    @BeforeAll
    static void seed(RunningForests forests) throws Exception {
        long begin = System.nanoTime();
        sources = List.of(forests.source(), forests.get("source2"));
        target = forests.target();
        DemoEstate estate = DemoEstate.seed(sources.get(0), target, RECIPIENTS);
        try (LDAPConnection s = sources.get(1).connect()) {
            fixtures(sources.get(1).spec()).addTo(s);
        }
        config = DemoConfiguration.write(sources, target, estate, System.getenv());
        OUT.println("SambaTwoSourcesTest: seeded " + RECIPIENTS + " recipients in each source in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    @AfterAll
    static void deleteConfiguration() throws Exception {
        if (config != null) {
            try (Stream<Path> files = Files.walk(config.directory())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static RecipientFixtures fixtures(ForestSpec spec) {
        return RecipientFixtures.forForest(spec).withRecipients(RECIPIENTS);
    }

    private static CliRun galbridge(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.file().toString()));
        all.addAll(List.of(args));
        long begin = System.nanoTime();
        CliRun run = CliRun.run(config.directory(), config.environment(), all.toArray(String[]::new));
        OUT.println("SambaTwoSourcesTest: galbridge " + String.join(" ", args) + ": exit " + run.exitCode() + " in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms; " + summary(run));
        return run;
    }

    private static String summary(CliRun run) {
        List<String> lines = run.out().lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    /** What GAL sync replicates of both fixtures: all but each one's hidden first recipient (groups included). */
    private static List<String> replicatedSources() {
        List<String> out = new ArrayList<>();
        for (TestForest source : sources) {
            RecipientFixtures fixtures = fixtures(source.spec());
            for (int i = 1; i < RECIPIENTS; i++) {
                out.add(DirectoryState.normalised(fixtures.recipientDnAt(i).toString()));
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void firstSyncReplicatesBothSourcesAndWritesTheX500sBackToBoth() throws Exception {
        CliRun run = galbridge("sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(summary(run)).endsWith("errors 0");
        DirectoryState state = DirectoryState.read(sources, target);
        int replicas = replicatedSources().size();
        assertThat(summary(run))
                .as("the estate's old galbridge contact updated, every other replica created, and each replica's X500"
                        + " written back to its source")
                .startsWith("created " + (replicas - 1) + ", updated 1, deleted 0, converted 0, written back "
                        + replicas + ",");
        assertThat(state.problems()).as("duplicates, orphans, X500 back-flow").isEmpty();
        assertThat(state.replicas().keySet()).containsExactlyInAnyOrderElementsOf(replicatedSources());
        assertThat(state.replicas().keySet()).anyMatch(k -> k.endsWith(",dc=src2,dc=test"));
        state.replicas().forEach((sourceDn, replica) -> assertThat(replica.proxyAddresses())
                .as(sourceDn)
                .contains("X500:" + state.sourceLegacyDns().get(sourceDn)));
        last = state;
    }

    @Test
    @Order(2)
    void aRerunChangesNothingAndTheRunAfterItHasNothingToSee() throws Exception {
        CliRun rerun = galbridge("sync");
        CliRun after = galbridge("sync");

        assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
        assertThat(summary(rerun))
                .startsWith("created 0, updated 0, deleted 0, converted 0, written back 0,")
                .endsWith("errors 0");
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        assertThat(summary(after))
                .isEqualTo("created 0, updated 0, deleted 0, converted 0, written back 0, skipped 0, errors 0");
        assertThat(DirectoryState.read(sources, target)).isEqualTo(last);
    }

    @Test
    @Order(3)
    void aRecipientDeletedInTheSecondSourceLosesItsReplica() throws Exception {
        TestForest source2 = sources.get(1);
        RecipientFixtures fixtures = fixtures(source2.spec());
        int index = RECIPIENTS - 1;
        while (fixtures.kindAt(index).isGroup()) {
            index--;
        }
        String deleted = fixtures.recipientDnAt(index).toString();
        assertThat(last.replicaOf(deleted)).as("a replicated recipient").isNotNull();
        try (LDAPConnection s = source2.connect()) {
            s.delete(deleted);
        }

        CliRun run = galbridge("sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(summary(run))
                .isEqualTo("created 0, updated 0, deleted 1, converted 0, written back 0, skipped 0, errors 0");
        DirectoryState state = DirectoryState.read(sources, target);
        Map<String, DirectoryState.Replica> expected = new HashMap<>(last.replicas());
        expected.remove(DirectoryState.normalised(deleted));
        assertThat(state.replicas()).isEqualTo(expected);
        assertThat(state.problems()).isEmpty();
    }
}
