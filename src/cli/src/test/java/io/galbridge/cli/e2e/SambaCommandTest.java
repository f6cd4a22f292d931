package io.galbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.cli.CliContext;
import io.galbridge.cli.CliRun;
import io.galbridge.cli.Main;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.WithForests;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo's scenario through the real command on two Samba AD DCs: check, sync, a rerun that changes
 * nothing, prestage (converting two GAL contacts, refusing a conflict), a simulated move, flip, an
 * incremental sync and {@code sync --watch}; after each step the directory state of both forests is read back
 * over LDAP. The steps run in order on one estate of {@value #RECIPIENTS} source recipients.
 */
@WithForests(
        value = ForestKind.SAMBA,
        forests = {"source=src.test", "target=tgt.test"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SambaCommandTest {

    private static final int RECIPIENTS = 40;
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private static TestForest source;
    private static TestForest target;
    private static DemoEstate estate;
    private static DemoConfiguration config;
    /** The state after the last step, which the next step compares against. */
    private static DirectoryState last;
    /** Per pre-staged source DN: the GAL contact's proxyAddresses and legacyExchangeDN before the conversion. */
    private static final Map<String, List<String>> CONTACTS_BEFORE_PRESTAGE = new HashMap<>();

    @BeforeAll
    static void seed(RunningForests forests) throws Exception {
        source = forests.source();
        target = forests.target();
        long begin = System.nanoTime();
        estate = DemoEstate.seed(source, target, RECIPIENTS);
        config = DemoConfiguration.write(List.of(source), target, estate, System.getenv());
        OUT.println("SambaCommandTest: seeded " + RECIPIENTS + " source recipients in "
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

    static CliRun galbridge(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.file().toString()));
        all.addAll(List.of(args));
        long begin = System.nanoTime();
        CliRun run = CliRun.run(config.directory(), config.environment(), all.toArray(String[]::new));
        OUT.println("SambaCommandTest: galbridge " + String.join(" ", args) + ": exit " + run.exitCode() + " in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms; " + lastLine(run.out()));
        return run;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    private static DirectoryState state() throws Exception {
        return DirectoryState.read(List.of(source), target);
    }

    /** Every recipient the fixture seeds that GAL sync replicates: all but the hidden first one (groups included). */
    private static List<String> replicatedSources() {
        RecipientFixtures fixtures = RecipientFixtures.forForest(source.spec()).withRecipients(RECIPIENTS);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < RECIPIENTS; i++) {
            out.add(DirectoryState.normalised(fixtures.recipientDnAt(i).toString()));
        }
        return out;
    }

    /** The last replicated recipient that is a person (department is not an attribute of groups). */
    private static String lastReplicatedPerson() {
        RecipientFixtures fixtures = RecipientFixtures.forForest(source.spec()).withRecipients(RECIPIENTS);
        for (int i = RECIPIENTS - 1; i >= 1; i--) {
            if (!fixtures.kindAt(i).isGroup()) {
                return DirectoryState.normalised(fixtures.recipientDnAt(i).toString());
            }
        }
        throw new IllegalStateException("the fixture has no person");
    }

    private static String sourceDnOf(String smtp) throws Exception {
        try (LDAPConnection s = source.connect()) {
            List<SearchResultEntry> hits = s.search(
                            source.baseDn().toString(),
                            SearchScope.SUB,
                            Filter.createEqualityFilter("proxyAddresses", "SMTP:" + smtp),
                            "1.1")
                    .getSearchEntries();
            assertThat(hits).as("source mailbox of " + smtp).hasSize(1);
            return hits.get(0).getDN();
        }
    }

    @Test
    @Order(1)
    void checkReachesBothForestsOverLdaps() {
        CliRun run = galbridge("check");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("source forest src.test (" + source.ldapsUrl() + "): connected and bound")
                .contains("target forest tgt.test (" + target.ldapsUrl() + "): connected and bound");
    }

    @Test
    @Order(2)
    void firstSyncReplicatesEveryRecipientAdoptsTheOldContactAndFlowsX500Back() throws Exception {
        CliRun run = galbridge("sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("replica of " + estate.adopted()).contains("errors 0");
        DirectoryState state = state();
        assertThat(state.problems()).isEmpty();
        assertThat(state.replicas().keySet()).containsExactlyInAnyOrderElementsOf(replicatedSources());
        String contactOu = DirectoryState.normalised(estate.contactOu());
        state.replicas().forEach((sourceDn, replica) -> {
            assertThat(replica.objectClass()).as(sourceDn).isEqualTo("contact");
            assertThat(replica.dn()).as(sourceDn).endsWith("," + contactOu);
            assertThat(replica.proxyAddresses())
                    .as("the contact of %s carries the X500 of its legacyExchangeDN", sourceDn)
                    .contains("X500:" + state.sourceLegacyDns().get(sourceDn));
            assertThat(replica.targetAddress()).as(sourceDn).startsWith("SMTP:");
            String routed = replica.targetAddress().substring(5).toLowerCase(Locale.ROOT);
            assertThat(state.sourceProxies().get(sourceDn))
                    .as("the targetAddress of %s's contact is one of its addresses", sourceDn)
                    .anyMatch(p -> p.toLowerCase(Locale.ROOT).equals("smtp:" + routed));
        });
        try (LDAPConnection t = target.connect()) {
            assertThat(t.search(estate.contactOu(), SearchScope.ONE, Filter.createPresenceFilter("objectClass"))
                            .getEntryCount())
                    .as("the existing GALSync contact was adopted, not duplicated")
                    .isEqualTo(replicatedSources().size());
        }
        last = state;
    }

    @Test
    @Order(3)
    void secondSyncChangesNothing() throws Exception {
        CliRun run = galbridge("sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(lastLine(run.out()))
                .startsWith("created 0, updated 0, deleted 0, converted 0, written back 0,")
                .endsWith("errors 0");
        assertThat(state()).isEqualTo(last);
    }

    @Test
    @Order(4)
    void prestageConvertsTheGalContactsKeepingEveryAddress() throws Exception {
        List<String> prestaged = new ArrayList<>();
        try (LDAPConnection t = target.connect()) {
            for (String smtp : estate.prestaged()) {
                String sourceDn = DirectoryState.normalised(sourceDnOf(smtp));
                prestaged.add(sourceDn);
                SearchResultEntry contact =
                        t.getEntry(last.replicaOf(sourceDn).dn(), "proxyAddresses", "legacyExchangeDN");
                List<String> held = new ArrayList<>(List.of(contact.getAttributeValues("proxyAddresses")));
                held.add("X500:" + contact.getAttributeValue("legacyExchangeDN"));
                CONTACTS_BEFORE_PRESTAGE.put(sourceDn, held);
            }
        }

        CliRun run = galbridge(
                "prestage",
                "--identity",
                estate.prestaged().get(0),
                "--identity",
                estate.prestaged().get(1));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // two conversions, and the two X500 write-backs to the source
        assertThat(lastLine(run.out()))
                .isEqualTo("created 0, updated 0, deleted 0, converted 2, written back 2, skipped 0, errors 0");
        DirectoryState state = state();
        assertThat(state.problems()).isEmpty();
        assertThat(state.replicas().keySet()).containsExactlyInAnyOrderElementsOf(replicatedSources());
        String mailUserOu = DirectoryState.normalised(estate.mailUserOu());
        try (LDAPConnection t = target.connect()) {
            for (String sourceDn : prestaged) {
                DirectoryState.Replica meu = state.replicaOf(sourceDn);
                assertThat(meu.objectClass()).as(sourceDn).isEqualTo("user");
                assertThat(meu.dn()).as(sourceDn).endsWith("," + mailUserOu);
                assertThat(t.getEntry(last.replicaOf(sourceDn).dn()))
                        .as("the GAL contact is gone")
                        .isNull();
                List<String> meuProxies =
                        List.of(t.getEntry(meu.dn(), "proxyAddresses").getAttributeValues("proxyAddresses"));
                assertThat(lower(meuProxies))
                        .as("the mail user of %s holds every address of the contact and its X500", sourceDn)
                        .containsAll(lower(CONTACTS_BEFORE_PRESTAGE.get(sourceDn)));
            }
        }
        Map<String, DirectoryState.Replica> others = new HashMap<>(state.replicas());
        Map<String, DirectoryState.Replica> othersBefore = new HashMap<>(last.replicas());
        prestaged.forEach(others::remove);
        prestaged.forEach(othersBefore::remove);
        assertThat(others).as("the other replicas are untouched").isEqualTo(othersBefore);
        last = state;
    }

    @Test
    @Order(5)
    void prestageRefusesAMailboxWhoseAddressAnotherTargetObjectHolds() throws Exception {
        CliRun run = galbridge("prestage", "--identity", estate.conflictingSmtp());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains(estate.conflictDn()).contains("errors 1");
        assertThat(state()).as("a refusal writes nothing").isEqualTo(last);
    }

    @Test
    @Order(6)
    void flipPointsTheMovedMailboxAtTheTarget() throws Exception {
        String sourceDn = sourceDnOf(estate.prestaged().get(0));
        String mailUser = last.replicaOf(sourceDn).dn();
        estate.simulateMove(target, mailUser);

        CliRun run = galbridge("flip", "--remove-source-mailbox-attributes");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(sourceDn);
        try (LDAPConnection s = source.connect();
                LDAPConnection t = target.connect()) {
            String alias = t.getEntry(mailUser, "mailNickname").getAttributeValue("mailNickname");
            SearchResultEntry flipped = s.getEntry(sourceDn, "targetAddress", "homeMDB");
            assertThat(flipped.getAttributeValue("targetAddress"))
                    .isEqualToIgnoringCase("SMTP:" + alias + "@" + target.spec().dnsName());
            assertThat(flipped.getAttributeValue("homeMDB")).isNull();
        }
        DirectoryState state = state();
        assertThat(state.problems()).isEmpty();
        assertThat(state.replicaOf(sourceDn).homeMdb()).isEqualTo(DirectoryState.normalised(estate.targetDatabase()));
        last = state;
    }

    @Test
    @Order(7)
    void incrementalSyncCarriesOneSourceChange() throws Exception {
        String adopted = DirectoryState.normalised(estate.adopted());
        try (LDAPConnection s = source.connect()) {
            s.modify(
                    estate.adopted(), new Modification(ModificationType.REPLACE, "displayName", "Müller, Jürgen (HR)"));
        }

        CliRun run = galbridge("sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(lastLine(run.out()))
                .startsWith("created 0, updated 1, deleted 0, converted 0, written back 0,")
                .endsWith("errors 0");
        DirectoryState state = state();
        assertThat(state.replicaOf(adopted).displayName()).isEqualTo("Müller, Jürgen (HR)");
        Map<String, DirectoryState.Replica> others = new HashMap<>(state.replicas());
        Map<String, DirectoryState.Replica> othersBefore = new HashMap<>(last.replicas());
        others.remove(adopted);
        othersBefore.remove(adopted);
        assertThat(others).isEqualTo(othersBefore);
        assertThat(state.sourceProxies()).isEqualTo(last.sourceProxies());
        last = state;
    }

    @Test
    @Order(8)
    void watchFollowsASourceChangeAndStopsAfterMaxRuns() throws Exception {
        String changed = lastReplicatedPerson();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        CliContext context =
                new CliContext(out, out, config.environment(), config.directory(), false, Clock.systemUTC());
        AtomicInteger code = new AtomicInteger(-1);
        Thread watch = new Thread(
                () -> code.set(Main.run(
                        new String[] {"--config", config.file().toString(), "sync", "--watch=10s", "--max-runs", "2"},
                        context)),
                "galbridge-watch");
        long begin = System.nanoTime();
        watch.start();
        try {
            while (summaries(buffer) < 1 && watch.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(summaries(buffer))
                    .as(buffer.toString(StandardCharsets.UTF_8))
                    .isEqualTo(1);
            try (LDAPConnection s = source.connect()) {
                s.modify(changed, new Modification(ModificationType.REPLACE, "department", "Watch Desk"));
            }
            watch.join(60_000);
        } finally {
            watch.interrupt();
        }

        String text = buffer.toString(StandardCharsets.UTF_8);
        OUT.println("SambaCommandTest: sync --watch=10s --max-runs 2 ended in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
        assertThat(watch.isAlive()).as("the watch stopped after two runs").isFalse();
        assertThat(code.get()).as(text).isZero();
        List<String> summaries =
                text.lines().filter(l -> l.startsWith("created ")).toList();
        assertThat(summaries).as(text).hasSize(2);
        assertThat(summaries.get(0)).startsWith("created 0, updated 0, deleted 0, converted 0, written back 0,");
        assertThat(summaries.get(1)).startsWith("created 0, updated 1, deleted 0, converted 0, written back 0,");
        assertThat(summaries).allMatch(l -> l.endsWith("errors 0"));
        try (LDAPConnection t = target.connect()) {
            assertThat(t.getEntry(state().replicaOf(changed).dn(), "department").getAttributeValue("department"))
                    .isEqualTo("Watch Desk");
        }
    }

    private static long summaries(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("created "))
                .count();
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }
}
