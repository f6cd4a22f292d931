package io.galbridge.cli;

import java.util.Objects;

/**
 * A failure the command reports to the administrator with a message and a defined exit code. Messages
 * name the object and the reason and never carry a secret.
 */
public class GalbridgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    /**
     * @param exitCode the exit code this failure ends the run with; never null
     * @param message the message for the administrator; never null
     */
    public GalbridgeException(ExitCode exitCode, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /**
     * @param exitCode the exit code this failure ends the run with; never null
     * @param message the message for the administrator; never null
     * @param cause the underlying failure, kept for diagnosis; may be null
     */
    public GalbridgeException(ExitCode exitCode, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /** The exit code; never null. */
    public ExitCode exitCode() {
        return exitCode;
    }
}
