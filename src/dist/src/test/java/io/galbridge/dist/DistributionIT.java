package io.galbridge.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distribution as a user gets it: {@code galbridge-VERSION.zip} (system property {@code galbridge.dist.zip})
 * unpacked into a fresh directory, and its {@code bin/galbridge} run as a separate process with the Java that
 * runs this test. {@code check} and {@code sync} go to two embedded forests over LDAPS, with a configuration
 * whose passwords are {@code {env: ...}} references set only in the child's environment.
 */
@WithForests(ForestKind.EMBEDDED)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    private static final String VERSION = System.getProperty("galbridge.version", "");
    private static final int RECIPIENTS = 12;

    @TempDir
    static Path workspace;

    private static Unpacked dist;
    private static Path config;
    private static String contactOu;

    @BeforeAll
    static void unpackAndConfigure(@ForestRole("source") TestForest source, @ForestRole("target") TestForest target)
            throws Exception {
        Path zip = Path.of(System.getProperty("galbridge.dist.zip", "target/galbridge-" + VERSION + ".zip"));
        dist = Unpacked.from(zip, workspace.resolve("install"));
        try (LDAPConnection c = source.connect()) {
            RecipientFixtures.forForest(source.spec())
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
        try (LDAPConnection t = target.connect()) {
            t.add(new Entry(contactOu, new Attribute("objectClass", "top", "organizationalUnit")));
            t.add(new Entry(mailUserOu, new Attribute("objectClass", "top", "organizationalUnit")));
        }
        Path run = Files.createDirectories(workspace.resolve("run"));
        config = run.resolve("galbridge.yaml");
        Files.writeString(
                config,
                "source:\n" + forest(source, "GB_IT_SOURCE_PASSWORD")
                        + "target:\n" + forest(target, "GB_IT_TARGET_PASSWORD")
                        + "  useGlobalCatalog: false\n"
                        + "  contactOu: \"" + contactOu + "\"\n"
                        + "  mailUserOu: \"" + mailUserOu + "\"\n"
                        + "  legacyExchangeDnPrefix: \"/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                        + "/cn=Recipients\"\n"
                        + "state: state\nrules: rules.yaml\n",
                StandardCharsets.UTF_8);
        // the embedded forests have no adminDescription; the demo marks ownership in description too
        Files.writeString(
                run.resolve("rules.yaml"),
                "version: 1\nownership:\n  attribute: description\n",
                StandardCharsets.UTF_8);
    }

    private static String forest(TestForest forest, String passwordVariable) {
        return "  forest: " + forest.spec().dnsName() + "\n"
                + "  url: " + forest.ldapsUrl() + "\n"
                + "  bindDn: \"" + forest.bindDn() + "\"\n"
                + "  password: {env: " + passwordVariable + "}\n"
                + "  baseDn: \"" + forest.baseDn() + "\"\n"
                + "  caCertificate: \"" + forest.caCertificatePem() + "\"\n"
                + "  mailDomains: [" + forest.spec().dnsName() + "]\n";
    }

    private static Map<String, String> passwords(TestForest source, TestForest target) {
        return Map.of("GB_IT_SOURCE_PASSWORD", source.password(), "GB_IT_TARGET_PASSWORD", target.password());
    }

    @Test
    @Order(1)
    void theZipHoldsTheCommandBothBundlesSampleConfigurationAndDocs() throws IOException {
        assertThat(dist.home().getFileName()).hasToString("galbridge-" + VERSION);
        assertThat(dist.permissionsInZip("bin/galbridge"))
                .as("the zip itself marks the command executable")
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        for (String file : List.of(
                "bundles/galbridge-connector-source-ad.jar",
                "bundles/galbridge-connector-target-ad.jar",
                "lib/galbridge-cli-" + VERSION + ".jar",
                "conf/jvm.options",
                "conf/galbridge.yaml.sample",
                "conf/rules.yaml.sample",
                "docs/midpoint.md",
                "docs/syncope.md",
                "docs/contract-suite.md",
                "README.md",
                "NOTICE")) {
            assertThat(dist.home().resolve(file)).as(file).isRegularFile();
        }
        try (var libs = Files.list(dist.home().resolve("lib"))) {
            assertThat(libs.map(p -> p.getFileName().toString()))
                    .as("the bundles load through ConnId from bundles/, never from the class path")
                    .noneMatch(n -> n.startsWith("galbridge-connector-"));
        }
    }

    @Test
    @Order(2)
    void versionAndHelp() throws Exception {
        Run version = dist.run(workspace, Map.of(), "--version");
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).contains("galbridge " + VERSION);

        Run help = dist.run(workspace, Map.of(), "--help");
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("check", "sync", "prestage", "flip", "report", "demo");
    }

    /**
     * bin/galbridge passes conf/jvm.options to the JVM and GALBRIDGE_JAVA_OPTS after it, so that the variable
     * overrides the file: the JVM's own report of its final flags shows where each value came from.
     */
    @ParameterizedTest(name = "GALBRIDGE_JAVA_OPTS=\"{0}\" -> TieredStopAtLevel {1}")
    @CsvSource({
        "'-XX:+PrintFlagsFinal', 1",
        "'-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal', 4",
    })
    @Order(2)
    void theJvmOptionsFileAppliesAndGalbridgeJavaOptsOverridesIt(String javaOpts, int expectedLevel) throws Exception {
        assertThat(Files.readString(dist.home().resolve("conf/jvm.options"), StandardCharsets.UTF_8))
                .contains("-XX:TieredStopAtLevel=1");
        Run version = dist.run(workspace, Map.of("GALBRIDGE_JAVA_OPTS", javaOpts), "--version");
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out())
                .containsPattern("TieredStopAtLevel\\s+= " + expectedLevel + "\\s+\\{product\\} \\{command line\\}")
                .contains("galbridge " + VERSION);
    }

    @Test
    @Order(3)
    void checkConnectsToBothForestsWithPasswordsFromTheEnvironment(
            @ForestRole("source") TestForest source, @ForestRole("target") TestForest target) throws Exception {
        Run missing = dist.run(config.getParent(), Map.of(), "--config", config.toString(), "check");
        assertThat(missing.exitCode()).as(missing.toString()).isNotZero();
        assertThat(missing.out() + missing.err()).contains("GB_IT_SOURCE_PASSWORD");

        Run check = dist.run(config.getParent(), passwords(source, target), "--config", config.toString(), "check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out())
                .contains("connected and bound as " + source.bindDn())
                .contains("connected and bound as " + target.bindDn());
        assertThat(check.out() + check.err()).doesNotContain(source.password()).doesNotContain(target.password());
        assertThat(Files.readString(config, StandardCharsets.UTF_8)).doesNotContain(source.password());
    }

    @Test
    @Order(4)
    void syncCreatesGalContactsInTheTargetAndKeepsItsToken(
            @ForestRole("source") TestForest source, @ForestRole("target") TestForest target) throws Exception {
        Run sync = dist.run(
                config.getParent(),
                passwords(source, target),
                "--config",
                config.toString(),
                "sync",
                "--output",
                "json");
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        List<SearchResultEntry> contacts = contacts(target);
        assertThat(contacts).isNotEmpty();
        assertThat(sync.out())
                .as("the run's summary counts what is in the directory")
                .containsPattern("\"created\":" + contacts.size() + "[,}]")
                .contains("\"errors\":0");
        // reruns, dry runs and the N-forest case are the cli module's WiredCommandsTest; here the zip must sync
        assertThat(contacts)
                .extracting(e -> e.getAttributeValue("description"))
                .allMatch(mark -> mark.startsWith("galbridge:src.test:"));
        assertThat(config.getParent().resolve("state/tokens/src.test.token")).isRegularFile();
    }

    private static List<SearchResultEntry> contacts(TestForest target) throws Exception {
        try (LDAPConnection t = target.connect()) {
            return t.search(
                            contactOu,
                            SearchScope.ONE,
                            Filter.createEqualityFilter("objectClass", "contact"),
                            "description")
                    .getSearchEntries();
        }
    }

    /** Names the run and what it printed, for assertion messages. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
