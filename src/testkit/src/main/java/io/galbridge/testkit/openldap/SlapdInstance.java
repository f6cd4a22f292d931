package io.galbridge.testkit.openldap;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFWriter;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One forest's slapd: its instance directory (configuration, schema, TLS files, databases, log) and its
 * process. {@link #prepare} writes and loads everything offline; {@link #start} runs slapd in the foreground
 * as a child of this JVM; {@link #close} stops it and deletes the directory.
 */
final class SlapdInstance implements AutoCloseable {

    /** The only address slapd listens on. */
    static final String HOST = "127.0.0.1";

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final int START_ATTEMPTS = 3;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final SlapdConfiguration configuration;
    private final ForestSpec spec;
    private final String password;
    private Process process;

    private SlapdInstance(SlapdConfiguration configuration, ForestSpec spec, String password) {
        this.configuration = configuration;
        this.spec = spec;
        this.password = password;
    }

    /**
     * Creates the instance directory, writes configuration, schema and TLS files, checks the configuration
     * with {@code slaptest} and loads the AD-like tree and the preload files with {@code slapadd -q}.
     *
     * @param preloads LDIF files of entries under the forest's base DN, loaded in order after the initial tree
     * @throws IOException when a file cannot be written or a tool fails; the directory is deleted then
     */
    static SlapdInstance prepare(
            SlapdInstallation installation,
            ForestSpec spec,
            Path instanceDirectory,
            TestCertificateAuthority ca,
            String password,
            List<Path> preloads,
            SecureRandom random)
            throws IOException {
        AdDirectoryTree tree = new AdDirectoryTree(spec.baseDn(), random);
        SlapdConfiguration configuration = new SlapdConfiguration(
                installation, instanceDirectory, spec.baseDn(), tree.administrator(), tree.serviceAccount());
        SlapdInstance instance = new SlapdInstance(configuration, spec, password);
        try {
            Files.createDirectories(configuration.dataDirectory());
            Files.createDirectories(configuration.accessLogDirectory());
            List<Path> schemaFiles = SchemaFiles.write(installation, configuration.schemaDirectory());
            ca.writeCertificatePem(configuration.caCertificateFile());
            ca.issueServerCertificate("slapd." + spec.dnsName(), List.of("localhost"), List.of(HOST))
                    .writePem(configuration.certificateFile(), configuration.keyFile());
            Files.writeString(configuration.configFile(), configuration.render(schemaFiles), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(configuration.configFile(), PosixFilePermissions.fromString("rw-------"));
            Path log = configuration.logFile();
            OfflineTool.run(
                    "slaptest of the configuration of forest " + spec.role(),
                    List.of(
                            installation.slaptest().toString(),
                            "-Q",
                            "-u",
                            "-f",
                            configuration.configFile().toString()),
                    log);
            Path base = instanceDirectory.resolve("base.ldif");
            writeLdif(base, tree.entries(password));
            slapadd(installation, configuration, base, "the initial AD-like tree", log);
            for (Path preload : preloads) {
                slapadd(installation, configuration, preload, preload.toString(), log);
            }
            Files.delete(base);
            return instance;
        } catch (IOException | RuntimeException e) {
            instance.close();
            throw e;
        }
    }

    private static void slapadd(
            SlapdInstallation installation, SlapdConfiguration configuration, Path ldif, String what, Path log)
            throws IOException {
        OfflineTool.run(
                "slapadd of " + what + " into " + configuration.suffix(),
                List.of(
                        installation.slapadd().toString(),
                        "-q",
                        "-w",
                        "-f",
                        configuration.configFile().toString(),
                        "-b",
                        configuration.suffix().toString(),
                        "-l",
                        ldif.toString()),
                log);
    }

    private static void writeLdif(Path file, List<Entry> entries) throws IOException {
        try (LDIFWriter writer = new LDIFWriter(file.toFile())) {
            for (Entry entry : entries) {
                writer.writeEntry(entry);
            }
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * Starts slapd on free loopback ports and waits until the administrator can bind.
     *
     * @param readiness how long to wait for the first successful bind
     * @return the running forest
     * @throws IOException when slapd exits or does not answer in time; the message holds the tail of its output
     */
    OpenLdapForest start(Duration readiness) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int ldapPort = freePort();
            int ldapsPort = freePort();
            while (ldapsPort == ldapPort) {
                ldapsPort = freePort();
            }
            launch(ldapPort, ldapsPort);
            try {
                awaitBind(ldapPort, readiness);
                return new OpenLdapForest(
                        spec,
                        HOST,
                        ldapPort,
                        ldapsPort,
                        configuration.administratorDn().toString(),
                        configuration.serviceAccountDn().toString(),
                        password,
                        configuration.caCertificateFile(),
                        configuration.instanceDirectory());
            } catch (IOException e) {
                stopProcess();
                last = e;
                // another process may have taken a port between our probe and slapd's bind: try new ones
                if (!LogTail.of(configuration.logFile()).contains("Address already in use")) {
                    break;
                }
            }
        }
        throw last;
    }

    private void launch(int ldapPort, int ldapsPort) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString()); // own session and process group; execs slapd under the same PID
        }
        command.addAll(List.of(
                configuration.installation().slapd().toString(),
                "-d",
                "0",
                "-f",
                configuration.configFile().toString(),
                "-h",
                "ldap://" + HOST + ":" + ldapPort + "/ ldaps://" + HOST + ":" + ldapsPort + "/"));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(configuration.logFile().toFile()))
                .start();
    }

    private void awaitBind(int ldapPort, Duration readiness) throws IOException {
        long deadline = System.nanoTime() + readiness.toNanos();
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(1_000);
        options.setResponseTimeoutMillis(2_000);
        LDAPException lastFailure = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("slapd for forest " + spec.role() + " (" + spec.baseDn() + ") exited with code "
                        + process.exitValue() + " during start: " + LogTail.of(configuration.logFile()));
            }
            try (LDAPConnection connection = new LDAPConnection(options, HOST, ldapPort)) {
                connection.bind(configuration.administratorDn().toString(), password);
                return;
            } catch (LDAPException e) {
                lastFailure = e;
            }
            pause();
        }
        throw new IOException("slapd for forest " + spec.role() + " (" + spec.baseDn() + ") did not accept a bind on "
                + HOST + ":" + ldapPort + " within " + readiness.toMillis() + " ms (last attempt: "
                + (lastFailure == null ? "none" : lastFailure.getResultString()) + "): "
                + LogTail.of(configuration.logFile()));
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for slapd", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** The process ID of the running slapd, or -1 when it is not running. */
    long pid() {
        Process running = process;
        return running != null && running.isAlive() ? running.pid() : -1;
    }

    /** Stops slapd (TERM, then KILL after a grace period) and deletes the instance directory. */
    @Override
    public synchronized void close() {
        try {
            stopProcess();
        } finally {
            deleteDirectory(configuration.instanceDirectory());
        }
    }

    private synchronized void stopProcess() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                running.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteDirectory(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the slapd instance directory " + directory, e);
        }
    }
}
