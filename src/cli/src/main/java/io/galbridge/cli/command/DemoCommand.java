package io.galbridge.cli.command;

import io.galbridge.cli.demo.DemoScript;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code galbridge demo}: GAL sync, pre-staging and the flip between two embedded test forests. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "Start two embedded test forests on the loopback interface, seed a small estate and run check, sync,"
                    + " prestage (with a contact conversion), a simulated move, flip and an incremental sync"
                    + " between them. Needs no configuration; writes only temporary files, removed at the end."
        })
final class DemoCommand extends ConfiguredCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return new DemoScript(context(), parent.verbosity()).run();
    }
}
