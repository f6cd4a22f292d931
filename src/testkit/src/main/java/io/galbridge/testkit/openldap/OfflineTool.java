package io.galbridge.testkit.openldap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of slapd's offline tools ({@code slaptest}, {@code slapadd}) to completion. */
final class OfflineTool {

    private static final long TIMEOUT_MINUTES = 15;

    private OfflineTool() {}

    /**
     * Runs a command, its output going to {@code log}.
     *
     * @param what what the command does, for the error message, e.g. {@code "slapadd of base.ldif into source"}
     * @throws IOException when the command cannot start, fails or times out; the message holds the tail of its output
     */
    static void run(String what, List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(
                        what + " did not finish within " + TIMEOUT_MINUTES + " minutes: " + LogTail.of(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(what + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            int code = process.exitValue();
            String signal = code == 135 ? " (SIGBUS: the disk holding " + log.getParent() + " is probably full)" : "";
            throw new IOException(what + " failed with exit code " + code + signal + ": " + LogTail.of(log));
        }
    }
}
