package io.galbridge.cli.connid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectorCatalogTest {

    @Test
    void aDirectoryWithoutBundlesIsAUsageErrorNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> BundleDirectory.jars(dir))
                .isInstanceOfSatisfying(
                        GalbridgeException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("no connector bundle (*.jar) in " + dir);
    }

    @Test
    void aMissingDirectoryIsAUsageErrorNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> BundleDirectory.jars(dir.resolve("bundles")))
                .isInstanceOfSatisfying(
                        GalbridgeException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(dir.resolve("bundles") + " does not exist");
    }

    @Test
    void theBuildPointsTheCommandAtThePackagedBundles() {
        assertThat(BundleDirectory.locate()).endsWith(Path.of("galbridge-app", "bundles"));
        assertThat(BundleDirectory.jars(BundleDirectory.locate()))
                .extracting(BundleDirectory::display)
                .anyMatch(p -> p.endsWith("galbridge-connector-source-ad.jar"))
                .anyMatch(p -> p.endsWith("galbridge-connector-target-ad.jar"));
    }

    /**
     * The packaged bundles load through ConnId's local manager; a connector is found exactly when its class
     * is packaged in the bundle, and otherwise the error names the class and the bundles (exit 2).
     */
    @ParameterizedTest
    @CsvSource({
        "galbridge-connector-source-ad.jar, io.galbridge.connector.source.SourceAdConnector, source",
        "galbridge-connector-target-ad.jar, io.galbridge.connector.target.TargetAdConnector, target"
    })
    void findsAConnectorExactlyWhenItsBundleHasIt(String jarName, String connectorClass, String role) throws Exception {
        Path jar = BundleDirectory.locate().resolve(jarName);
        boolean packaged;
        try (JarFile file = new JarFile(jar.toFile())) {
            packaged = file.getEntry(connectorClass.replace('.', '/') + ".class") != null;
        }
        List<URL> jars = List.of(BundleDirectory.url(jar));
        ConnectorCatalog catalog = ConnectorCatalog.load(jars);

        if (packaged) {
            ConnectorInfo info = catalog.find(connectorClass);
            assertThat(info.getConnectorKey().getConnectorName()).isEqualTo(connectorClass);
            assertThat(info.createDefaultAPIConfiguration()
                            .getConfigurationProperties()
                            .getPropertyNames())
                    .as("every property ConnectorProperties sets for the %s connector", role)
                    .containsAll(
                            role.equals("source")
                                    ? ConnectorProperties.SOURCE_PROPERTIES
                                    : ConnectorProperties.TARGET_PROPERTIES);
        } else {
            assertThatThrownBy(() -> catalog.find(connectorClass))
                    .isInstanceOfSatisfying(GalbridgeException.class, e -> assertThat(e.exitCode())
                            .isEqualTo(ExitCode.USAGE))
                    .hasMessageContaining("connector " + connectorClass + " is in none of the bundles " + jar);
        }
    }

    @Test
    void aJarThatIsNoBundleIsRefusedWithExitTwo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("not-a-bundle.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("README.txt"));
            out.closeEntry();
        }

        assertThatThrownBy(() -> ConnectorCatalog.load(List.of(BundleDirectory.url(jar))))
                .isInstanceOfSatisfying(
                        GalbridgeException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("ConnId refused the connector bundles " + jar);
    }
}
