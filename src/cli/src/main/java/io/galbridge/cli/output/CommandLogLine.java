package io.galbridge.cli.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Formats a {@code java.util.logging} record as the command prints it on standard error: one line
 * {@code galbridge: warning: <message>: <cause>: <cause of the cause>}, without timestamp or source method.
 *
 * <p>The level becomes a word: {@code error} (SEVERE and above), {@code warning}, {@code info}, {@code debug}
 * (CONFIG and below). Line breaks inside the message are folded into spaces, so one record is one line. A
 * throwable contributes its message chain on the same line (text the line already carries is not repeated, and
 * a wrapper whose message is only its cause's {@code toString()} gives way to the cause). With {@code verbose}, the line also names the logger's simple class name ({@code galbridge:
 * info [ConnectorPoolManager]: ...}) and is followed by the throwable's stack trace. Immutable, thread-safe.
 */
public final class CommandLogLine extends Formatter {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final int MAX_CAUSES = 10;

    private final boolean verbose;

    /** @param verbose whether to name the logger and print stack traces */
    public CommandLogLine(boolean verbose) {
        this.verbose = verbose;
    }

    /**
     * @param record the record; never null
     * @return the line with its line separator, followed by the stack trace when verbose and the record has a
     *     throwable
     */
    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder("galbridge: ").append(word(record.getLevel()));
        String origin = origin(record.getLoggerName());
        if (verbose && !origin.isEmpty()) {
            line.append(" [").append(origin).append(']');
        }
        line.append(": ");
        String message = oneLine(formatMessage(record));
        line.append(message);
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            line.append(causes(thrown, message));
        }
        line.append(System.lineSeparator());
        if (verbose && thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    /** The level as the word on the line: error, warning, info or debug. */
    static String word(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "error";
        }
        if (value >= Level.WARNING.intValue()) {
            return "warning";
        }
        return value >= Level.INFO.intValue() ? "info" : "debug";
    }

    private static String origin(String loggerName) {
        if (loggerName == null) {
            return "";
        }
        return loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "" : LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
    }

    /** ": message" for each throwable of the chain whose text the line does not already carry. */
    private static String causes(Throwable thrown, String message) {
        StringBuilder chain = new StringBuilder();
        String said = message;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = thrown;
        while (t != null && seen.add(t) && seen.size() <= MAX_CAUSES) {
            Throwable cause = t.getCause();
            if (cause != null && cause.toString().equals(t.getMessage())) {
                t = cause; // new X(cause): its message is only the cause's toString()
                continue;
            }
            String text = oneLine(t.getMessage());
            if (text.isEmpty()) {
                text = t.getClass().getSimpleName();
            }
            if (!said.contains(text)) {
                chain.append(said.isEmpty() && chain.length() == 0 ? "" : ": ").append(text);
                said = said + " " + text;
            }
            t = t.getCause();
        }
        return chain.toString();
    }
}
