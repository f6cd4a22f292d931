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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The full sync's fast path ({@code galbridge.replicaAbsent}) against embedded forests: a create asserts the
 * absence only for a source that nothing in the target joins. Three sources are joined before the first sync —
 * by a GALSync contact in the contact OU (adopted), by a contact outside it and by a mail-enabled user (both
 * refused) — and every other in-scope source is created with the assertion; a repeated full sync asserts
 * nothing, since every replica carries its mark. The end state is the connector's, with or without honouring
 * the option: no duplicate contact for a joined source. More than {@value ReplicaReadBack#BATCH} replicas are
 * created, so both a full read-back batch and the rest read after the lanes are done are exercised.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GalSyncFastPathTest {

    private static final int RECIPIENTS = 48;
    private static final Pattern ASSERTED =
            Pattern.compile("src\\.test: (\\d+) creates asserted galbridge\\.replicaAbsent");
    private static final Pattern CREATED = Pattern.compile("created (\\d+),");

    private static RunningForests forests;
    private static DemoConfiguration config;
    private static String contactOu;
    /** The legacyExchangeDN of the adopted, the outside-contact-joined and the user-joined mailbox. */
    private static final List<String> JOINED_LEGACY = new ArrayList<>();

    private static final List<String> JOINED_DNS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET));
        TestForest target = forests.target();
        DN base = target.baseDn();
        contactOu = new DN(new RDN("OU", "GAL Contacts"), base).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), base).toString();
        String imported = new DN(new RDN("OU", "Imported"), base).toString();
        RecipientFixtures fixtures =
                RecipientFixtures.forForest(ForestSpec.SOURCE).withRecipients(RECIPIENTS);
        try (LDAPConnection c = forests.source().connect()) {
            fixtures.addTo(c);
            for (int i = 0; i < RECIPIENTS && JOINED_LEGACY.size() < 3; i++) {
                SearchResultEntry e = c.getEntry(
                        fixtures.recipientDnAt(i).toString(), "legacyExchangeDN", "msExchHideFromAddressLists");
                if (fixtures.kindAt(i) == RecipientKind.MAILBOX
                        && !e.hasAttributeValue("msExchHideFromAddressLists", "TRUE")) {
                    JOINED_LEGACY.add(e.getAttributeValue("legacyExchangeDN"));
                    JOINED_DNS.add(e.getDN());
                }
            }
        }
        try (LDAPConnection t = target.connect()) {
            for (String ou : List.of(contactOu, mailUserOu, imported)) {
                t.add(new Entry(ou, new Attribute("objectClass", "top", "organizationalUnit")));
            }
            String[] contact = {"top", "person", "organizationalPerson", "contact"};
            t.add(new Entry(
                    new DN(new RDN("CN", "Old GALSync contact"), new DN(contactOu)).toString(),
                    new Attribute("objectClass", contact),
                    new Attribute("mailNickname", "oldgalsync"),
                    new Attribute("proxyAddresses", "SMTP:old@src.test", "X500:" + JOINED_LEGACY.get(0))));
            t.add(new Entry(
                    new DN(new RDN("CN", "Imported contact"), new DN(imported)).toString(),
                    new Attribute("objectClass", contact),
                    new Attribute("mailNickname", "imported"),
                    new Attribute("proxyAddresses", "SMTP:imported@tgt.test", "x500:" + JOINED_LEGACY.get(1))));
            t.add(new Entry(
                    new DN(new RDN("CN", "Moved user"), new DN(imported)).toString(),
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("sAMAccountName", "moveduser"),
                    new Attribute("mailNickname", "moveduser"),
                    new Attribute("proxyAddresses", "SMTP:moved@tgt.test", "X500:" + JOINED_LEGACY.get(2))));
        }
        DemoEstate estate = new DemoEstate(contactOu, mailUserOu, null, null, null, null, null, List.of(), 0);
        config = DemoConfiguration.write(List.of(forests.source()), target, estate, System.getenv());
    }

    @AfterAll
    static void stop() {
        if (forests != null) {
            forests.close();
        }
    }

    @Test
    @Order(1)
    void aFullSyncAssertsAbsenceOnlyForSourcesNothingJoins() throws Exception {
        CliRun run = sync();

        assertThat(run.exitCode())
                .as("the two sources joined outside the contact OU are refused: " + run.out() + run.err())
                .isEqualTo(1);
        assertThat(run.out()).contains("replica of " + JOINED_DNS.get(0)).contains("errors 2");
        int created = number(CREATED, run.out());
        assertThat(created).isGreaterThan(ReplicaReadBack.BATCH);
        assertThat(number(ASSERTED, run.err()))
                .as("every created replica, and only those, asserted its absence")
                .isEqualTo(created);
        try (LDAPConnection t = forests.target().connect()) {
            List<SearchResultEntry> contacts = t.search(
                            contactOu,
                            SearchScope.ONE,
                            Filter.createPresenceFilter("objectClass"),
                            "description",
                            "proxyAddresses")
                    .getSearchEntries();
            assertThat(contacts).as("the created replicas plus the adopted one").hasSize(created + 1);
            for (String legacy : JOINED_LEGACY) {
                assertThat(t.search(
                                        forests.target().baseDn().toString(),
                                        SearchScope.SUB,
                                        Filter.createEqualityFilter("proxyAddresses", "X500:" + legacy),
                                        "1.1")
                                .getEntryCount())
                        .as("one object holds the X500 of %s, no duplicate was made", legacy)
                        .isEqualTo(1);
            }
            assertThat(t.searchForEntry(
                                    contactOu,
                                    SearchScope.ONE,
                                    Filter.createEqualityFilter("proxyAddresses", "X500:" + JOINED_LEGACY.get(0)),
                                    "description")
                            .getAttributeValue("description"))
                    .as("the GALSync contact was adopted: it carries the mark now")
                    .startsWith("galbridge:src.test:");
        }
        try (LDAPConnection c = forests.source().connect()) {
            assertThat(c.search(
                                    forests.source().baseDn().toString(),
                                    SearchScope.SUB,
                                    Filter.createSubstringFilter("proxyAddresses", "X500:/o=Tgt/", null, null),
                                    "1.1")
                            .getEntryCount())
                    .as("every replica's X500 flowed back, the adopted one's included")
                    .isEqualTo(created + 1);
        }
    }

    @Test
    @Order(2)
    void aRepeatedFullSyncAssertsNothingSinceEveryReplicaCarriesItsMark() throws Exception {
        Path token = config.directory().resolve("state/tokens/src.test.token");
        Files.deleteIfExists(token);

        CliRun run = sync();

        assertThat(run.out()).as(run.err()).contains("created 0,").contains("errors 2");
        assertThat(number(ASSERTED, run.err())).isZero();
    }

    private static CliRun sync() {
        return CliRun.run(
                config.directory(),
                config.environment(),
                "--config",
                config.file().toString(),
                "sync");
    }

    private static int number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
