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
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A source recipient that leaves GAL-sync scope loses its owned replica in the next {@code sync}, while a
 * contact with the same address that galbridge does not own is left alone. Embedded forests.
 */
class GalSyncScopeTest {

    private static final int RECIPIENTS = 20;

    private static RunningForests forests;
    private static DemoConfiguration config;
    private static String contactOu;

    @BeforeAll
    static void start() throws Exception {
        forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET));
        TestForest target = forests.target();
        contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
        try (LDAPConnection c = forests.source().connect()) {
            RecipientFixtures.forForest(ForestSpec.SOURCE)
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        try (LDAPConnection t = target.connect()) {
            t.add(new Entry(contactOu, new Attribute("objectClass", "top", "organizationalUnit")));
            t.add(new Entry(mailUserOu, new Attribute("objectClass", "top", "organizationalUnit")));
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

    private static CliRun sync() {
        return CliRun.run(
                config.directory(),
                config.environment(),
                "--config",
                config.file().toString(),
                "sync");
    }

    private static List<SearchResultEntry> contactsWithMail(String smtp) throws Exception {
        try (LDAPConnection t = forests.target().connect()) {
            return t.search(contactOu, SearchScope.ONE, Filter.createEqualityFilter("mail", smtp), "description")
                    .getSearchEntries();
        }
    }

    @Test
    void aSourceHiddenFromAddressListsLosesItsOwnedReplicaAndNothingElse() throws Exception {
        RecipientFixtures fixtures =
                RecipientFixtures.forForest(ForestSpec.SOURCE).withRecipients(RECIPIENTS);
        int mailbox = 1;
        while (fixtures.kindAt(mailbox) != RecipientKind.MAILBOX) {
            mailbox++;
        }
        String sourceDn = fixtures.recipientDnAt(mailbox).toString();
        String smtp;
        try (LDAPConnection s = forests.source().connect()) {
            smtp = s.getEntry(sourceDn, "mail").getAttributeValue("mail");
        }
        CliRun first = sync();
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        List<SearchResultEntry> replicas = contactsWithMail(smtp);
        assertThat(replicas).singleElement().satisfies(r -> assertThat(r.getAttributeValue("description"))
                .startsWith("galbridge:src.test:"));
        String replicaDn = replicas.get(0).getDN();
        String foreign = new DN(new RDN("CN", "Not Ours"), new DN(contactOu)).toString();
        try (LDAPConnection t = forests.target().connect()) {
            t.add(new Entry(
                    foreign,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                    new Attribute("mail", smtp),
                    new Attribute("description", "hand-made contact")));
        }
        try (LDAPConnection s = forests.source().connect()) {
            s.modify(sourceDn, new Modification(ModificationType.REPLACE, "msExchHideFromAddressLists", "TRUE"));
        }

        java.nio.file.Path token = config.directory().resolve("state/tokens/src.test.token");
        String tokenBefore = java.nio.file.Files.readString(token);

        CliRun second = sync();

        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(second.out())
                .contains("delete")
                .contains(replicaDn)
                .contains("left GAL-sync scope")
                .contains("deleted 1");
        assertThat(contactsWithMail(smtp)).extracting(SearchResultEntry::getDN).containsExactly(foreign);
        assertThat(java.nio.file.Files.readString(token))
                .as("the incremental sync saves the token the connector hands back at its end, not the one"
                        + " it started from")
                .isNotEqualTo(tokenBefore);
    }
}
