package io.galbridge.cli.command;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code galbridge demo}: GAL sync and pre-staging between two embedded test forests. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "Start two embedded test forests on 127.0.0.1, fill them with sample recipients and run GAL sync"
                    + " and pre-staging between them. Needs no configuration."
        })
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new GalbridgeException(
                ExitCode.USAGE,
                "not built yet: the demo runs the connector bundles (connector-source-ad, connector-target-ad)"
                        + " against embedded test forests, and the connectors are still being written.");
    }
}
