package io.galbridge.bench;

import io.galbridge.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The main class of the child JVM in which {@link SyncCommandRun} runs the galbridge command: it hands the
 * arguments to the command's own entry point ({@link Main#main}, which exits the JVM with the command's exit
 * code) and, as the JVM exits, writes two lines to the file named by the system property {@value #FIGURES_FILE}:
 * the heap peak of the run in bytes ({@link HeapPeak}) and the CPU time the JVM used, in nanoseconds (-1 when the
 * operating system does not tell). Not for use outside the benchmark.
 */
public final class CommandProcess {

    /** The system property naming the file that receives the heap peak and the CPU time, as decimal numbers. */
    static final String FIGURES_FILE = "bench.figuresFile";

    private CommandProcess() {}

    /**
     * Runs {@code galbridge args}.
     *
     * @param args the command's arguments
     */
    public static void main(String[] args) {
        String figuresFile = System.getProperty(FIGURES_FILE);
        if (figuresFile == null) {
            throw new IllegalStateException("the system property " + FIGURES_FILE + " is not set");
        }
        HeapPeak heap = HeapPeak.start();
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> write(Path.of(figuresFile), heap.peakBytes(), cpuNanos()), "bench-figures"));
        Main.main(args);
    }

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(-1L);
    }

    private static void write(Path file, long bytes, long cpuNanos) {
        try {
            Files.writeString(file, bytes + "\n" + cpuNanos + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the heap peak to " + file, e);
        }
    }
}
