package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.cli.CliRun;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The commands wired to the packaged connector bundles, against three embedded forests: two sources (N=2)
 * into one target. The tests run in order on one estate: dry run, first sync, rerun, prestage refusal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WiredCommandsTest {

    private static final ForestSpec SOURCE2 = new ForestSpec("source2", "src2.test");
    private static final int RECIPIENTS = 40;

    private static RunningForests forests;
    private static DemoConfiguration config;
    private static String contactOu;

    @BeforeAll
    static void start() throws Exception {
        forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, SOURCE2, ForestSpec.TARGET));
        TestForest target = forests.target();
        contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
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
        DemoEstate estate = new DemoEstate(contactOu, mailUserOu, null, null, null, null, null, List.of(), 0);
        config = DemoConfiguration.write(
                List.of(forests.source(), forests.get(SOURCE2.role())), target, estate, System.getenv());
    }

    @AfterAll
    static void stop() {
        if (forests != null) {
            forests.close();
        }
    }

    private static CliRun galbridge(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.file().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(config.directory(), config.environment(), all);
    }

    private static List<SearchResultEntry> contacts() throws Exception {
        try (LDAPConnection t = forests.target().connect()) {
            return t.search(contactOu, SearchScope.ONE, Filter.createPresenceFilter("objectClass"), "description")
                    .getSearchEntries();
        }
    }

    @Test
    @Order(1)
    void dryRunWritesNothing() throws Exception {
        CliRun run = galbridge("sync", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dry run, nothing written: would have created");
        assertThat(run.out()).contains("a dry run cannot show the exact attributes");
        assertThat(contacts()).isEmpty();
        assertThat(config.directory().resolve("state/tokens/src.test.token")).doesNotExist();
    }

    @Test
    @Order(2)
    void syncReplicatesBothSourceForestsIntoOneTarget() throws Exception {
        CliRun run = galbridge("sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        List<String> marks =
                contacts().stream().map(e -> e.getAttributeValue("description")).toList();
        assertThat(marks).anyMatch(m -> m.startsWith("galbridge:src.test:"));
        assertThat(marks).anyMatch(m -> m.startsWith("galbridge:src2.test:"));
        assertThat(Files.readString(config.directory().resolve("state/tokens/src2.test.token")))
                .isNotBlank();
        String journal = Files.readString(config.directory().resolve("state/journal.jsonl"));
        assertThat(journal).contains("\"action\":\"create\"");
        int created = marks.size();
        String summary = run.out().lines().reduce((first, second) -> second).orElse("");
        assertThat(summary)
                .as("a first sync creates every replica and writes each one's X500 back; it updates no replica")
                .startsWith("created " + created + ", updated 0, deleted 0, converted 0, written back " + created + ",")
                .endsWith("errors 0");
        assertThat(journal.lines().filter(l -> l.contains("\"action\":\"write-back\"")))
                .as("one write-back record per replica, journalled against its source forest")
                .hasSize(created)
                .allMatch(l -> l.contains("\"forest\":\"src.test\"") || l.contains("\"forest\":\"src2.test\""));
        assertThat(journal).doesNotContain("\"action\":\"update\"");
        try (LDAPConnection s = forests.source().connect()) {
            List<SearchResultEntry> withTargetX500 = s.search(
                            "DC=src,DC=test",
                            SearchScope.SUB,
                            Filter.createSubstringFilter("proxyAddresses", "X500:/o=Tgt/", null, null),
                            "1.1")
                    .getSearchEntries();
            assertThat(withTargetX500).as("X500 back-flow to the source").isNotEmpty();
        }
    }

    @Test
    @Order(3)
    void secondSyncChangesNothing() throws Exception {
        int before = contacts().size();

        CliRun run = galbridge("sync", "--output", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("\"type\":\"summary\"")
                .contains("\"created\":0")
                .contains("\"updated\":0")
                .contains("\"deleted\":0")
                .contains("\"writtenBack\":0")
                .contains("\"errors\":0");
        assertThat(contacts()).hasSize(before);
    }

    @Test
    @Order(4)
    void prestageRefusalNamesTheConflictingObjectAndExitsOne() throws Exception {
        RecipientFixtures fixtures =
                RecipientFixtures.forForest(ForestSpec.SOURCE).withRecipients(RECIPIENTS);
        int mailbox = 1;
        while (fixtures.kindAt(mailbox) != RecipientKind.MAILBOX) {
            mailbox++;
        }
        String smtp;
        try (LDAPConnection s = forests.source().connect()) {
            smtp = s.getEntry(fixtures.recipientDnAt(mailbox).toString(), "mail")
                    .getAttributeValue("mail");
        }
        String duplicate = "CN=Duplicate Holder,CN=Users," + forests.target().baseDn();
        try (LDAPConnection t = forests.target().connect()) {
            t.add(new Entry(
                    duplicate,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                    new Attribute("mailNickname", "duplicate-holder"),
                    new Attribute("proxyAddresses", "SMTP:" + smtp),
                    new Attribute("targetAddress", "SMTP:" + smtp)));
        }

        CliRun run = galbridge("prestage", "--identity", smtp);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("error").contains(duplicate).contains("errors 1");
    }

    @Test
    @Order(5)
    void reportPrintsOneLinePerSourceMailboxAndFlagsTheAddressConflict() throws Exception {
        String smtp = firstMailboxSmtp();

        CliRun run = galbridge("report");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains(smtp)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("conflict (GB-E1)");
        assertThat(run.out().lines().filter(l -> l.startsWith("ready ")))
                .as(run.out())
                .isNotEmpty();
        assertThat(run.out())
                .contains(expectedSourceMailboxes().size() + " mailboxes: ")
                .contains(" 1 in conflict");
    }

    @Test
    @Order(6)
    void reportWritesHtmlAndCsvWithOneEntryPerSourceMailbox() throws Exception {
        String smtp = firstMailboxSmtp();
        java.nio.file.Path html = config.directory().resolve("readiness.html");
        java.nio.file.Path csv = config.directory().resolve("readiness.csv");

        CliRun run = galbridge("report", "--html", "readiness.html", "--csv", "readiness.csv");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("wrote the HTML report to " + html).contains("wrote the CSV report to " + csv);
        String page = Files.readString(html, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains(smtp).contains("GB-E1");
        List<List<String>> rows = csvRows(Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(io.galbridge.cli.report.CsvReportWriter.HEADER);
        java.util.Set<DN> dns = new java.util.HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(io.galbridge.cli.report.CsvReportWriter.HEADER.size());
            dns.add(new DN(row.get(2)));
        }
        assertThat(dns).containsExactlyInAnyOrderElementsOf(expectedSourceMailboxes());
    }

    /** The primary SMTP address of the first user mailbox of the first source (the conflicting one). */
    private static String firstMailboxSmtp() throws Exception {
        RecipientFixtures fixtures =
                RecipientFixtures.forForest(ForestSpec.SOURCE).withRecipients(RECIPIENTS);
        int mailbox = 1;
        while (fixtures.kindAt(mailbox) != RecipientKind.MAILBOX) {
            mailbox++;
        }
        try (LDAPConnection s = forests.source().connect()) {
            return s.getEntry(fixtures.recipientDnAt(mailbox).toString(), "mail")
                    .getAttributeValue("mail");
        }
    }

    /** Every mailbox the fixtures put into both source forests. */
    private static List<DN> expectedSourceMailboxes() {
        List<DN> out = new java.util.ArrayList<>();
        for (ForestSpec spec : List.of(ForestSpec.SOURCE, SOURCE2)) {
            RecipientFixtures fixtures = RecipientFixtures.forForest(spec).withRecipients(RECIPIENTS);
            for (int i = 0; i < RECIPIENTS; i++) {
                if (fixtures.kindAt(i).hasMailbox()) {
                    out.add(fixtures.recipientDnAt(i));
                }
            }
        }
        return out;
    }

    /** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows). */
    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).as("CSV ends with CRLF").isEmpty();
        assertThat(row).as("CSV ends with CRLF").isEmpty();
        return rows;
    }
}
