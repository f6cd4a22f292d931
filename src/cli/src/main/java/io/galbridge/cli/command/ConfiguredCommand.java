package io.galbridge.cli.command;

import io.galbridge.cli.CliContext;
import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.config.ConfigLoader;
import io.galbridge.cli.config.GalbridgeConfig;
import picocli.CommandLine.ParentCommand;

/** Base of the commands: access to the top-level options and to the run's streams. */
abstract class ConfiguredCommand {

    @ParentCommand
    GalbridgeCommand parent;

    /** The streams and environment of this run. */
    final CliContext context() {
        return parent.context();
    }

    /**
     * Loads the configuration named by {@code --config}.
     *
     * @throws io.galbridge.cli.config.ConfigException (exit 2) listing every problem
     */
    final GalbridgeConfig config() {
        return ConfigLoader.load(parent.configFile(), context().environment());
    }

    /**
     * The failure for a command whose run is not wired to the connectors yet: an honest message, exit 2,
     * nothing written.
     */
    static GalbridgeException notWiredYet(String command) {
        return new GalbridgeException(
                ExitCode.USAGE,
                "not built yet: '" + command + "' needs the connector bundles (connector-source-ad,"
                        + " connector-target-ad), which are being written; the configuration and options were"
                        + " checked, nothing was read or written.");
    }
}
