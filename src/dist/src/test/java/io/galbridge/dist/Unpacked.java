package io.galbridge.dist;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The distribution zip unpacked into a directory, with the Unix permissions the zip records (read through the
 * JDK's zip file system), and a way to run its {@code bin/galbridge} as a child process. Immutable.
 *
 * @param zip the distribution zip
 * @param home the unpacked {@code galbridge-VERSION} directory
 */
record Unpacked(Path zip, Path home) {

    private static final long TIMEOUT_SECONDS = 180;

    /**
     * Unpacks the zip into {@code directory}, which must be empty or absent.
     *
     * @throws IOException when the zip cannot be read, or does not hold exactly one top-level directory
     */
    static Unpacked from(Path zip, Path directory) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("no distribution zip at " + zip.toAbsolutePath() + "; run mvn package first");
        }
        Files.createDirectories(directory);
        List<Path> tops = new ArrayList<>();
        try (FileSystem fs = open(zip)) {
            Path root = fs.getPath("/");
            try (Stream<Path> entries = Files.walk(root)) {
                for (Path entry : entries.toList()) {
                    if (entry.equals(root)) {
                        continue;
                    }
                    Path out = directory.resolve(root.relativize(entry).toString());
                    if (entry.getParent().equals(root)) {
                        tops.add(out);
                    }
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(out);
                    } else {
                        Files.copy(entry, out);
                        Files.setPosixFilePermissions(out, Files.getPosixFilePermissions(entry));
                    }
                }
            }
        }
        if (tops.size() != 1 || !Files.isDirectory(tops.get(0))) {
            throw new IOException(zip + " should hold one top-level directory, not " + tops);
        }
        return new Unpacked(zip, tops.get(0));
    }

    /** The Unix permissions the zip records for a path below the top-level directory. */
    Set<PosixFilePermission> permissionsInZip(String relative) throws IOException {
        try (FileSystem fs = open(zip)) {
            return Files.getPosixFilePermissions(
                    fs.getPath("/", home.getFileName().toString(), relative));
        }
    }

    /**
     * Runs {@code bin/galbridge args} in {@code workingDirectory} with the Java running this test
     * ({@code JAVA_HOME}) and the extra environment variables; fails after {@value #TIMEOUT_SECONDS} s.
     */
    DistributionIT.Run run(Path workingDirectory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/galbridge").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workingDirectory, "galbridge-", ".out");
        Path err = Files.createTempFile(workingDirectory, "galbridge-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("GALBRIDGE_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(
                        "bin/galbridge " + String.join(" ", args) + " still runs after " + TIMEOUT_SECONDS + " s");
            }
            return new DistributionIT.Run(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static FileSystem open(Path zip) throws IOException {
        return FileSystems.newFileSystem(
                URI.create("jar:" + zip.toAbsolutePath().toUri()), Map.of("enablePosixFileAttributes", "true"));
    }
}
