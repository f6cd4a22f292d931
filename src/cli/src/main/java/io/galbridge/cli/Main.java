package io.galbridge.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point of the {@code galbridge} command.
 *
 * <p>Exit codes: 0 all done, 1 finished with per-object errors, 2 usage or configuration error, 3 a forest
 * unreachable or TLS refused.
 */
public final class Main {

    /** Usage or configuration error. */
    static final int EXIT_USAGE = 2;

    private static final List<String> COMMANDS = List.of("sync", "prestage", "flip", "check", "report", "demo");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command without exiting the JVM.
     *
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            out.println("usage: galbridge [--config FILE] COMMAND [options]");
            out.println("commands: " + String.join(", ", COMMANDS));
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        if (COMMANDS.contains(args[0])) {
            err.println("galbridge " + args[0] + ": not built yet — the command line is being implemented"
                    + " (see the project's issue on the galbridge command); the connectors and the rules"
                    + " engine come first.");
            return EXIT_USAGE;
        }
        err.println("galbridge: unknown command '" + args[0] + "'; commands: " + String.join(", ", COMMANDS));
        return EXIT_USAGE;
    }
}
