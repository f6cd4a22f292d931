package io.galbridge.testkit.samba;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program (samba-tool, ldbmodify, ip, kill, cp) that must finish in bounded time.
 * Output (stdout and stderr together) goes to a log file so that a failure can quote its tail.
 *
 * <p>Arguments must not carry secrets when the caller lets the command line into a message: {@link
 * #describe()} masks every argument that follows the word {@code --adminpass}.
 *
 * @param command the program and its arguments; never null or empty
 * @param log file that receives the program's output; never null
 * @param timeout how long the program may run before it is killed; never null
 */
record ExternalCommand(List<String> command, Path log, Duration timeout) {

    ExternalCommand {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no command given");
        }
    }

    /**
     * Runs the command and waits for it.
     *
     * @throws IOException when it cannot start, runs too long or exits with a non-zero status; the message
     *     names the command and quotes the end of its output
     * @throws InterruptedException when the waiting thread is interrupted (the program is killed first)
     */
    void run() throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException(
                        describe() + " did not finish within " + timeout.toSeconds() + " s; output:\n" + tail(log, 20));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        if (process.exitValue() != 0) {
            throw new IOException(
                    describe() + " failed with exit status " + process.exitValue() + "; output:\n" + tail(log, 20));
        }
    }

    /** The command line with secrets masked, for messages. */
    String describe() {
        StringBuilder text = new StringBuilder();
        boolean secretNext = false;
        for (String argument : command) {
            if (text.length() > 0) {
                text.append(' ');
            }
            if (secretNext) {
                text.append("****");
                secretNext = false;
            } else if (argument.startsWith("--adminpass=")) {
                text.append("--adminpass=****");
            } else {
                text.append(argument);
                secretNext = argument.equals("--adminpass");
            }
        }
        return "'" + text + "'";
    }

    /** The last lines of a log file, or a note that it cannot be read; never throws. */
    static String tail(Path file, int lines) {
        try {
            // Latin-1 decodes any byte, so a log with stray non-UTF-8 bytes is still quoted
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
