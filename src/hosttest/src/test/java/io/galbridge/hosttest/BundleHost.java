package io.galbridge.hosttest;

import io.galbridge.testkit.TestForest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConfigurationProperties;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.identityconnectors.framework.api.ConnectorInfoManager;
import org.identityconnectors.framework.api.ConnectorInfoManagerFactory;

/**
 * A ConnId host in miniature: the packaged bundle jars of {@code target/bundles} (system property
 * {@code galbridge.bundles}), loaded through the framework's local connector manager exactly as midPoint and
 * Syncope do, and facades built from their default API configurations. Immutable.
 *
 * @param bundleDir the directory holding the bundle jars; never null
 */
record BundleHost(Path bundleDir) {

    static final String SOURCE_CONNECTOR = "io.galbridge.connector.source.SourceAdConnector";
    static final String TARGET_CONNECTOR = "io.galbridge.connector.target.TargetAdConnector";

    /** The host over the bundles the build copied; fails naming the directory when it holds no jar. */
    static BundleHost fromBuild() {
        Path dir = Path.of(System.getProperty("galbridge.bundles", "target/bundles"));
        if (jars(dir).isEmpty()) {
            throw new IllegalStateException("no bundle jars in " + dir.toAbsolutePath() + "; run mvn verify");
        }
        return new BundleHost(dir);
    }

    /** The bundle jars, sorted by name. */
    List<Path> jars() {
        return jars(bundleDir);
    }

    /** The local connector manager over every bundle jar (the framework caches one per URL set). */
    ConnectorInfoManager manager() {
        URL[] urls = jars().stream().map(BundleHost::url).toArray(URL[]::new);
        return ConnectorInfoManagerFactory.getInstance().getLocalManager(urls);
    }

    /** The connector of that class; fails naming the class and the bundles when it is not there. */
    ConnectorInfo info(String connectorClass) {
        return manager().getConnectorInfos().stream()
                .filter(i -> i.getConnectorKey().getConnectorName().equals(connectorClass))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no connector " + connectorClass + " in " + jars()));
    }

    /**
     * A facade of that connector with the given configuration properties, the filtered results handler in
     * validation mode as Syncope runs it (a connector that ignores a filter fails instead of being silently
     * corrected).
     */
    ConnectorFacade facade(String connectorClass, Map<String, Object> properties) {
        return facade(connectorClass, properties, ResultsHandling.VALIDATING);
    }

    /** A facade of that connector with the given configuration properties and results handling. */
    ConnectorFacade facade(String connectorClass, Map<String, Object> properties, ResultsHandling handling) {
        APIConfiguration api = info(connectorClass).createDefaultAPIConfiguration();
        ConfigurationProperties props = api.getConfigurationProperties();
        properties.forEach(props::setPropertyValue);
        handling.applyTo(api.getResultsHandlerConfiguration());
        return ConnectorFacadeFactory.getInstance().newInstance(api);
    }

    /** The connection properties both connectors share, for that forest over LDAPS. */
    static Map<String, Object> connection(TestForest forest) {
        return Map.of(
                "serverUrls",
                new String[] {forest.ldapsUrl()},
                "bindDn",
                forest.bindDn(),
                "bindPassword",
                new GuardedString(forest.password().toCharArray()),
                "caCertificateFile",
                forest.caCertificatePem().toString(),
                "connectTimeoutMillis",
                5_000,
                "responseTimeoutMillis",
                60_000,
                "forestDnsName",
                forest.spec().dnsName());
    }

    private static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + jar, e);
        }
    }
}
