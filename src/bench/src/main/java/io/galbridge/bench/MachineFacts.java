package io.galbridge.bench;

import io.galbridge.testkit.ForestKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine facts printed with every figure: cores, load average, JVM, the command's JVM options and the server
 * version. Stateless.
 */
final class MachineFacts {

    private MachineFacts() {}

    /** One line of facts; the load average is read now. */
    static String describe(ForestKind server) {
        return Runtime.getRuntime().availableProcessors() + " cores, load " + loadAverage() + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), command JVM "
                + commandOptions() + ", " + serverVersion(server);
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .trim()
                    .split("\\s+");
            return String.join(" ", List.of(fields).subList(0, Math.min(3, fields.length)));
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String commandOptions() {
        try {
            return String.join(
                    " ",
                    CommandJvm.current().options().stream()
                            .filter(o -> !o.startsWith("-Dgalbridge.bundles="))
                            .toList());
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String serverVersion(ForestKind server) {
        return switch (server) {
            case SAMBA -> firstLine(List.of("samba", "-V"));
            case OPENLDAP -> firstLine(List.of("/usr/sbin/slapd", "-VV"));
            case EMBEDDED ->
                "UnboundID InMemoryDirectoryServer " + com.unboundid.ldap.sdk.Version.NUMERIC_VERSION_STRING;
        };
    }

    private static String firstLine(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return text.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty())
                    .findFirst()
                    .orElse(String.join(" ", command) + ": no output");
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return String.join(" ", command) + ": interrupted";
        }
    }
}
