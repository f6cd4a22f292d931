package io.galbridge.cli.command;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.run.Facades;
import io.galbridge.cli.run.GalSyncRun;
import io.galbridge.cli.run.RunRecorder;
import io.galbridge.cli.state.StateDirectory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code galbridge sync}: GAL sync, the default mode — every source forest's recipients into the target GAL. */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "GAL sync: create, update and delete the target forest's mail contacts for the recipients of every"
                    + " source forest (and write the X500 back), from the last sync token on.",
            "Runs once by default; --watch repeats it."
        })
final class SyncCommand extends ConfiguredCommand implements Callable<Integer> {

    /** The interval of {@code --watch} without a value. */
    static final String DEFAULT_INTERVAL = "5m";

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode = new Mode();

    @Mixin
    PlanOptions plan = new PlanOptions();

    /** {@code --once} or {@code --watch[=INTERVAL]}. */
    static final class Mode {
        @Option(names = "--once", description = "Sync once and exit (the default).")
        boolean once;

        @Option(
                names = "--watch",
                arity = "0..1",
                paramLabel = "INTERVAL",
                fallbackValue = DEFAULT_INTERVAL,
                converter = IntervalConverter.class,
                description = "Sync, then again every INTERVAL (30s, 5m, 1h or PT5M; default " + DEFAULT_INTERVAL
                        + ", at least 10s) until interrupted.")
        Duration watch;
    }

    @Option(
            names = "--max-runs",
            paramLabel = "N",
            description = "With --watch: stop after N runs (default: until interrupted). Interrupting (Ctrl-C,"
                    + " SIGTERM or SIGKILL) is safe at any moment: the next run completes what was cut off.")
    Integer maxRuns;

    /** The watch interval, or null when syncing once. */
    Duration watchInterval() {
        return mode == null ? null : mode.watch;
    }

    @Override
    public Integer call() {
        Duration interval = watchInterval();
        if (maxRuns != null && (interval == null || maxRuns < 1)) {
            throw new GalbridgeException(
                    ExitCode.USAGE,
                    interval == null ? "--max-runs needs --watch" : "--max-runs must be at least 1, not " + maxRuns);
        }
        GalbridgeConfig config = config();
        Facades facades = Facades.open(config);
        for (int runs = 1; ; runs++) {
            int code = once(config, facades);
            if (interval == null || plan.dryRun() || (maxRuns != null && runs >= maxRuns)) {
                return code;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return code;
            }
        }
    }

    private int once(GalbridgeConfig config, Facades facades) {
        try (StateDirectory state = StateDirectory.open(config.stateDirectory());
                RunRecorder recorder = plan.recorder(context(), state, "sync", false)) {
            new GalSyncRun(
                            facades,
                            state.tokens(),
                            recorder,
                            context().err(),
                            context().terminal())
                    .run();
            return recorder.finish();
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS, "cannot release the state directory lock: " + e.getMessage(), e);
        }
    }
}
