package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProviders;
import io.galbridge.testkit.ForestSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider's contract apart from a running server: discovery, unavailability, failing loudly and cleanly. */
class OpenLdapForestProviderTest {

    @TempDir
    Path dir;

    @Test
    void isRegisteredForOpenLdap() {
        assertThat(ForestProviders.forKind(ForestKind.OPENLDAP)).isInstanceOf(OpenLdapForestProvider.class);
    }

    @Test
    void withoutTheProgramsItNamesEachMissingOneAndTheInstallCommand() {
        OpenLdapForestProvider provider = new OpenLdapForestProvider(Map.of(), List.of(dir), dir);
        assertThat(provider.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("slapd, slapadd, slaptest not found")
                .contains("apt-get install -y slapd ldap-utils"));
        assertThatThrownBy(() -> provider.start(List.of(ForestSpec.SOURCE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slapadd");
    }

    @Test
    void aPreloadForAnUnknownRoleIsRefused() throws Exception {
        Path ldif = Files.writeString(dir.resolve("x.ldif"), "", StandardCharsets.UTF_8);
        OpenLdapForestProvider provider = new OpenLdapForestProvider().withPreload("sourc", ldif);
        assertThatThrownBy(() -> provider.start(List.of(ForestSpec.SOURCE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sourc'");
    }

    @Test
    void aBrokenPreloadFailsWithSlapaddsOwnWordsAndLeavesNothingBehind() throws Exception {
        OpenLdapForestProvider provider = new OpenLdapForestProvider().withBuildDirectory(dir);
        SlapdAvailable.require(provider);
        Path ldif = Files.writeString(
                dir.resolve("broken.ldif"),
                "dn: CN=nobody,OU=Missing,DC=src,DC=test\nobjectClass: person\ncn: nobody\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> provider.withPreload("source", ldif).start(List.of(ForestSpec.SOURCE)))
                .hasMessageContaining("slapadd of " + ldif)
                .hasMessageContaining("exit code");
        try (var left = Files.list(dir.resolve("openldap"))) {
            assertThat(left).isEmpty();
        }
    }
}
