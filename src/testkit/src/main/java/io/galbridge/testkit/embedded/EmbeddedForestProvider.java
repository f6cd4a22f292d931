package io.galbridge.testkit.embedded;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts {@link ForestKind#EMBEDDED} forests: one UnboundID {@code InMemoryDirectoryServer} per forest in
 * this JVM. Always available; needs no JUnit (the {@code galbridge demo} command uses it directly).
 *
 * <p>Each forest:
 *
 * <ul>
 *   <li>listens on {@code InetAddress.getLoopbackAddress()} only, on ephemeral ports: plain LDAP (StartTLS
 *       available) and LDAPS, with a server certificate for {@code localhost}, {@code 127.0.0.1} and
 *       {@code dc1.<dnsName>} from a {@link TestCertificateAuthority} created per {@link #start} call; the CA
 *       certificate is written as PEM under {@code $GALBRIDGE_BUILD_DIR/embedded-forests/} (set by surefire
 *       to the module's {@code target/}) or else a temporary directory, and deleted on close;
 *   <li>enforces the project's AD/Exchange schema ({@code UnboundIdSchemaRenderer}, merged with UnboundID's
 *       standard schema);
 *   <li>holds an AD-like base tree: the domain object, {@code CN=Users}, {@code CN=Computers}, placeholder
 *       {@code CN=Configuration} and {@code CN=Schema} containers and the administrator
 *       {@code CN=Administrator,CN=Users,<base>}, who binds with a random per-run password;
 *   <li>emulates, with documented stand-ins (one {@code InMemoryOperationInterceptor} per concern), what
 *       AD and Exchange do on the server side: objectGUID and objectSid (user, computer and group only;
 *       client-supplied values refused with {@code 53}/{@code 00002035}), uSNCreated/uSNChanged and
 *       whenCreated/whenChanged on add, modify and rename, {@code highestCommittedUSN} in the root DSE,
 *       objectCategory, and Exchange's Update-Recipient stamping a unique legacyExchangeDN on mail-enabled
 *       objects that lack one;
 *   <li>offers {@code PAGED_RESULTS}, {@code USN_CHANGED} and {@code SERVER_GENERATED_IDS}; not DirSync,
 *       show-deleted or RFC 4533 content sync.
 * </ul>
 *
 * <p>Stateless: all counters and keys belong to the servers it starts.
 */
public final class EmbeddedForestProvider implements ForestProvider {

    /** Creates the provider (also the {@link java.util.ServiceLoader} constructor). */
    public EmbeddedForestProvider() {}

    @Override
    public ForestKind kind() {
        return ForestKind.EMBEDDED;
    }

    /** Always empty: the embedded server runs wherever this JVM runs. */
    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public RunningForests start(List<ForestSpec> specs) throws Exception {
        requireDistinct(specs);
        Path directory = certificateDirectory();
        List<EmbeddedForest> started = new ArrayList<>();
        EmbeddedRunningForests running = new EmbeddedRunningForests(started, directory);
        try {
            TestCertificateAuthority ca = TestCertificateAuthority.create("galbridge embedded forests test CA");
            Path caPem = ca.writeCertificatePem(directory.resolve("ca.pem"));
            for (ForestSpec spec : specs) {
                try {
                    started.add(EmbeddedForestLauncher.start(spec, ca, caPem));
                } catch (Exception e) {
                    throw new IllegalStateException(
                            "cannot start the embedded forest " + spec.role() + " (" + spec.dnsName() + "): " + e, e);
                }
            }
            return running.frozen();
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
    }

    private static void requireDistinct(List<ForestSpec> specs) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("at least one forest spec is needed");
        }
        Set<String> roles = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ForestSpec spec : specs) {
            if (!roles.add(spec.role()) || !names.add(spec.dnsName())) {
                throw new IllegalArgumentException(
                        "forest " + spec + " repeats a role or DNS name of another forest in " + specs);
            }
        }
    }

    private static Path certificateDirectory() throws IOException {
        String buildDir = System.getenv("GALBRIDGE_BUILD_DIR");
        if (buildDir == null || buildDir.isBlank()) {
            return Files.createTempDirectory("galbridge-embedded-forests");
        }
        Path parent = Files.createDirectories(Path.of(buildDir, "embedded-forests"));
        return Files.createTempDirectory(parent, "run");
    }
}
