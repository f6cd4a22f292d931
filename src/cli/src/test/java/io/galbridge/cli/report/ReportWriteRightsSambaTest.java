package io.galbridge.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.cli.CliRun;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GB-E17 for real: {@code galbridge report} against a Samba source forest (which constructs AD's
 * allowedAttributesEffective) and an embedded target. Bound as the administrator, no mailbox is blocked by
 * E17; bound as an ordinary domain user, who may read but not write proxyAddresses, every mailbox is.
 */
@WithForests(
        value = ForestKind.SAMBA,
        forests = {"source=src.test"})
class ReportWriteRightsSambaTest {

    private static final int RECIPIENTS = 8;

    private static RunningForests target;
    private static DemoConfiguration admin;

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection c = source.connect()) {
            RecipientFixtures.forForest(source.spec())
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        target = new EmbeddedForestProvider().start(List.of(ForestSpec.TARGET));
        TestForest t = target.target();
        String contactOu = new DN(new RDN("OU", "GAL Contacts"), t.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), t.baseDn()).toString();
        try (LDAPConnection c = t.connect()) {
            c.add(new Entry(contactOu, new Attribute("objectClass", "top", "organizationalUnit")));
            c.add(new Entry(mailUserOu, new Attribute("objectClass", "top", "organizationalUnit")));
        }
        DemoEstate estate = new DemoEstate(contactOu, mailUserOu, null, null, null, null, null, List.of(), 0);
        admin = DemoConfiguration.write(List.of(source), t, estate, System.getenv());
    }

    @AfterAll
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    void e17BlocksEveryMailboxOnlyWhenTheSourceAccountMayNotWriteProxyAddresses(@ForestRole("source") TestForest source)
            throws Exception {
        String password = "Rp-" + UUID.randomUUID() + "-7x";
        String reader = "CN=gb-report-reader,CN=Users," + source.baseDn();
        try (LDAPConnection c = source.connectLdaps()) {
            c.add(new Entry(
                    reader,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("sAMAccountName", "gb-report-reader"),
                    new Attribute("unicodePwd", ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE)),
                    new Attribute("userAccountControl", "512")));
        }
        String yaml = Files.readString(admin.file(), StandardCharsets.UTF_8);
        String lowYaml = yaml.replace("bindDn: \"" + source.bindDn() + "\"", "bindDn: \"" + reader + "\"");
        assertThat(lowYaml).isNotEqualTo(yaml);
        java.nio.file.Path lowFile = admin.directory().resolve("low.yaml");
        Files.writeString(lowFile, lowYaml, StandardCharsets.UTF_8);
        Map<String, String> lowEnv = new HashMap<>(admin.environment());
        lowEnv.put("GALBRIDGE_DEMO_SOURCE_PASSWORD", password);

        CliRun asAdmin = CliRun.run(
                admin.directory(), admin.environment(), "--config", admin.file().toString(), "report");
        CliRun asReader = CliRun.run(admin.directory(), lowEnv, "--config", lowFile.toString(), "report");

        assertThat(asAdmin.exitCode()).as(asAdmin.out() + asAdmin.err()).isZero();
        assertThat(asReader.exitCode()).as(asReader.out() + asReader.err()).isZero();
        assertThat(asAdmin.out()).doesNotContain("GB-E17").contains(" mailboxes: ");
        List<String> mailboxLines = asReader.out()
                .lines()
                .filter(l -> l.contains(source.baseDn().toString()))
                .toList();
        assertThat(mailboxLines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("GB-E17"));
    }
}
