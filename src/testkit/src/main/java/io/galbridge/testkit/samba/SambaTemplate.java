package io.galbridge.testkit.samba;

import io.galbridge.testkit.ForestSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A provisioned Samba DC directory with the Exchange schema extension, cached under the build directory and
 * copied for every start (a provision takes seconds; a copy a fraction of one).
 *
 * <p>A template is keyed by the forest's realm, the schema extension's fingerprint and {@link #VERSION};
 * a file lock keeps two JVMs (parallel builds) from provisioning the same template at once, and the
 * template appears under its final name only when complete (atomic rename), so a crash leaves no half
 * template behind that a later run would use. The administrator password is a random throwaway per
 * template, stored in the template (file readable by its owner only).
 *
 * @param directory the template directory; only {@code etc/smb.conf} in it holds absolute paths
 * @param adminPassword the Administrator password of the template's domain
 */
record SambaTemplate(Path directory, String adminPassword) {

    /** Bump whenever provisioning or the smb.conf additions change, so stale templates are not reused. */
    static final String VERSION = "1";

    static final String PASSWORD_FILE = "galbridge-admin-password";
    private static final Duration PROVISION_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration LDBMODIFY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration COPY_TIMEOUT = Duration.ofMinutes(2);

    /**
     * The template for a forest: the cached one when present, otherwise provisioned now.
     *
     * @param templates the directory holding templates, e.g. {@code target/samba-templates}
     * @throws IOException when provisioning or the schema extension fails; the message quotes the tool's output
     */
    static SambaTemplate obtain(HostTools tools, Path templates, ForestSpec spec, SambaSchemaExtension schema)
            throws IOException, InterruptedException {
        Files.createDirectories(templates);
        String name = spec.realm() + "-" + key(spec, schema).substring(0, 16);
        Path directory = templates.resolve(name);
        try (FileChannel channel = FileChannel.open(
                templates.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // released when the channel closes
            lock(channel);
            if (!Files.isDirectory(directory)) {
                provision(tools, directory, spec, schema);
            }
            return new SambaTemplate(
                    directory,
                    Files.readString(directory.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII)
                            .strip());
        }
    }

    /**
     * Takes the template's lock: waits for another JVM holding it, and for another thread of this JVM (which
     * the file lock reports as an overlap rather than blocking).
     */
    private static FileLock lock(FileChannel channel) throws IOException, InterruptedException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                Thread.sleep(100);
            }
        }
    }

    /**
     * Copies the template to a fresh instance directory and points its smb.conf there.
     *
     * @param instance an existing, empty directory
     */
    void copyTo(HostTools tools, Path instance) throws IOException, InterruptedException {
        // cp -a keeps modes and the extended attributes (NT ACLs) samba stored on sysvol
        new ExternalCommand(
                        List.of(tools.cp().toString(), "-a", directory + "/.", instance.toString()),
                        instance.resolveSibling(instance.getFileName() + ".copy.log"),
                        COPY_TIMEOUT)
                .run();
        Files.deleteIfExists(instance.resolveSibling(instance.getFileName() + ".copy.log"));
        Path smbConf = instance.resolve("etc/smb.conf");
        String conf = Files.readString(smbConf, StandardCharsets.UTF_8);
        Files.writeString(smbConf, conf.replace(directory.toString(), instance.toString()), StandardCharsets.UTF_8);
    }

    private static void provision(HostTools tools, Path directory, ForestSpec spec, SambaSchemaExtension schema)
            throws IOException, InterruptedException {
        Path partial = directory.resolveSibling(
                directory.getFileName() + ".partial-" + ProcessHandle.current().pid());
        Path log = directory.resolveSibling(directory.getFileName() + ".provision.log");
        deleteTree(partial);
        Files.deleteIfExists(log);
        String password = newAdminPassword();
        new ExternalCommand(
                        List.of(
                                tools.sambaTool().toString(),
                                "domain",
                                "provision",
                                "--server-role=dc",
                                "--use-rfc2307",
                                "--dns-backend=NONE",
                                "--realm=" + spec.realm(),
                                "--domain=" + spec.netbiosName(),
                                "--adminpass=" + password,
                                "--host-name=dc1",
                                "--host-ip=127.0.0.1",
                                "--targetdir=" + partial,
                                "--option=interfaces=lo",
                                "--option=bind interfaces only=yes"),
                        log,
                        PROVISION_TIMEOUT)
                .run();
        SmbConf.keepInside(partial);
        List<String> passes = schema.passes();
        for (int i = 0; i < passes.size(); i++) {
            Path ldif = partial.resolve("schema-extension-" + (i + 1) + ".ldif");
            Files.writeString(ldif, passes.get(i), StandardCharsets.UTF_8);
            new ExternalCommand(
                            List.of(
                                    tools.ldbmodify().toString(),
                                    "-H",
                                    partial.resolve("private/sam.ldb").toString(),
                                    "--option=dsdb:schema update allowed=true",
                                    ldif.toString()),
                            log,
                            LDBMODIFY_TIMEOUT)
                    .run();
        }
        Path passwordFile = partial.resolve(PASSWORD_FILE);
        Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        Path smbConf = partial.resolve("etc/smb.conf");
        String conf = Files.readString(smbConf, StandardCharsets.UTF_8);
        Files.writeString(smbConf, conf.replace(partial.toString(), directory.toString()), StandardCharsets.UTF_8);
        Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A fresh random password that meets AD's complexity rules (upper, lower, digit, symbol; 28 characters). */
    private static String newAdminPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "Gb1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(ForestSpec spec, SambaSchemaExtension schema) {
        List<String> parts = new ArrayList<>();
        parts.add(VERSION);
        parts.add(spec.realm());
        parts.add(spec.netbiosName());
        parts.add(schema.fingerprint());
        parts.add(SmbConf.fingerprint());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Deletes a directory tree (without following links); nothing when it does not exist. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }
}
