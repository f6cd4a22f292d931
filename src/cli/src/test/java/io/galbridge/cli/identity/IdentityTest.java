package io.galbridge.cli.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ada.lovelace@src.test|SMTP|ada.lovelace@src.test",
                "SMTP:Ada.Lovelace@src.test|SMTP|Ada.Lovelace@src.test",
                "CN=Ada Lovelace,OU=People,DC=src,DC=test|DN|CN=Ada Lovelace,OU=People,DC=src,DC=test",
                "CN=ada@src.test,OU=People,DC=src,DC=test|DN|CN=ada@src.test,OU=People,DC=src,DC=test",
                "adal|ALIAS|adal",
                "ada.lovelace|ALIAS|ada.lovelace",
                "3F2504E0-4F89-11D3-9A0C-0305E82C3301|GUID|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}|GUID|3f2504e0-4f89-11d3-9a0c-0305e82c3301"
            })
    void recognisesTheFourForms(String text, Identity.Kind kind, String value) {
        assertThat(Identity.parse(text)).isEqualTo(new Identity(kind, value));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Ada Lovelace|neither", "CN=Ada,,DC=src|not one", "ada@|neither"})
    void refusesTextOfNoForm(String text, String reason) {
        assertThatThrownBy(() -> Identity.parse(text))
                .hasMessageContaining(text)
                .hasMessageContaining(reason);
    }

    @Test
    void readsOneIdentityPerLineKeepingTheCommasOfDns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("movers.txt");
        Files.writeString(
                file,
                "# wave 1\nada.lovelace@src.test\n\nCN=Grace Hopper,OU=People,DC=src,DC=test\n",
                StandardCharsets.UTF_8);

        assertThat(IdentityFile.read(file))
                .containsExactly(
                        new Identity(Identity.Kind.SMTP, "ada.lovelace@src.test"),
                        new Identity(Identity.Kind.DN, "CN=Grace Hopper,OU=People,DC=src,DC=test"));
    }

    @Test
    void readsTheIdentityColumnOfACsv(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("movers.csv");
        Files.writeString(
                file,
                "DisplayName,Identity\n\"Hopper, Grace\",\"CN=Grace Hopper,OU=People,DC=src,DC=test\"\n"
                        + "Ada,ada.lovelace@src.test\n",
                StandardCharsets.UTF_8);

        assertThat(IdentityFile.read(file))
                .containsExactly(
                        new Identity(Identity.Kind.DN, "CN=Grace Hopper,OU=People,DC=src,DC=test"),
                        new Identity(Identity.Kind.SMTP, "ada.lovelace@src.test"));
    }

    @Test
    void listsEveryBadLineAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("movers.txt");
        Files.writeString(file, "Ada Lovelace\nada@src.test\nGrace Hopper\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IdentityFile.read(file))
                .hasMessageContaining("line 1: identity 'Ada Lovelace'")
                .hasMessageContaining("line 3: identity 'Grace Hopper'");
    }
}
