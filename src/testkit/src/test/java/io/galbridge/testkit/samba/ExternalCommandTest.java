package io.galbridge.testkit.samba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Running the external tools: failures quote the output, never the administrator password. */
class ExternalCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "samba-tool domain provision --adminpass=Gb1!secret --realm=SRC.TEST"
                        + "|'samba-tool domain provision --adminpass=**** --realm=SRC.TEST'",
                "samba-tool domain provision --adminpass Gb1!secret --realm=SRC.TEST"
                        + "|'samba-tool domain provision --adminpass **** --realm=SRC.TEST'",
                "ip netns add galbridge-samba-1-ab|'ip netns add galbridge-samba-1-ab'"
            })
    void descriptionMasksTheAdministratorPassword(String commandLine, String expected) {
        ExternalCommand command =
                new ExternalCommand(List.of(commandLine.split(" ")), dir.resolve("log"), Duration.ofSeconds(5));
        assertThat(command.describe()).isEqualTo(expected).doesNotContain("secret");
    }

    @Test
    void failureNamesTheCommandItsStatusAndTheEndOfItsOutput() {
        ExternalCommand command = new ExternalCommand(
                List.of("sh", "-c", "echo first; echo 'ERROR: realm exists' >&2; exit 3"),
                dir.resolve("log/out.log"),
                Duration.ofSeconds(30));
        assertThatThrownBy(command::run)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exit status 3")
                .hasMessageContaining("first")
                .hasMessageContaining("ERROR: realm exists");
    }

    @Test
    void commandThatRunsTooLongIsKilledAndReported() {
        ExternalCommand command =
                new ExternalCommand(List.of("sleep", "30"), dir.resolve("slow.log"), Duration.ofMillis(300));
        assertThatThrownBy(command::run).isInstanceOf(IOException.class).hasMessageContaining("did not finish within");
    }

    @Test
    void successfulCommandLeavesItsOutputInTheLog() throws Exception {
        Path log = dir.resolve("ok.log");
        new ExternalCommand(List.of("sh", "-c", "echo provisioned"), log, Duration.ofSeconds(30)).run();
        assertThat(ExternalCommand.tail(log, 5)).isEqualTo("provisioned");
    }
}
