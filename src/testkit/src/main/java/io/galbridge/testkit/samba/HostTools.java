package io.galbridge.testkit.samba;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programs a Samba forest needs, found on this machine: the DC itself, the provisioning and schema
 * tools, the loopback bridge, network namespaces and process-group control.
 *
 * @param samba the {@code samba} daemon
 * @param sambaTool {@code samba-tool}
 * @param ldbmodify {@code ldbmodify} (package ldb-tools)
 * @param socat {@code socat}
 * @param ip {@code ip} (package iproute2)
 * @param setsid {@code setsid} (package util-linux)
 * @param kill {@code kill}, which can signal a process group
 * @param cp {@code cp}, which copies a template with its extended attributes ({@code cp -a})
 */
record HostTools(Path samba, Path sambaTool, Path ldbmodify, Path socat, Path ip, Path setsid, Path kill, Path cp) {

    /** The line that installs everything this provider needs on Debian. */
    static final String INSTALL =
            "apt-get install -y samba samba-ad-dc winbind ldb-tools socat iproute2 util-linux procps";

    /** Where the programs are looked for besides {@code PATH}: daemons live in sbin, often not on a user's PATH. */
    private static final List<String> EXTRA_DIRECTORIES = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    /**
     * Finds every program.
     *
     * @return the tools, or empty when one is missing ({@link #unavailableReason()} says which)
     */
    static Optional<HostTools> find() {
        try {
            return Optional.of(new HostTools(
                    require("samba"),
                    require("samba-tool"),
                    require("ldbmodify"),
                    require("socat"),
                    require("ip"),
                    require("setsid"),
                    require("kill"),
                    require("cp")));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * Why Samba forests cannot run here: missing programs or missing root (network namespaces need it).
     *
     * @return empty when they can run
     */
    static Optional<String> unavailableReason() {
        List<String> missing = new ArrayList<>();
        for (String program : List.of("samba", "samba-tool", "ldbmodify", "socat", "ip", "setsid", "kill", "cp")) {
            if (locate(program).isEmpty()) {
                missing.add(program);
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of(String.join(", ", missing) + " not found: " + INSTALL);
        }
        return rootReason();
    }

    private static Optional<String> rootReason() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("Uid:")) {
                    String[] ids = line.substring(4).trim().split("\\s+");
                    // the effective uid is the second field
                    if (ids.length > 1 && ids[1].equals("0")) {
                        return Optional.empty();
                    }
                    return Optional.of("Samba forests run each DC in its own network namespace (ip netns add),"
                            + " which needs root; this JVM runs as uid " + (ids.length > 1 ? ids[1] : "?")
                            + " (as root: " + INSTALL + ")");
                }
            }
            return Optional.of("cannot tell whether this JVM runs as root: no Uid line in " + status);
        } catch (IOException e) {
            return Optional.of("cannot tell whether this JVM runs as root: " + status + " unreadable (" + e.getMessage()
                    + "); Samba forests need Linux network namespaces and root");
        }
    }

    private static Path require(String program) {
        return locate(program).orElseThrow(() -> new IllegalStateException(program + " not found"));
    }

    private static Optional<Path> locate(String program) {
        Set<String> directories = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(":")) {
                if (!directory.isEmpty()) {
                    directories.add(directory);
                }
            }
        }
        directories.addAll(EXTRA_DIRECTORIES);
        for (String directory : directories) {
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
