package io.galbridge.testkit.samba;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Linux network namespace with only its loopback interface up, so that a DC can listen on the fixed AD
 * ports (389, 636, 3268) without colliding with another DC or with anything on the host. Nothing outside it
 * is touched; a {@link LoopbackBridge} exposes chosen ports on the host's 127.0.0.1.
 *
 * <p>Names are {@code galbridge-samba-<jvm pid>-<random>}, unique per run, so parallel builds do not
 * collide and a namespace left behind by a killed JVM can be recognised ({@link #removeOrphans}).
 *
 * @param name the namespace's name
 */
record NetworkNamespace(String name) {

    private static final String PREFIX = "galbridge-samba-";
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-[0-9a-f]+");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Creates a fresh namespace and brings its loopback interface up.
     *
     * @param log file receiving the output of {@code ip}
     */
    static NetworkNamespace create(HostTools tools, Path log) throws IOException, InterruptedException {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        NetworkNamespace namespace = new NetworkNamespace(
                PREFIX + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random));
        ip(tools, log, "netns", "add", namespace.name);
        try {
            ip(tools, log, "netns", "exec", namespace.name, tools.ip().toString(), "link", "set", "lo", "up");
        } catch (IOException e) {
            namespace.delete(tools, log);
            throw e;
        }
        return namespace;
    }

    /** The command prefix that runs a program inside this namespace. */
    List<String> exec(HostTools tools) {
        return List.of(tools.ip().toString(), "netns", "exec", name);
    }

    /** Deletes the namespace; the processes in it must have ended. */
    void delete(HostTools tools, Path log) throws IOException, InterruptedException {
        ip(tools, log, "netns", "delete", name);
    }

    /**
     * Removes galbridge namespaces whose JVM no longer runs (a test run killed with SIGKILL skips its shutdown
     * hook): kills the processes still inside them, then deletes them. Namespaces of running JVMs, and every
     * namespace not named by this class, are left alone.
     */
    static void removeOrphans(HostTools tools, Path log) throws IOException, InterruptedException {
        Path listing = log.resolveSibling("netns-list.txt");
        Files.deleteIfExists(listing);
        new ExternalCommand(List.of(tools.ip().toString(), "netns", "list"), listing, TIMEOUT).run();
        for (String line : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
            String name = line.strip().split("\\s+")[0];
            Matcher matcher = OWNED.matcher(name);
            if (!matcher.matches() || ownerRuns(matcher.group(1))) {
                continue;
            }
            Path pids = log.resolveSibling("netns-pids.txt");
            Files.deleteIfExists(pids);
            new ExternalCommand(List.of(tools.ip().toString(), "netns", "pids", name), pids, TIMEOUT).run();
            List<String> kill = new ArrayList<>(List.of(tools.kill().toString(), "-s", "KILL", "--"));
            for (String pid : Files.readAllLines(pids, StandardCharsets.US_ASCII)) {
                if (pid.strip().matches("\\d+")) {
                    kill.add(pid.strip());
                }
            }
            if (kill.size() > 4) {
                new ExternalCommand(kill, log, TIMEOUT).run();
            }
            new NetworkNamespace(name).delete(tools, log);
        }
    }

    private static boolean ownerRuns(String pid) {
        Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(pid));
        return owner.isPresent() && owner.get().isAlive();
    }

    private static void ip(HostTools tools, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(tools.ip().toString());
        command.addAll(List.of(arguments));
        new ExternalCommand(command, log, TIMEOUT).run();
    }
}
