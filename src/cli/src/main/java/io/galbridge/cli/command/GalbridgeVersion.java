package io.galbridge.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code galbridge --version}: the project version, written into the jar at build time. */
public final class GalbridgeVersion implements IVersionProvider {

    private static final String RESOURCE = "/io/galbridge/cli/galbridge-version.properties";

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}; never null. */
    public static String version() {
        try (InputStream in = GalbridgeVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the class path: a broken build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "galbridge " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
