package io.galbridge.cli.command;

import io.galbridge.cli.CliContext;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code galbridge [--config FILE] [-v] COMMAND [options]}: the top-level command. Without a command it runs
 * {@code sync --once}, GAL sync being galbridge's default mode.
 */
@Command(
        name = "galbridge",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        usageHelpAutoWidth = true,
        description = {
            "Exchange cross-forest GAL sync, mailbox pre-staging and the post-move flip,"
                    + " for administrators who run no identity manager.",
            "Without a command, runs 'sync --once'."
        },
        subcommands = {
            SyncCommand.class,
            PrestageCommand.class,
            FlipCommand.class,
            CheckCommand.class,
            ReportCommand.class,
            DemoCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all done",
            "1:finished with per-object errors (listed)",
            "2:usage or configuration error",
            "3:a forest unreachable or its TLS certificate refused"
        })
public final class GalbridgeCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            defaultValue = "galbridge.yaml",
            description = "The configuration file (YAML); default: ${DEFAULT-VALUE} in the current directory.")
    private Path config;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Also print what the ConnId framework reports as information (bundles loaded, connector"
                    + " pools created), with the logger's name; repeat (-vv) for galbridge's debug detail."
                    + " Without it, only warnings and errors are printed, one line each on standard error."
                    + " Allowed before or after the command.")
    private boolean[] verbose = new boolean[0];

    /** @param context the streams and environment of this run; never null */
    public GalbridgeCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The streams and environment of this run. */
    CliContext context() {
        return context;
    }

    /** The configuration file, resolved against the working directory. */
    Path configFile() {
        return context.workingDirectory().resolve(config).normalize();
    }

    /** How often {@code --verbose} was given (0 for warnings and errors only); see {@code CommandLogging}. */
    public int verbosity() {
        return verbose.length;
    }

    @Override
    public Integer call() {
        SyncCommand sync = new SyncCommand();
        sync.parent = this;
        return sync.call();
    }
}
