package io.galbridge.testkit.samba;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A long-running background program started through {@code setsid}, so that it leads its own process group
 * and everything it forks (samba's workers, socat's per-connection children) can be stopped together by the
 * group id, which is the leader's PID.
 */
final class ProcessGroup {

    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Process leader;
    private final Path log;

    private ProcessGroup(String name, Process leader, Path log) {
        this.name = name;
        this.leader = leader;
        this.log = log;
    }

    /**
     * Starts {@code setsid command...} with standard input from {@code /dev/null} and output to a log.
     *
     * @param name what the program is, for messages (e.g. {@code samba for source})
     * @param setsid absolute path of the {@code setsid} program
     * @param command the program and its arguments
     * @param log file receiving stdout and stderr
     * @throws IOException when the program cannot be started
     */
    static ProcessGroup start(String name, Path setsid, List<String> command, Path log) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(setsid.toString());
        line.addAll(command);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        return new ProcessGroup(name, process, log);
    }

    /** The process-group id (the leader's PID). */
    long groupId() {
        return leader.pid();
    }

    /** Whether the group's leader still runs. */
    boolean isAlive() {
        return leader.isAlive();
    }

    /** The last lines of the group's log. */
    String logTail(int lines) {
        return ExternalCommand.tail(log, lines);
    }

    /** The log file of this group. */
    Path log() {
        return log;
    }

    /**
     * Stops the whole group: SIGTERM, then SIGKILL when the leader has not ended after a grace period.
     * Returns at once when the group has already ended.
     *
     * @throws IOException when {@code kill} itself cannot be run or the group survives SIGKILL
     * @throws InterruptedException when interrupted while waiting
     */
    void stop(Path kill) throws IOException, InterruptedException {
        signal(kill, "TERM");
        if (leader.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS) && !groupExists(kill)) {
            return;
        }
        signal(kill, "KILL");
        if (!leader.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException(name + " (process group " + groupId() + ") survived SIGKILL");
        }
    }

    private void signal(Path kill, String signal) throws IOException, InterruptedException {
        // "-- -PGID" addresses the group; a non-zero status only means that no member is left
        Process process = new ProcessBuilder(kill.toString(), "-s", signal, "--", "-" + groupId())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean groupExists(Path kill) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kill.toString(), "-s", "0", "--", "-" + groupId())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return true;
        }
        return process.exitValue() == 0;
    }

    @Override
    public String toString() {
        return name + " (process group " + groupId() + ")";
    }
}
