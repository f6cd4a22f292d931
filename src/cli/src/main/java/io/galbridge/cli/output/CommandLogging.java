package io.galbridge.cli.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The {@code java.util.logging} configuration of one command run: what galbridge and the ConnId framework log
 * goes to the run's standard error as single {@link CommandLogLine lines}, warnings and errors only unless
 * the user asked for more.
 *
 * <table>
 *   <caption>Thresholds</caption>
 *   <tr><th>verbosity</th><th>io.galbridge</th><th>org.identityconnectors (ConnId)</th><th>others</th></tr>
 *   <tr><td>0 (default)</td><td>WARNING</td><td>WARNING</td><td>WARNING</td></tr>
 *   <tr><td>1 ({@code -v})</td><td>INFO</td><td>INFO</td><td>WARNING</td></tr>
 *   <tr><td>2+ ({@code -vv})</td><td>FINE</td><td>INFO</td><td>WARNING</td></tr>
 * </table>
 *
 * <p>{@code java.util.logging} is process-global, while the standard error of a run is the
 * {@link io.galbridge.cli.CliContext}'s (tests and the benchmark run the command in-process many times, each
 * with its own streams). So the configuration lives exactly as long as the run: {@link #install} replaces the
 * root logger's handlers and sets the three thresholds, {@link #close} puts back the handlers and levels it
 * found. Installs nest (the inner one is restored first); two runs in one process must not overlap in time,
 * or the later one's lines go to the earlier one's stream until it closes. Nothing here logs a value of the
 * configuration; it only formats what others log.
 */
public final class CommandLogging implements AutoCloseable {

    private static final String GALBRIDGE = "io.galbridge";
    private static final String CONNID = "org.identityconnectors";

    private final Logger root;
    private final Logger galbridge;
    private final Logger connid;
    private final List<Handler> previousHandlers;
    private final Level previousRootLevel;
    private final Level previousGalbridgeLevel;
    private final Level previousConnidLevel;
    private final Handler handler;

    private CommandLogging(PrintStream err, int verbosity) {
        // Held for the run: the log manager keeps only weak references to loggers, and a collected logger
        // would lose its level.
        root = Logger.getLogger("");
        galbridge = Logger.getLogger(GALBRIDGE);
        connid = Logger.getLogger(CONNID);
        previousHandlers = List.of(root.getHandlers());
        previousRootLevel = root.getLevel();
        previousGalbridgeLevel = galbridge.getLevel();
        previousConnidLevel = connid.getLevel();
        handler = new LineHandler(err, new CommandLogLine(verbosity > 0));
    }

    /**
     * Configures logging for a run until {@link #close}.
     *
     * @param err the run's standard error; never null
     * @param verbosity how often the user gave {@code --verbose}: 0 warnings and errors only, 1 also
     *     information from galbridge and ConnId, 2 or more also galbridge's debug detail; not negative
     * @return the configuration, to close at the end of the run
     */
    public static CommandLogging install(PrintStream err, int verbosity) {
        Objects.requireNonNull(err, "err");
        if (verbosity < 0) {
            throw new IllegalArgumentException("verbosity must not be negative: " + verbosity);
        }
        CommandLogging logging = new CommandLogging(err, verbosity);
        for (Handler previous : logging.previousHandlers) {
            logging.root.removeHandler(previous);
        }
        logging.root.addHandler(logging.handler);
        logging.root.setLevel(Level.WARNING);
        logging.galbridge.setLevel(verbosity == 0 ? null : verbosity == 1 ? Level.INFO : Level.FINE);
        logging.connid.setLevel(verbosity == 0 ? null : Level.INFO);
        return logging;
    }

    /** Restores the handlers and levels found by {@link #install}. */
    @Override
    public void close() {
        root.removeHandler(handler);
        handler.close();
        for (Handler previous : previousHandlers) {
            root.addHandler(previous);
        }
        root.setLevel(previousRootLevel);
        galbridge.setLevel(previousGalbridgeLevel);
        connid.setLevel(previousConnidLevel);
    }

    /** Prints each record as one formatted line; the loggers' levels decide what reaches it. */
    private static final class LineHandler extends Handler {

        private final PrintStream err;

        LineHandler(PrintStream err, CommandLogLine format) {
            this.err = err;
            setFormatter(format);
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String line = getFormatter().format(record);
            synchronized (err) {
                err.print(line);
                err.flush();
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
