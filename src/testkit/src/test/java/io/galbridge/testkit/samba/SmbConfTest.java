package io.galbridge.testkit.samba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smb.conf rewrite: everything inside the DC's directory, only LDAP, and TLS from the test CA. */
class SmbConfTest {

    /** What {@code samba-tool domain provision --targetdir=/t/dc} writes (abridged). */
    private static final String PROVISIONED =
            """
            # Global parameters
            [global]
            \tbind interfaces only = Yes
            \tinterfaces = lo
            \tlog file = /var/log/samba/log.%m
            \tprivate dir = /t/dc/private
            \tserver services = s3fs, rpc, nbt, wrepl, ldap, cldap, kdc, drepl, winbindd, ntp_signd, kcc, dnsupdate
            \tworkgroup = SRC

            [sysvol]
            \tpath = /t/dc/state/sysvol
            \tread only = No
            """;

    @TempDir
    Path dir;

    @Test
    void provisionedConfigurationKeepsEveryRuntimePathInsideTheDirectoryAndRunsOnlyLdap() throws IOException {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/smb.conf"), PROVISIONED, StandardCharsets.UTF_8);

        SmbConf.keepInside(dir);

        List<String> lines = Files.readAllLines(dir.resolve("etc/smb.conf"), StandardCharsets.UTF_8);
        assertThat(lines)
                .contains(
                        "\tserver services = ldap",
                        "\tldap server require strong auth = no",
                        "\tpid directory = " + dir + "/run",
                        "\tlog file = " + dir + "/log/log.%m",
                        "\tbind interfaces only = Yes",
                        "\tinterfaces = lo")
                .doesNotContain(
                        "\tlog file = /var/log/samba/log.%m",
                        "\tserver services = s3fs, rpc, nbt, wrepl, ldap, cldap, kdc, drepl, winbindd, ntp_signd, kcc,"
                                + " dnsupdate");
        assertThat(lines.indexOf("\tserver services = ldap")).isLessThan(lines.indexOf("[sysvol]"));
        assertThat(dir.resolve("run")).isDirectory();
        assertThat(dir.resolve("log")).isDirectory();
    }

    @Test
    void tlsSettingsReplaceEarlierOnes() throws IOException {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(
                dir.resolve("etc/smb.conf"),
                "[global]\n\ttls enabled = no\n\ttls keyfile = tls/key.pem\n",
                StandardCharsets.UTF_8);

        SmbConf.useTls(dir, Path.of("/k.pem"), Path.of("/c.pem"), Path.of("/ca.pem"));

        assertThat(Files.readAllLines(dir.resolve("etc/smb.conf"), StandardCharsets.UTF_8))
                .containsExactly(
                        "[global]",
                        "\ttls enabled = yes",
                        "\ttls keyfile = /k.pem",
                        "\ttls certfile = /c.pem",
                        "\ttls cafile = /ca.pem");
    }

    @Test
    void configurationWithoutGlobalSectionIsRefusedByName() throws IOException {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/smb.conf"), "[homes]\n\tbrowseable = No\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SmbConf.keepInside(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("smb.conf has no [global] section");
    }
}
