package io.galbridge.cli.command;

import java.util.concurrent.Callable;
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
        config();
        throw notWiredYet("check");
    }
}
