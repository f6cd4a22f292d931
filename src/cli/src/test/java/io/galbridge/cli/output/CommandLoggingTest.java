package io.galbridge.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.cli.CliRun;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real {@code sync} runs against two fresh embedded forests print on their standard error through
 * {@link CommandLogging}. The first sync opens connector pools on fresh ports, which ConnId reports as INFO;
 * every later sync is incremental, and the source connector warns that the embedded server cannot show
 * deletions. In order, on one estate.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLoggingTest {

    /** The JDK's default two-line format: "Nov 22, 2026 10:50:13 AM class method", then "INFO: ...". */
    private static final Pattern JDK_FORMAT = Pattern.compile(
            "^((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d|(SEVERE|WARNING|INFO|CONFIG|FINE):)");

    private static final String SHOW_DELETED = "Live sync of src.test: deletions are not visible: the server does"
            + " not support the show-deleted control (look for deleted objects in CN=Deleted Objects,DC=src,DC=test";

    private static RunningForests forests;
    private static DemoConfiguration config;

    @BeforeAll
    static void start() throws Exception {
        forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET));
        TestForest target = forests.target();
        String contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
        try (LDAPConnection s = forests.source().connect()) {
            RecipientFixtures.forForest(forests.source().spec())
                    .withRecipients(12)
                    .addTo(s);
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

    private static CliRun galbridge(String args) {
        return CliRun.run(
                config.directory(), config.environment(), ("--config " + config.file() + " " + args).split(" "));
    }

    private static List<String> logged(CliRun run) {
        return run.err().lines().filter(l -> l.startsWith("galbridge: ")).toList();
    }

    @Test
    @Order(1)
    void verboseShowsConnIdInformationAsSingleLinesOnStandardError() {
        CliRun run = galbridge("sync --verbose");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err().lines()).noneMatch(l -> JDK_FORMAT.matcher(l).find());
        assertThat(logged(run))
                .as(run.err())
                .anyMatch(l -> l.startsWith("galbridge: info [ConnectorPoolManager]: Creating new pool:"));
        assertThat(run.out()).doesNotContain("galbridge: info");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync", "sync --output json", "sync --dry-run"})
    @Order(2)
    void byDefaultTheConnectorWarningIsExactlyOneLineOnStandardErrorAndNothingElseIsLogged(String args) {
        CliRun run = galbridge(args);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err().lines()).noneMatch(l -> JDK_FORMAT.matcher(l).find());
        assertThat(logged(run)).as(run.err()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("galbridge: warning: " + SHOW_DELETED)
                .contains("is not supported by the in-memory request processor"));
        assertThat(run.out()).doesNotContain("galbridge: warning").doesNotContain("deletions are not visible");
        if (args.contains("json")) {
            assertThat(run.out().lines()).as(run.out()).isNotEmpty().allMatch(l -> l.startsWith("{\""));
        }
    }

    @Test
    @Order(3)
    void verboseNamesTheOriginOfTheWarning() {
        CliRun run = galbridge("-vv sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(logged(run).stream().filter(l -> l.startsWith("galbridge: warning")))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("galbridge: warning [RecipientSync]: " + SHOW_DELETED));
    }

    @Test
    @Order(4)
    void eachRunRestoresTheProcessLoggingItFound() {
        Logger root = Logger.getLogger("");
        List<Handler> before = List.of(root.getHandlers());
        Level level = root.getLevel();

        CliRun run = galbridge("--verbose sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(root.getHandlers()).containsExactlyElementsOf(before);
        assertThat(root.getLevel()).isEqualTo(level);
        assertThat(Logger.getLogger("io.galbridge").getLevel()).isNull();
        assertThat(Logger.getLogger("org.identityconnectors").getLevel()).isNull();
    }
}
