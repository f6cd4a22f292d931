package io.galbridge.testkit.openldap;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs each forest as its own OpenLDAP {@code slapd} process, a child of this JVM listening on two free
 * ephemeral ports of {@code 127.0.0.1} (LDAP and LDAPS, the certificate issued by a per-start
 * {@link TestCertificateAuthority}). Each forest gets an instance directory under
 * {@code $GALBRIDGE_BUILD_DIR/openldap/} (default {@code ./target/openldap/}) with a generated slapd.conf:
 * mdb, the AD/Exchange schema, syncprov, accesslog (with {@code logold}, database {@code cn=accesslog}) and
 * memberof; an AD-like tree ({@code CN=Users}, {@code CN=Administrator}, a service account with AD page limits)
 * loaded offline with {@code slapadd -q}. See {@link OpenLdapForest} for the accounts.
 *
 * <p>Large fixtures load fastest offline, before slapd starts: {@link #withPreload(String, Path)} names LDIF
 * files that {@code slapadd -q} loads into a forest, which stamps entryUUID and entryCSN on every entry as
 * an LDAP add would.
 *
 * <p>Immutable: {@code withPreload} and {@code withBuildDirectory} return new providers. The public no-argument
 * constructor is for {@link java.util.ServiceLoader}.
 */
public final class OpenLdapForestProvider implements ForestProvider {

    /** How long a started slapd has to accept the administrator's bind. */
    public static final Duration READINESS_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, List<Path>> preloads;
    private final List<Path> programDirectories;
    private final Path buildDirectory;

    /** A provider with no preloads, looking for the OpenLDAP programs in the sbin directories and on PATH. */
    public OpenLdapForestProvider() {
        this(Map.of(), SlapdInstallation.defaultProgramDirectories(), defaultBuildDirectory());
    }

    OpenLdapForestProvider(Map<String, List<Path>> preloads, List<Path> programDirectories, Path buildDirectory) {
        Map<String, List<Path>> copy = new LinkedHashMap<>();
        preloads.forEach((role, files) -> copy.put(role, List.copyOf(files)));
        this.preloads = Map.copyOf(copy);
        this.programDirectories = List.copyOf(programDirectories);
        this.buildDirectory = Objects.requireNonNull(buildDirectory, "buildDirectory");
    }

    /**
     * A provider that also bulk-loads {@code ldif} into the forest with the given role, with {@code slapadd -q}
     * before slapd starts, after the initial tree and after earlier preloads of that role.
     *
     * @param role the forest's role, e.g. {@code source}; {@link #start} fails when no spec has it
     * @param ldif an LDIF file of plain entries (no change records), parents before children, all under that
     *     forest's base DN ({@link ForestSpec#baseDn()}); it may use {@code CN=Users,<base>}, which exists
     * @return a new provider; this one is unchanged
     */
    public OpenLdapForestProvider withPreload(String role, Path ldif) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ldif, "ldif");
        Map<String, List<Path>> more = new HashMap<>(preloads);
        List<Path> files = new ArrayList<>(more.getOrDefault(role, List.of()));
        files.add(ldif.toAbsolutePath());
        more.put(role, files);
        return new OpenLdapForestProvider(more, programDirectories, buildDirectory);
    }

    /**
     * A provider that puts instance directories under {@code directory/openldap/} instead.
     *
     * @return a new provider; this one is unchanged
     */
    public OpenLdapForestProvider withBuildDirectory(Path directory) {
        return new OpenLdapForestProvider(preloads, programDirectories, directory);
    }

    @Override
    public ForestKind kind() {
        return ForestKind.OPENLDAP;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(SlapdInstallation.locate(programDirectories).unavailableReason());
    }

    @Override
    public RunningForests start(List<ForestSpec> specs) throws Exception {
        validate(specs);
        SlapdInstallation.Lookup lookup = SlapdInstallation.locate(programDirectories);
        if (lookup.installation() == null) {
            throw new IllegalStateException("cannot start OpenLDAP forests: " + lookup.unavailableReason());
        }
        SecureRandom random = new SecureRandom();
        TestCertificateAuthority ca = TestCertificateAuthority.create("galbridge OpenLDAP test CA");
        List<SlapdInstance> instances = new ArrayList<>();
        List<TestForest> forests = new ArrayList<>();
        Thread hook = OpenLdapRunningForests.shutdownHook(instances);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (ForestSpec spec : specs) {
                SlapdInstance instance = SlapdInstance.prepare(
                        lookup.installation(),
                        spec,
                        instanceDirectory(spec, random),
                        ca,
                        newPassword(random),
                        preloads.getOrDefault(spec.role(), List.of()),
                        random);
                instances.add(instance);
                forests.add(instance.start(READINESS_TIMEOUT));
            }
            return new OpenLdapRunningForests(forests, instances, hook);
        } catch (Exception e) {
            try {
                OpenLdapRunningForests.closeAll(instances);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            throw e;
        }
    }

    private void validate(List<ForestSpec> specs) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no forests asked for");
        }
        Set<String> roles = new HashSet<>();
        Set<String> dnsNames = new HashSet<>();
        for (ForestSpec spec : specs) {
            if (!roles.add(spec.role())) {
                throw new IllegalArgumentException("forest role '" + spec.role() + "' asked for twice");
            }
            if (!dnsNames.add(spec.dnsName())) {
                throw new IllegalArgumentException("forest DNS name '" + spec.dnsName() + "' asked for twice");
            }
        }
        for (Map.Entry<String, List<Path>> preload : preloads.entrySet()) {
            if (!roles.contains(preload.getKey())) {
                throw new IllegalArgumentException("preload for forest role '" + preload.getKey()
                        + "', but no forest has that role (roles: " + roles + ")");
            }
            for (Path file : preload.getValue()) {
                if (!Files.isReadable(file)) {
                    throw new IllegalArgumentException(
                            "preload LDIF " + file + " for forest '" + preload.getKey() + "' is not a readable file");
                }
            }
        }
    }

    private Path instanceDirectory(ForestSpec spec, SecureRandom random) throws IOException {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        String safeRole = spec.role().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_");
        Path parent = buildDirectory.resolve("openldap");
        Files.createDirectories(parent);
        return parent.resolve(safeRole + "-" + HexFormat.of().formatHex(suffix)).toAbsolutePath();
    }

    private static String newPassword(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path defaultBuildDirectory() {
        String configured = System.getenv("GALBRIDGE_BUILD_DIR");
        return configured == null || configured.isBlank() ? Path.of("target") : Path.of(configured);
    }
}
