package io.galbridge.cli.command;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.connid.BundleDirectory;
import io.galbridge.cli.connid.ConnectorCatalog;
import io.galbridge.cli.connid.ConnectorNames;
import io.galbridge.cli.connid.ConnectorProperties;
import java.util.Map;
import java.util.concurrent.Callable;
import org.identityconnectors.framework.api.ConnectorFacade;
import picocli.CommandLine.Command;

/** {@code galbridge check}: configuration, bundles and a connection test to every forest. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "Check the configuration, load the connector bundles and test the connection (TLS and bind) to"
                    + " every forest. Writes nothing."
        })
final class CheckCommand extends ConfiguredCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        GalbridgeConfig config = config();
        context().out().println("configuration " + config.file() + ": ok");
        ConnectorCatalog catalog = ConnectorCatalog.load(BundleDirectory.jars(BundleDirectory.locate()));
        for (ForestConnection source : config.sources()) {
            test(catalog, ConnectorNames.SOURCE, source, ConnectorProperties.forSource(source));
        }
        test(
                catalog,
                ConnectorNames.TARGET,
                config.target(),
                ConnectorProperties.forTarget(config.target(), config.sources()));
        return ExitCode.OK.code();
    }

    /** Validates the configuration and tests the connection; ConnId's failures map to exit 2 or 3. */
    private void test(ConnectorCatalog catalog, String connector, ForestConnection forest, Map<String, Object> props) {
        ConnectorFacade facade = catalog.open(connector, props);
        facade.validate();
        facade.test();
        context().out().println(forest.describe() + ": connected and bound as " + forest.bindDn());
    }
}
