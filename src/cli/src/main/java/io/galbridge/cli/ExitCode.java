package io.galbridge.cli;

/**
 * The exit codes of the {@code galbridge} command, the only ones it returns.
 *
 * <p>{@link ExitCodes} maps every failure to one of them in one place.
 */
public enum ExitCode {
    /** Everything was done. */
    OK(0),
    /**
     * The run finished, but some objects failed (each is listed); also any unexpected failure, which never
     * counts as "all done".
     */
    OBJECT_ERRORS(1),
    /** The command line or the configuration is wrong; nothing was written. */
    USAGE(2),
    /** A forest could not be reached, or its TLS certificate was refused; nothing more was done. */
    UNREACHABLE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
