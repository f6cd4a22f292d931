package io.galbridge.cli.output;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a run on standard error: a redrawn bar on a terminal, plain lines at each tenth otherwise
 * (logs and pipes). Confined to the run's thread.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final String label;
    private final long total;
    private long done;
    private long lastTenth;

    /**
     * @param err where to print
     * @param terminal whether it is an interactive terminal ({@code System.console() != null})
     * @param label what is counted, e.g. {@code "src.test recipients"}
     * @param total how many there are; 0 when unknown
     */
    public Progress(PrintStream err, boolean terminal, String label, long total) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
    }

    /** One more object done. */
    public void step() {
        done++;
        if (terminal) {
            err.print("\r" + bar());
            err.flush();
            return;
        }
        long tenth = total > 0 ? done * 10 / total : done / 1000;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.println(line());
        }
    }

    /** Ends the bar's line (terminal) or prints the final count (lines). */
    public void finish() {
        if (terminal) {
            err.println("\r" + bar());
        } else if (total == 0 || done * 10 / total != lastTenth) {
            err.println(line());
        }
    }

    String line() {
        return total > 0
                ? String.format(Locale.ROOT, "%s: %d/%d (%d%%)", label, done, total, done * 100 / total)
                : String.format(Locale.ROOT, "%s: %d", label, done);
    }

    private String bar() {
        if (total <= 0) {
            return line();
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + line();
    }
}
