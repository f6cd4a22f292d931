package io.galbridge.cli.connid;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the ConnId bundle jars are: the system property {@value #PROPERTY} when set, else {@code bundles/}
 * next to the {@code lib/} directory the command's jar was loaded from (the {@code galbridge-app} layout).
 */
public final class BundleDirectory {

    /** The system property that names the bundle directory. */
    public static final String PROPERTY = "galbridge.bundles";

    private BundleDirectory() {}

    /**
     * The bundle directory.
     *
     * @return the directory (not checked to exist); never null
     * @throws GalbridgeException (exit 2) when neither the property nor the app layout gives one
     */
    public static Path locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(BundleDirectory.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path lib = Files.isDirectory(code) ? code : code.getParent();
            return lib.resolveSibling("bundles").toAbsolutePath().normalize();
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            throw new GalbridgeException(
                    ExitCode.USAGE, "cannot tell where the connector bundles are; set -D" + PROPERTY + "=DIRECTORY", e);
        }
    }

    /**
     * The bundle jars in a directory, sorted by name.
     *
     * @param directory the bundle directory; never null
     * @return the jars' URLs; never empty
     * @throws GalbridgeException (exit 2) when the directory is missing, unreadable or has no jar
     */
    public static List<URL> jars(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new GalbridgeException(
                    ExitCode.USAGE,
                    "connector bundle directory " + directory + " does not exist: build with"
                            + " 'mvn -B package -pl src/cli -am' (or run ./galbridge), or set -D" + PROPERTY);
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.USAGE, "cannot list connector bundle directory " + directory + ": " + e.getMessage(), e);
        }
        if (jars.isEmpty()) {
            throw new GalbridgeException(
                    ExitCode.USAGE,
                    "no connector bundle (*.jar) in " + directory
                            + ": expected galbridge-connector-source-ad.jar and galbridge-connector-target-ad.jar");
        }
        return jars;
    }

    /** For messages: a URL as a file path when it is one. */
    static String display(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    /** Turns a path into a URL, for tests and callers holding paths. */
    static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + jar, e);
        }
    }
}
