package io.galbridge.testkit.samba;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.tls.ServerCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Samba DC started from a template: its own copy of the template, its own network namespace, the samba
 * process group and three loopback bridges (LDAP, LDAPS, global catalog).
 *
 * <p>Started step by step; {@link #stop()} undoes whatever steps were done, so it serves both a failed start
 * and the normal end, and may be called from a shutdown hook while a start is under way.
 */
final class SambaInstance {

    /** A forgotten DC ends itself after this long (samba --maximum-runtime). */
    static final Duration MAXIMUM_RUNTIME = Duration.ofHours(2);

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final int LDAP = 389;
    private static final int LDAPS = 636;
    private static final int GLOBAL_CATALOG = 3268;

    private final HostTools tools;
    private final ForestSpec spec;
    private final Path directory;
    private volatile NetworkNamespace namespace;
    private volatile ProcessGroup samba;
    private final List<LoopbackBridge> bridges = new CopyOnWriteArrayList<>();

    /**
     * @param directory the DC's own directory, not yet existing or empty; deleted by {@link #stop()}
     */
    SambaInstance(HostTools tools, ForestSpec spec, Path directory) {
        this.tools = tools;
        this.spec = spec;
        this.directory = directory;
    }

    /**
     * Copies the template, configures TLS, starts samba in a new namespace with its bridges and waits until
     * the administrator can bind over LDAP.
     *
     * @return the running forest
     * @throws IOException when a step fails or the DC does not answer in time; the message names the forest
     *     and quotes the end of samba's log
     */
    SambaForest start(SambaTemplate template, ServerCredentials credentials, Path caFile)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        template.copyTo(tools, directory);
        Path tls = Files.createDirectories(directory.resolve("galbridge-tls"));
        credentials.writePem(tls.resolve("cert.pem"), tls.resolve("key.pem"));
        Files.copy(caFile, tls.resolve("ca.pem"));
        SmbConf.useTls(directory, tls.resolve("key.pem"), tls.resolve("cert.pem"), tls.resolve("ca.pem"));
        Path log = directory.resolve("log");
        Files.createDirectories(log);
        namespace = NetworkNamespace.create(tools, log.resolve("ip.log"));
        List<String> command = new ArrayList<>(namespace.exec(tools));
        command.addAll(List.of(
                tools.samba().toString(),
                "-s",
                directory.resolve("etc/smb.conf").toString(),
                "-F",
                "--debug-stdout",
                "-d",
                "1",
                "-M",
                "single",
                "--maximum-runtime=" + MAXIMUM_RUNTIME.toSeconds()));
        samba = ProcessGroup.start("samba for " + spec.role(), tools.setsid(), command, log.resolve("samba.out"));
        LoopbackBridge ldap = bridge(LDAP, "LDAP", log);
        LoopbackBridge ldaps = bridge(LDAPS, "LDAPS", log);
        LoopbackBridge globalCatalog = bridge(GLOBAL_CATALOG, "global catalog", log);
        SambaForest forest = new SambaForest(
                spec,
                ldap.hostPort(),
                ldaps.hostPort(),
                globalCatalog.hostPort(),
                template.adminPassword(),
                caFile,
                directory);
        awaitBind(forest);
        return forest;
    }

    private LoopbackBridge bridge(int port, String what, Path log) throws IOException, InterruptedException {
        LoopbackBridge bridge = LoopbackBridge.start(tools, namespace, port, what + " of " + spec.role(), log);
        bridges.add(bridge);
        return bridge;
    }

    private void awaitBind(SambaForest forest) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        LDAPException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!samba.isAlive()) {
                throw new IOException("samba for forest " + spec.role() + " (" + spec.dnsName()
                        + ") exited during start; end of " + samba.log() + ":\n" + samba.logTail(25));
            }
            LDAPConnectionOptions options = forest.connectionOptions();
            options.setConnectTimeoutMillis(2_000);
            options.setResponseTimeoutMillis(5_000);
            try (LDAPConnection connection = new LDAPConnection(options, forest.host(), forest.ldapPort())) {
                connection.bind(forest.bindDn(), forest.password());
                return;
            } catch (LDAPException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IOException("samba for forest " + spec.role() + " (" + spec.dnsName() + ") did not accept an LDAP"
                + " bind on 127.0.0.1:" + forest.ldapPort() + " within " + READY_TIMEOUT.toSeconds() + " s (last: "
                + (last == null ? "no attempt" : last.getResultCode() + " " + last.getMessage()) + "); end of "
                + samba.log() + ":\n" + samba.logTail(25));
    }

    /**
     * Stops the bridges and samba (whole process groups), deletes the namespace and the directory. Steps that
     * were never done are skipped; every failure is reported, none hides another.
     *
     * @return the failures, empty when everything stopped
     */
    List<Exception> stop() {
        List<Exception> failures = new ArrayList<>();
        for (LoopbackBridge bridge : bridges) {
            stopGroup(bridge.process(), failures);
        }
        bridges.clear();
        ProcessGroup dc = samba;
        if (dc != null) {
            stopGroup(dc, failures);
            samba = null;
        }
        NetworkNamespace ns = namespace;
        if (ns != null) {
            try {
                ns.delete(tools, directory.resolveSibling(directory.getFileName() + ".ip.log"));
                Files.deleteIfExists(directory.resolveSibling(directory.getFileName() + ".ip.log"));
                namespace = null;
            } catch (IOException e) {
                failures.add(
                        new IOException("cannot delete network namespace " + ns.name() + ": " + e.getMessage(), e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new IOException("interrupted while deleting network namespace " + ns.name(), e));
            }
        }
        try {
            SambaTemplate.deleteTree(directory);
        } catch (IOException e) {
            failures.add(new IOException("cannot delete the DC directory " + directory + ": " + e.getMessage(), e));
        }
        return failures;
    }

    private void stopGroup(ProcessGroup group, List<Exception> failures) {
        try {
            group.stop(tools.kill());
        } catch (IOException e) {
            failures.add(new IOException("cannot stop " + group + ": " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new IOException("interrupted while stopping " + group, e));
        }
    }
}
