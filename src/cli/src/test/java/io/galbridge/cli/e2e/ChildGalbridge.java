package io.galbridge.cli.e2e;

import io.galbridge.cli.Main;
import io.galbridge.cli.connid.BundleDirectory;
import io.galbridge.cli.demo.DemoConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code galbridge} as a child JVM: the test's own class path (the command's classes and run-time
 * dependencies, without the connectors) and the packaged bundles of {@code -Dgalbridge.bundles}, the way the
 * {@code ./galbridge} script runs it. Standard output is collected line by line; standard error goes to a file
 * beside the configuration. The caller stops it: {@link #kill()} (SIGKILL on Linux) or {@link #waitFor}.
 */
final class ChildGalbridge implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildGalbridge(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "galbridge-child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code galbridge --config <config> args} in the configuration's directory. */
    static ChildGalbridge start(DemoConfiguration config, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(classPath());
        command.add("-D" + BundleDirectory.PROPERTY + "=" + System.getProperty(BundleDirectory.PROPERTY));
        command.add(Main.class.getName());
        command.add("--config");
        command.add(config.file().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.directory().toFile())
                .redirectError(config.directory().resolve(name + ".err").toFile());
        builder.environment().putAll(config.environment());
        return new ChildGalbridge(builder.start());
    }

    /** The test class path: surefire names it in a property of its own when it boots through a manifest jar. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private void readOutput() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child is killed: what was read so far is kept
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    /**
     * Waits until the child printed {@code count} lines that start with one of {@code prefixes}, or ended.
     *
     * @return whether that many lines were printed
     */
    boolean awaitLines(int count, List<String> prefixes, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lines) {
            while (true) {
                long matching = lines.stream()
                        .filter(l -> prefixes.stream().anyMatch(l::startsWith))
                        .count();
                if (matching >= count) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Sends SIGKILL and waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the child to end; returns its exit code. */
    int waitFor(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("galbridge child " + process.pid() + " did not end in " + timeoutMillis
                    + " ms; killed. Output so far:\n" + String.join("\n", output()));
        }
        reader.join(timeoutMillis);
        return process.exitValue();
    }

    /** Whether the child is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** What the child printed so far. */
    List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted while stopping " + process.pid(), e));
            }
        }
    }
}
