package io.galbridge.testkit.samba;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.tls.ServerCredentials;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs real Samba AD domain controllers ({@link ForestKind#SAMBA}), one per forest, side by side.
 *
 * <p>Each forest is provisioned once per build into a template under {@code $GALBRIDGE_SAMBA_TEMPLATES} or else
 * {@code $GALBRIDGE_BUILD_DIR/samba-templates}
 * (surefire sets the variable to the module's {@code target/}; {@code ./target} otherwise), with the Exchange
 * schema extension applied offline; every start copies the template into a private directory under the
 * system temporary directory. Each DC runs in its own network namespace with only {@code lo} up; socat
 * bridges expose its LDAP, LDAPS and global-catalog ports on free ports of the host's 127.0.0.1. The DC
 * presents a certificate from a test CA created per {@link #start} call, naming {@code localhost},
 * {@code 127.0.0.1} and {@code dc1.<dns name>}.
 *
 * <p>Needs Linux, root (network namespaces) and the Debian packages in {@link HostTools#INSTALL}. Stateless;
 * every process it starts is stopped by {@link RunningForests#close()} or, failing that, by a shutdown hook,
 * and samba ends itself after {@link SambaInstance#MAXIMUM_RUNTIME}.
 */
public final class SambaForestProvider implements ForestProvider {

    private static final System.Logger LOG = System.getLogger(SambaForestProvider.class.getName());

    /** Creates the provider (service-loader constructor). */
    public SambaForestProvider() {}

    @Override
    public ForestKind kind() {
        return ForestKind.SAMBA;
    }

    @Override
    public Optional<String> unavailableReason() {
        return HostTools.unavailableReason();
    }

    /**
     * Starts one DC per spec, in parallel.
     *
     * @throws IllegalStateException when Samba cannot run here ({@link #unavailableReason()})
     * @throws IllegalArgumentException when roles or DNS names repeat
     * @throws IOException when a DC cannot be provisioned or started; the message names the forest and
     *     quotes the failing tool's output, and every DC already started has been stopped
     */
    @Override
    public RunningForests start(List<ForestSpec> specs) throws IOException, InterruptedException {
        Optional<String> unavailable = unavailableReason();
        HostTools tools = HostTools.find()
                .filter(found -> unavailable.isEmpty())
                .orElseThrow(
                        () -> new IllegalStateException("Samba forests cannot run here: " + unavailable.orElse("")));
        requireUnique(specs);
        Path templates = templateDirectory();
        Path run = Files.createTempDirectory(
                "galbridge-samba-" + ProcessHandle.current().pid() + "-");
        SambaForests running = new SambaForests(run);
        ExecutorService executor = Executors.newFixedThreadPool(specs.size());
        try {
            NetworkNamespace.removeOrphans(tools, run.resolve("netns-cleanup.log"));
            TestCertificateAuthority ca = TestCertificateAuthority.create("galbridge Samba test CA");
            Path caFile = ca.writeCertificatePem(run.resolve("ca.pem"));
            List<Future<SambaForest>> futures = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                ForestSpec spec = specs.get(i);
                SambaInstance instance = running.track(new SambaInstance(tools, spec, run.resolve("dc" + i)));
                futures.add(executor.submit(() -> startOne(tools, templates, spec, instance, ca, caFile)));
            }
            List<SambaForest> forests = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                forests.add(await(futures.get(i), specs.get(i)));
            }
            running.started(forests);
            return running;
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                running.close();
            } catch (IllegalStateException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        } finally {
            executor.shutdownNow();
        }
    }

    private static SambaForest startOne(
            HostTools tools,
            Path templates,
            ForestSpec spec,
            SambaInstance instance,
            TestCertificateAuthority ca,
            Path caFile)
            throws IOException, InterruptedException {
        long begin = System.nanoTime();
        SambaTemplate template =
                SambaTemplate.obtain(tools, templates, spec, SambaSchemaExtension.forForest(spec.baseDn()));
        long templateReady = System.nanoTime();
        String host = "dc1." + spec.dnsName();
        ServerCredentials credentials =
                ca.issueServerCertificate(host, List.of("localhost", host), List.of("127.0.0.1"));
        SambaForest forest = instance.start(template, credentials, caFile);
        long up = System.nanoTime();
        LOG.log(
                System.Logger.Level.INFO,
                "Samba forest {0} ({1}) up: template {2} ms, start {3} ms; ldap={4,number,#} ldaps={5,number,#}"
                        + " gc={6,number,#}",
                spec.role(),
                spec.dnsName(),
                (templateReady - begin) / 1_000_000,
                (up - templateReady) / 1_000_000,
                forest.ldapPort(),
                forest.ldapsPort(),
                forest.globalCatalogPort());
        return forest;
    }

    private static SambaForest await(Future<SambaForest> future, ForestSpec spec)
            throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException(
                    "cannot start Samba forest " + spec.role() + " (" + spec.dnsName() + "): " + cause.getMessage(),
                    cause);
        }
    }

    private static void requireUnique(List<ForestSpec> specs) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no forest requested");
        }
        Set<String> roles = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ForestSpec spec : specs) {
            if (!roles.add(spec.role())) {
                throw new IllegalArgumentException("forest role '" + spec.role() + "' requested twice");
            }
            if (!names.add(spec.dnsName())) {
                throw new IllegalArgumentException("forest DNS name '" + spec.dnsName() + "' requested twice");
            }
        }
    }

    /**
     * {@code $GALBRIDGE_SAMBA_TEMPLATES} (the parent pom points every module at one directory, so a realm is
     * provisioned once per build), else {@code samba-templates} in {@link #buildDirectory()}.
     */
    private static Path templateDirectory() {
        String configured = System.getenv("GALBRIDGE_SAMBA_TEMPLATES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return buildDirectory().resolve("samba-templates");
    }

    /** {@code $GALBRIDGE_BUILD_DIR}, else {@code ./target}. */
    private static Path buildDirectory() {
        String configured = System.getenv("GALBRIDGE_BUILD_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of("target").toAbsolutePath();
    }
}
