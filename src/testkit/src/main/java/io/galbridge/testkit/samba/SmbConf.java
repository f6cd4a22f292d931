package io.galbridge.testkit.samba;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The changes galbridge makes to the {@code etc/smb.conf} that {@code samba-tool domain provision} writes:
 * every runtime directory inside the DC's own directory (two DCs share nothing), only the LDAP service
 * (no SMB, Kerberos, NetBIOS: a test forest needs LDAP, LDAPS and the global catalog), simple binds over
 * plain LDAP, no printing, and the TLS key and certificate from the test CA.
 */
final class SmbConf {

    /** Parameters added to {@code [global]}; {@code @DIR@} stands for the DC's directory. */
    private static final List<String> GLOBAL = List.of(
            "server services = ldap",
            "ldap server require strong auth = no",
            "pid directory = @DIR@/run",
            "ncalrpc dir = @DIR@/run/ncalrpc",
            "winbindd socket directory = @DIR@/run/winbindd",
            "ntp signd socket directory = @DIR@/run/ntp_signd",
            "log file = @DIR@/log/log.%m",
            "load printers = no",
            "printing = bsd",
            "printcap name = /dev/null",
            "disable spoolss = yes");

    /** Parameters the provision wrote that {@link #GLOBAL} replaces. */
    private static final List<String> REPLACED = List.of("server services", "log file");

    private SmbConf() {}

    /** Rewrites the smb.conf of a freshly provisioned DC directory with {@link #GLOBAL}. */
    static void keepInside(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String parameter : GLOBAL) {
            lines.add(parameter.replace("@DIR@", directory.toString()));
        }
        addToGlobal(directory.resolve("etc/smb.conf"), lines, REPLACED);
        Files.createDirectories(directory.resolve("run"));
        Files.createDirectories(directory.resolve("log"));
    }

    /** Points the DC at its TLS key, certificate (with chain) and CA certificate, all PEM. */
    static void useTls(Path directory, Path keyFile, Path certificateFile, Path caFile) throws IOException {
        addToGlobal(
                directory.resolve("etc/smb.conf"),
                List.of(
                        "tls enabled = yes",
                        "tls keyfile = " + keyFile,
                        "tls certfile = " + certificateFile,
                        "tls cafile = " + caFile),
                List.of("tls enabled", "tls keyfile", "tls certfile", "tls cafile"));
    }

    /** A fingerprint of the additions, part of the template key. */
    static String fingerprint() {
        return String.join("\n", GLOBAL);
    }

    private static void addToGlobal(Path smbConf, List<String> parameters, List<String> replaced) throws IOException {
        List<String> out = new ArrayList<>();
        boolean added = false;
        for (String line : Files.readAllLines(smbConf, StandardCharsets.UTF_8)) {
            String trimmed = line.strip().toLowerCase(Locale.ROOT);
            if (replaced.stream().anyMatch(name -> trimmed.startsWith(name + " ") || trimmed.startsWith(name + "="))) {
                continue;
            }
            out.add(line);
            if (!added && trimmed.equals("[global]")) {
                parameters.forEach(parameter -> out.add("\t" + parameter));
                added = true;
            }
        }
        if (!added) {
            throw new IOException(smbConf + " has no [global] section");
        }
        Files.write(smbConf, out, StandardCharsets.UTF_8);
    }
}
