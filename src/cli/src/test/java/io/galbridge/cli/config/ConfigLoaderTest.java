package io.galbridge.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.cli.ExitCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.identityconnectors.common.security.SecurityUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

    static final String SOURCE_PASSWORD = "S0urce-Secret!";
    static final String TARGET_PASSWORD = "T4rget-Secret!";
    static final Map<String, String> ENV =
            Map.of("GALBRIDGE_SOURCE_PASSWORD", SOURCE_PASSWORD, "GALBRIDGE_TARGET_PASSWORD", TARGET_PASSWORD);

    /** The configuration of the issue, verbatim. */
    static final String GOOD =
            """
            source:
              forest: src.test
              url: ldaps://127.0.0.1:636
              bindDn: "CN=Administrator,CN=Users,DC=src,DC=test"
              password: {env: GALBRIDGE_SOURCE_PASSWORD}
              baseDn: "DC=src,DC=test"
              caCertificate: certs/src-ca.pem
              mailDomains: [src.test]
            target:
              forest: tgt.test
              url: ldaps://127.0.0.2:636
              bindDn: "CN=Administrator,CN=Users,DC=tgt,DC=test"
              password: {env: GALBRIDGE_TARGET_PASSWORD}
              baseDn: "DC=tgt,DC=test"
              caCertificate: certs/tgt-ca.pem
              mailDomains: [tgt.test]
              contactOu: "OU=GAL Contacts,DC=tgt,DC=test"
              mailUserOu: "OU=Migrated,DC=tgt,DC=test"
              legacyExchangeDnPrefix: "/o=TGT/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            state: ./galbridge-state
            """;

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void certificates() throws Exception {
        Files.createDirectories(dir.resolve("certs"));
        Files.writeString(dir.resolve("certs/src-ca.pem"), "-----BEGIN CERTIFICATE-----\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("certs/tgt-ca.pem"), "-----BEGIN CERTIFICATE-----\n", StandardCharsets.UTF_8);
        file = dir.resolve("galbridge.yaml");
    }

    private GalbridgeConfig load(String yaml, Map<String, String> env) throws Exception {
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return ConfigLoader.load(file, env);
    }

    @Test
    void readsTheIssuesConfigurationResolvingPathsAgainstTheFilesDirectory() throws Exception {
        GalbridgeConfig config = load(GOOD, ENV);

        assertThat(config.sources()).hasSize(1);
        ForestConnection src = config.sources().get(0);
        assertThat(src.forest()).isEqualTo("src.test");
        assertThat(src.url()).hasToString("ldaps://127.0.0.1:636");
        assertThat(src.startTls()).isFalse();
        assertThat(src.caCertificate()).isEqualTo(dir.resolve("certs/src-ca.pem"));
        assertThat(src.mailDomains()).containsExactly("src.test");
        assertThat(SecurityUtil.decrypt(src.password().guarded())).isEqualTo(SOURCE_PASSWORD);
        assertThat(src.contactOu()).isNull();
        ForestConnection tgt = config.target();
        assertThat(tgt.contactOu()).isEqualTo("OU=GAL Contacts,DC=tgt,DC=test");
        assertThat(tgt.mailUserOu()).isEqualTo("OU=Migrated,DC=tgt,DC=test");
        assertThat(tgt.legacyExchangeDnPrefix()).startsWith("/o=TGT/");
        assertThat(SecurityUtil.decrypt(tgt.password().guarded())).isEqualTo(TARGET_PASSWORD);
        assertThat(config.stateDirectory()).isEqualTo(dir.resolve("galbridge-state"));
        assertThat(config.rulesFile()).isNull();
        assertThat(config.toString()).doesNotContain(SOURCE_PASSWORD).doesNotContain(TARGET_PASSWORD);
    }

    @Test
    void readsNSourceForestsFromASourcesList() throws Exception {
        String yaml = GOOD.replace("source:\n", "sources:\n  -\n")
                .replace(
                        "target:",
                        """
                          - forest: fab.test
                            url: ldap://127.0.0.3:389
                            startTls: true
                            bindDn: "CN=galbridge,CN=Users,DC=fab,DC=test"
                            password: {file: secrets/fab.txt}
                            baseDn: "DC=fab,DC=test"
                            mailDomains: [fab.test, Fabrikam.example]
                        target:""");
        yaml = yaml.replaceAll(
                "(?m)^  (forest: src|url: ldaps://127.0.0.1|bindDn: \"CN=Administrator,CN=Users,DC=src|"
                        + "password: \\{env: GALBRIDGE_SOURCE|baseDn: \"DC=src|caCertificate: certs/src|mailDomains: \\[src)",
                "    $1");
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/fab.txt"), "F@b-Secret\n", StandardCharsets.UTF_8);

        GalbridgeConfig config = load(yaml, ENV);

        assertThat(config.sources()).extracting(ForestConnection::forest).containsExactly("src.test", "fab.test");
        ForestConnection fab = config.sources().get(1);
        assertThat(fab.startTls()).isTrue();
        assertThat(fab.caCertificate()).isNull();
        assertThat(fab.mailDomains()).containsExactly("fab.test", "fabrikam.example");
        assertThat(SecurityUtil.decrypt(fab.password().guarded())).isEqualTo("F@b-Secret");
        assertThat(fab.password()).hasToString("password from file " + dir.resolve("secrets/fab.txt"));
    }

    static Stream<Arguments> badSourceKeys() {
        return Stream.of(
                Arguments.of(
                        "unknown key with line and column",
                        "  bindDN: x\n",
                        "line 9, column 3, source.bindDN: unknown key 'bindDN'"),
                Arguments.of(
                        "target-only key in a source",
                        "  contactOu: \"OU=C,DC=src,DC=test\"\n",
                        "source.contactOu: unknown key 'contactOu' (only the target forest has it)"),
                Arguments.of(
                        "inline password refused",
                        "  password: Passw0rd\n",
                        "source.password: an inline password is refused"),
                Arguments.of(
                        "plain ldap refused",
                        "  url: ldap://127.0.0.1:389\n",
                        "ldap:// would send the password unencrypted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSourceKeys")
    void refusesABadSourceKeyNamingItsPlace(String name, String line, String message) {
        String yaml = GOOD.replace("  mailDomains: [src.test]\n", "  mailDomains: [src.test]\n" + line)
                .replaceFirst("  password: \\{env: GALBRIDGE_SOURCE_PASSWORD}\n(?=(.|\\n)*  password: Passw0rd)", "")
                .replaceFirst("  url: ldaps://127.0.0.1:636\n(?=(.|\\n)*  url: ldap://)", "");

        assertThatThrownBy(() -> load(yaml, ENV))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(message)
                .hasMessageNotContaining("Passw0rd");
    }

    @Test
    void aMissingEnvironmentVariableIsNamedWithoutAnyValue() {
        assertThatThrownBy(() -> load(GOOD, Map.of("GALBRIDGE_SOURCE_PASSWORD", SOURCE_PASSWORD)))
                .hasMessageContaining("line 13, column 13, target.password: environment variable"
                        + " GALBRIDGE_TARGET_PASSWORD is not set")
                .hasMessageNotContaining(SOURCE_PASSWORD);
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        String yaml = GOOD.replace("{env: GALBRIDGE_TARGET_PASSWORD}", "{file: secrets/none.txt}");

        assertThatThrownBy(() -> load(yaml, ENV))
                .hasMessageContaining("cannot read password file " + dir.resolve("secrets/none.txt"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String yaml = GOOD.replace("ldaps://127.0.0.2:636", "http://127.0.0.2")
                .replace("certs/src-ca.pem", "certs/missing.pem")
                .replace("\"OU=Migrated,DC=tgt,DC=test\"", "\"OU=Migrated,OU=GAL Contacts,DC=tgt,DC=test\"")
                .replace("  forest: tgt.test\n", "")
                .replace("state:", "colour: blue\nstate:");

        assertThatThrownBy(() -> load(yaml, Map.of()))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.problems()).hasSize(7))
                .hasMessageContaining("(7 problems)")
                .hasMessageContaining("GALBRIDGE_SOURCE_PASSWORD is not set")
                .hasMessageContaining("GALBRIDGE_TARGET_PASSWORD is not set")
                .hasMessageContaining("certs/missing.pem does not exist")
                .hasMessageContaining("'http://127.0.0.2' is not an LDAP URL")
                .hasMessageContaining("target.forest: required key 'forest' is missing")
                .hasMessageContaining("lies inside contactOu")
                .hasMessageContaining("colour: unknown key 'colour'");
    }

    static Stream<Arguments> badTopLevels() {
        return Stream.of(
                Arguments.of(
                        "both source and sources",
                        "sources: []\n",
                        "give either source: (one forest) or sources: (a list)"),
                Arguments.of("rules file missing", "rules: rules.yaml\n", "rules file RULES does not exist"),
                Arguments.of("not YAML", "target: [\n", "not valid YAML"),
                Arguments.of("duplicate key", "state: again\n", "line 21, column 1, state: duplicate key 'state'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTopLevels")
    void refusesBadTopLevels(String name, String extra, String message) {
        String expected = message.replace("RULES", dir.resolve("rules.yaml").toString());

        assertThatThrownBy(() -> load(GOOD + extra, ENV)).hasMessageContaining(expected);
    }

    @Test
    void aMissingFileSaysSoAndHowToNameAnother() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("none.yaml"), ENV))
                .hasMessageContaining("none.yaml")
                .hasMessageContaining("--config FILE");
    }
}
