package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.cli.CliRun;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code galbridge flip} through the command and the packaged bundles, on three embedded forests (two sources,
 * one target). A mailbox of src.test is synced, pre-staged (its GAL contact converted) and moved; its replicas
 * are a galbridge contact in the second source forest (as another galbridge installation with src2.test as its
 * target writes it), a foreign contact there holding its X500, and an owned contact left in the target. The
 * tests run in order on one estate: flip, rerun, a run killed after the source write, a mailbox still waiting
 * for Disable-Mailbox (and a dry run of its flip).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlipCommandTest {

    private static final ForestSpec SOURCE2 = new ForestSpec("source2", "src2.test");
    private static final int RECIPIENTS = 16;
    private static final String MARK = DemoEstate.OWNERSHIP_ATTRIBUTE;

    private static RunningForests forests;
    private static DemoConfiguration config;
    private static DemoEstate estate;
    private static String mailUserOu;
    private static Person jane;
    private static Person kim;
    private static String ownedReplica;
    private static String foreignReplica;
    private static String targetReplica;

    /** A moved mailbox of src.test: its source DN, primary SMTP, legacyExchangeDN, mark and target mail user. */
    private record Person(String sourceDn, String smtp, String alias, String legacyExchangeDn, String mark) {}

    @BeforeAll
    static void start() throws Exception {
        forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, SOURCE2, ForestSpec.TARGET));
        TestForest target = forests.target();
        String contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
        for (TestForest source : List.of(forests.source(), forests.get(SOURCE2.role()))) {
            try (LDAPConnection c = source.connect()) {
                RecipientFixtures.forForest(source.spec())
                        .withRecipients(RECIPIENTS)
                        .addTo(c);
            }
        }
        try (LDAPConnection t = target.connect()) {
            t.add(new Entry(contactOu, new Attribute("objectClass", "top", "organizationalUnit")));
            t.add(new Entry(mailUserOu, new Attribute("objectClass", "top", "organizationalUnit")));
        }
        estate = new DemoEstate(
                contactOu,
                mailUserOu,
                "CN=Mailbox Database 01,CN=Databases,CN=Configuration," + target.baseDn(),
                null,
                null,
                null,
                null,
                List.of(),
                0);
        config = DemoConfiguration.write(
                List.of(forests.source(), forests.get(SOURCE2.role())), target, estate, System.getenv());
        RecipientFixtures fixtures =
                RecipientFixtures.forForest(ForestSpec.SOURCE).withRecipients(RECIPIENTS);
        int first = mailboxFrom(fixtures, 0);
        jane = person(fixtures.recipientDnAt(first).toString());
        kim = person(fixtures.recipientDnAt(mailboxFrom(fixtures, first + 1)).toString());
    }

    @AfterAll
    static void stop() {
        if (forests != null) {
            forests.close();
        }
    }

    @Test
    @Order(1)
    void flipPointsTheSourceAndEveryOwnedReplicaAtTheMovedMailbox() throws Exception {
        assertThat(galbridge("sync").exitCode()).isZero();
        for (Person p : List.of(jane, kim)) {
            CliRun prestage = galbridge("prestage", "--identity", p.smtp(), "--use-local-object");
            assertThat(prestage.exitCode()).as(prestage.out() + prestage.err()).isZero();
        }
        seedReplicas();
        estate.simulateMove(forests.target(), mailUser(jane));
        Map<String, List<String>> janeBefore = snapshot(forests.source(), jane.sourceDn());
        Map<String, List<String>> foreignBefore = snapshot(forests.get(SOURCE2.role()), foreignReplica);
        String routing = jane.alias() + "@tgt.test";

        CliRun run = galbridge("flip", "--remove-source-mailbox-attributes");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Map<String, List<String>> janeAfter = snapshot(forests.source(), jane.sourceDn());
        assertThat(janeAfter.get("targetaddress")).containsExactly("SMTP:" + routing);
        assertThat(janeAfter.get("proxyaddresses"))
                .as("value-level: every value kept, the routing address and the mail user's X500 added")
                .containsAll(janeBefore.get("proxyaddresses"))
                .contains("smtp:" + routing)
                .anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).startsWith("x500:/o=tgt/"));
        assertThat(janeAfter.get("msexchrecipienttypedetails")).containsExactly("128");
        assertThat(janeAfter).doesNotContainKeys("homemdb", "msexchhomeservername");
        assertThat(targetAddress(forests.get(SOURCE2.role()), ownedReplica)).isEqualTo("SMTP:" + routing);
        assertThat(targetAddress(forests.target(), targetReplica)).isEqualTo("SMTP:" + routing);
        assertThat(snapshot(forests.get(SOURCE2.role()), foreignReplica))
                .as("a contact galbridge does not own is left")
                .isEqualTo(foreignBefore);
        assertThat(run.out()).contains(foreignReplica).contains("not owned");
        assertThat(Files.readString(token())).isNotBlank();
    }

    @Test
    @Order(2)
    void aSecondFlipChangesNothing() throws Exception {
        Map<String, List<String>> before = everything();
        String tokenBefore = Files.readString(token());

        CliRun run = galbridge("flip", "--remove-source-mailbox-attributes", "--output", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("\"updated\":0")
                .contains("\"converted\":0")
                .contains("\"errors\":0");
        assertThat(everything()).isEqualTo(before);
        assertThat(Files.readString(token())).isEqualTo(tokenBefore);
    }

    @Test
    @Order(3)
    void aRunKilledBetweenTheSourceWriteAndTheReplicasIsCompletedByTheNextRun() throws Exception {
        // the state a SIGKILL after the source write leaves: source flipped, replicas not, token not saved
        Map<String, List<String>> janeFlipped = snapshot(forests.source(), jane.sourceDn());
        try (LDAPConnection c = forests.get(SOURCE2.role()).connect()) {
            c.modify(ownedReplica, new Modification(ModificationType.REPLACE, "targetAddress", "SMTP:" + jane.smtp()));
        }
        try (LDAPConnection t = forests.target().connect()) {
            t.modify(targetReplica, new Modification(ModificationType.REPLACE, "targetAddress", "SMTP:" + jane.smtp()));
        }
        Files.delete(token());

        CliRun run = galbridge("flip", "--remove-source-mailbox-attributes", "--output", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("\"updated\":2").contains("\"converted\":0");
        String routing = "SMTP:" + jane.alias() + "@tgt.test";
        assertThat(targetAddress(forests.get(SOURCE2.role()), ownedReplica)).isEqualTo(routing);
        assertThat(targetAddress(forests.target(), targetReplica)).isEqualTo(routing);
        assertThat(snapshot(forests.source(), jane.sourceDn())).isEqualTo(janeFlipped);
        assertThat(token()).exists();
    }

    @Test
    @Order(4)
    void aMailboxWaitingForDisableMailboxKeepsTheTokenUntilItIsFlipped() throws Exception {
        String tokenBefore = Files.readString(token());
        estate.simulateMove(forests.target(), mailUser(kim));

        CliRun waiting = galbridge("flip");

        assertThat(waiting.exitCode()).as(waiting.out() + waiting.err()).isZero();
        assertThat(waiting.out()).contains(kim.sourceDn()).contains("Disable-Mailbox");
        assertThat(snapshot(forests.source(), kim.sourceDn())).containsKey("homemdb");
        assertThat(Files.readString(token())).as("not past the waiting mailbox").isEqualTo(tokenBefore);
        Map<String, List<String>> kimWaiting = snapshot(forests.source(), kim.sourceDn());

        CliRun dryRun = galbridge("flip", "--remove-source-mailbox-attributes", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.out() + dryRun.err()).isZero();
        assertThat(dryRun.out()).contains(kim.sourceDn()).contains("targetAddress");
        assertThat(snapshot(forests.source(), kim.sourceDn())).isEqualTo(kimWaiting);
        assertThat(Files.readString(token())).isEqualTo(tokenBefore);

        CliRun done = galbridge("flip", "--remove-source-mailbox-attributes");

        assertThat(done.exitCode()).as(done.out() + done.err()).isZero();
        assertThat(targetAddress(forests.source(), kim.sourceDn())).isEqualTo("SMTP:" + kim.alias() + "@tgt.test");
        assertThat(Files.readString(token())).isNotEqualTo(tokenBefore);
    }

    private static CliRun galbridge(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.file().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(config.directory(), config.environment(), all);
    }

    private static Path token() {
        return config.directory().resolve("state/tokens/mailusers.tgt.test.token");
    }

    private static int mailboxFrom(RecipientFixtures fixtures, int from) {
        int i = from;
        while (fixtures.kindAt(i) != RecipientKind.MAILBOX) {
            i++;
        }
        return i;
    }

    private static Person person(String dn) throws Exception {
        try (LDAPConnection s = forests.source().connect()) {
            Entry e = s.getEntry(dn, "mail", "mailNickname", "legacyExchangeDN", "objectGUID");
            String guid = ExchangeGuid.fromBytes(e.getAttributeValueBytes("objectGUID"))
                    .toString();
            return new Person(
                    dn,
                    e.getAttributeValue("mail"),
                    e.getAttributeValue("mailNickname"),
                    e.getAttributeValue("legacyExchangeDN"),
                    "galbridge:src.test:" + guid);
        }
    }

    /** The person's pre-staged mail user in the target, found by its ownership mark. */
    private static String mailUser(Person p) throws Exception {
        try (LDAPConnection t = forests.target().connect()) {
            List<SearchResultEntry> found = t.search(
                            mailUserOu, SearchScope.SUB, Filter.createEqualityFilter(MARK, p.mark()), "1.1")
                    .getSearchEntries();
            assertThat(found).as("mail user of %s", p.sourceDn()).hasSize(1);
            return found.get(0).getDN();
        }
    }

    /** Jane's replicas: two contacts in src2.test's GAL OU (one owned, one foreign) and an owned target contact. */
    private static void seedReplicas() throws Exception {
        TestForest source2 = forests.get(SOURCE2.role());
        String galOu = new DN(new RDN("OU", "GAL Contacts"), source2.baseDn()).toString();
        ownedReplica = "CN=Jane Replica," + galOu;
        foreignReplica = "CN=Jane Foreign," + galOu;
        targetReplica = "CN=Jane Leftover," + estate.contactOu();
        try (LDAPConnection c = source2.connect()) {
            c.add(new Entry(galOu, new Attribute("objectClass", "top", "organizationalUnit")));
            c.add(contact(ownedReplica, "jane-replica", jane.mark()));
            c.add(contact(foreignReplica, "jane-foreign", null));
        }
        try (LDAPConnection t = forests.target().connect()) {
            t.add(contact(targetReplica, "jane-leftover", jane.mark()));
        }
    }

    private static Entry contact(String dn, String alias, String mark) {
        Entry e = new Entry(
                dn,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                new Attribute("mailNickname", alias),
                new Attribute("targetAddress", "SMTP:" + jane.smtp()),
                new Attribute(
                        "proxyAddresses",
                        "SMTP:" + alias + "@contacts.example",
                        "smtp:" + jane.smtp(),
                        "X500:" + jane.legacyExchangeDn()),
                new Attribute("legacyExchangeDN", "/o=Src2/ou=Contacts/cn=" + alias));
        if (mark != null) {
            e.addAttribute(MARK, mark);
        }
        return e;
    }

    private static String targetAddress(TestForest forest, String dn) throws Exception {
        List<String> values = snapshot(forest, dn).get("targetaddress");
        return values == null ? null : values.get(0);
    }

    /** Every user attribute of an entry, names lower case, values sorted. */
    private static Map<String, List<String>> snapshot(TestForest forest, String dn) throws Exception {
        try (LDAPConnection c = forest.connect()) {
            Entry e = c.getEntry(dn);
            assertThat(e).as(dn).isNotNull();
            Map<String, List<String>> out = new TreeMap<>();
            for (Attribute a : e.getAttributes()) {
                out.put(
                        a.getBaseName().toLowerCase(java.util.Locale.ROOT),
                        List.copyOf(new TreeSet<>(List.of(a.getValues()))));
            }
            return out;
        }
    }

    private static Map<String, List<String>> everything() throws Exception {
        Map<String, List<String>> all = new TreeMap<>();
        for (var p : List.of(
                Map.entry(forests.source(), jane.sourceDn()),
                Map.entry(forests.get(SOURCE2.role()), ownedReplica),
                Map.entry(forests.get(SOURCE2.role()), foreignReplica),
                Map.entry(forests.target(), targetReplica),
                Map.entry(forests.target(), mailUser(jane)))) {
            snapshot(p.getKey(), p.getValue()).forEach((k, v) -> all.put(p.getValue() + " " + k, v));
        }
        return all;
    }
}
