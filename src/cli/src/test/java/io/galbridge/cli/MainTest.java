package io.galbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir, Map.of(), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sync", "prestage", "flip", "check", "report", "demo"})
    void everyCommandHasHelpAndExitsZero(String command) {
        CliRun r = command.isEmpty() ? run("--help") : run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: galbridge").contains("--help");
        if (command.isEmpty()) {
            assertThat(r.out())
                    .contains("sync", "prestage", "flip", "check", "report", "demo")
                    .contains("--config=FILE")
                    .contains("3   a forest unreachable");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "sync, --watch",
        "sync, --verbose",
        "demo, --verbose",
        "sync, --dry-run",
        "sync, --output=FORMAT",
        "sync, --max-runs=N",
        "prestage, --mailbox-delivery-domain=DOMAIN",
        "prestage, --linked-mail-user",
        "prestage, --identities=FILE",
        "flip, --target-delivery-domain=DOMAIN",
        "report, --html=FILE",
        "report, --csv=FILE"
    })
    void helpListsTheOptions(String command, String option) {
        assertThat(run(command, "--help").out()).contains(option);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sync|0",
                "-v sync|1",
                "--verbose sync|1",
                "-vv sync|2",
                "--verbose -v sync|2",
                "sync --verbose|1",
                "demo -vv|2"
            })
    void verboseCanBeRepeatedAndGivenBeforeOrAfterTheCommand(String args, int verbosity) {
        CliContext context = new CliContext(System.out, System.err, Map.of(), dir, false, java.time.Clock.systemUTC());
        picocli.CommandLine cli = Main.commandLine(context);

        cli.parseArgs(args.split(" "));

        assertThat(((io.galbridge.cli.command.GalbridgeCommand) cli.getCommand()).verbosity())
                .isEqualTo(verbosity);
    }

    @Test
    void helpNamesTheVerboseOption() {
        assertThat(run("--help").out()).contains("-v, --verbose").contains("-vv");
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliRun r = run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("galbridge 0.").doesNotContain("${project.version}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "frobnicate|Unmatched argument",
                "sync --once --watch|mutually exclusive",
                "sync --watch=5s|shorter than 10 seconds",
                "sync --watch=soon|not a duration",
                "sync --output=xml|--output",
                "sync --max-runs 2|--max-runs needs --watch",
                "sync --watch=10s --max-runs 0|--max-runs must be at least 1",
                "prestage --overwrite-local-object --identity ada@src.test|overwriteLocalObject requires useLocalObject",
                "prestage|--identity X",
                "prestage --identity CN=x,,DC=src|looks like a DN but is not one",
                "prestage --identities missing.txt|cannot read",
                "--config missing.yaml check|missing.yaml",
                "--config missing.yaml|missing.yaml"
            })
    void usageErrorsExitTwoWithAReason(String args, String reason) {
        CliRun r = run(args.split(" "));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(reason);
    }

    @Test
    void demoRunsEveryStepEndToEndAndExitsZero() {
        CliRun r = run("demo");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out())
                .contains("== galbridge check")
                .contains("== galbridge sync  — sync: first GAL sync")
                .contains("replica of")
                .contains("== galbridge prestage")
                .contains("convert ")
                .contains("MULTIPLE_TARGET_MATCHES")
                .contains("== simulated move")
                .contains("== galbridge flip")
                .contains("targetAddress: + SMTP:")
                .contains("sync: incremental")
                .contains("forests stopped; demo done");
    }
}
