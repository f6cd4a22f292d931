package io.galbridge.cli;

import io.galbridge.cli.command.GalbridgeCommand;
import io.galbridge.cli.output.CommandLogging;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the {@code galbridge} command: {@code galbridge [--config FILE] [-v] COMMAND [options]}.
 *
 * <p>Exit codes ({@link ExitCode}): 0 all done, 1 finished with per-object errors, 2 usage or configuration
 * error, 3 a forest unreachable or TLS refused.
 */
public final class Main {

    private Main() {}

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        CliContext context = new CliContext(
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8),
                System.getenv(),
                Path.of("").toAbsolutePath(),
                System.console() != null,
                Clock.systemUTC());
        System.exit(run(args, context));
    }

    /**
     * Runs the command without exiting the JVM. While the command runs, {@code java.util.logging} prints to the
     * context's standard error through {@link CommandLogging} (warnings and errors, one line each; more with
     * {@code --verbose}); the process's logging configuration is restored when it returns, so tests and the
     * benchmark may call this many times in one process, one run at a time.
     *
     * @param args the command-line arguments; never null
     * @param context the streams and environment; never null
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(String[] args, CliContext context) {
        return commandLine(context).execute(args);
    }

    /**
     * Runs the parsed command with {@link CommandLogging} on the context's standard error, at the verbosity the
     * user asked for, and restores the process's logging afterwards (JUL is process-global, and tests and the
     * benchmark call {@link #run} many times in one process, each with its own streams).
     */
    private static int execute(ParseResult parsed, CliContext context) {
        GalbridgeCommand top = (GalbridgeCommand) parsed.commandSpec().userObject();
        CommandLogging logging = CommandLogging.install(context.err(), top.verbosity());
        try {
            return new CommandLine.RunLast().execute(parsed);
        } finally {
            logging.close();
        }
    }

    /** The configured picocli command line: messages to the context's streams, exit codes from {@link ExitCodes}. */
    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new GalbridgeCommand(context));
        cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> execute(parsed, context));
        cli.setExitCodeExceptionMapper(failure -> ExitCodes.forFailure(failure).code());
        cli.setParameterExceptionHandler((failure, args) -> {
            CommandLine failed = failure.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("galbridge: " + failure.getMessage());
            err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((failure, failed, parseResult) -> {
            ExitCode code = ExitCodes.forFailure(failure);
            PrintWriter err = failed.getErr();
            err.println("galbridge " + failed.getCommandName() + ": " + describe(failure));
            if (code == ExitCode.OBJECT_ERRORS && !(failure instanceof GalbridgeException)) {
                failure.printStackTrace(err);
            }
            return code.code();
        });
        return cli;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getName() : message;
    }
}
