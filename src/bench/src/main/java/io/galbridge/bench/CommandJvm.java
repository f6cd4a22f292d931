package io.galbridge.bench;

import io.galbridge.cli.Main;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the benchmark starts the galbridge command in a child JVM, as a user's {@code bin/galbridge} would: the
 * same Java, the command's own JVM options ({@code jvm.options}, the file the launchers pass as a {@code
 * java @argument file}), the benchmark's {@code -Xmx}, the connector bundles of this JVM's {@code
 * galbridge.bundles}, this JVM's class path, and the options of {@value #EXTRA_OPTIONS} if set. Immutable.
 *
 * @param java the java executable
 * @param options the JVM options, in order
 * @param classPath the class path of the child
 */
record CommandJvm(Path java, List<String> options, String classPath) {

    private static final String OPTIONS_RESOURCE = "jvm.options";

    /**
     * A system property of the benchmark's JVM whose value (options separated by white space) is added after the
     * command's options, e.g. {@code -XX:StartFlightRecording=filename=sync.jfr,settings=profile} to profile the
     * command, or {@code -XX:TieredStopAtLevel=4} to compare compilers. {@code {run}} in it stands for the name
     * of the run ({@code full-sync}, {@code echo-sync}, {@code incremental-sync}), so each run can have its own
     * recording.
     */
    static final String EXTRA_OPTIONS = "bench.commandJvmOptions";

    CommandJvm {
        options = List.copyOf(options);
    }

    /** The JVM for the command, derived from this one. */
    static CommandJvm current() throws IOException {
        List<String> options = new ArrayList<>(commandOptions());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-Xmx")) {
                options.add(argument);
            }
        }
        String extra = System.getProperty(EXTRA_OPTIONS, "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        String bundles = System.getProperty("galbridge.bundles");
        if (bundles != null) {
            options.add("-Dgalbridge.bundles=" + Path.of(bundles).toAbsolutePath());
        }
        return new CommandJvm(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                options,
                absolute(System.getProperty("java.class.path")));
    }

    /** The class path with every entry made absolute: the child runs in the configuration's directory. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The options of the command's {@code jvm.options} (a resource of the cli next to {@link Main}): one or more
     * per line, separated by white space, {@code #} starts a comment, as the java launcher reads an
     * argument file (without its quoting, which the file does not use).
     */
    static List<String> commandOptions() throws IOException {
        try (InputStream in = Main.class.getResourceAsStream(OPTIONS_RESOURCE)) {
            if (in == null) {
                throw new IOException("the cli has no resource " + OPTIONS_RESOURCE + " next to " + Main.class);
            }
            List<String> options = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String option = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!option.isEmpty()) {
                    options.addAll(List.of(option.split("\\s+")));
                }
            }
            return List.copyOf(options);
        }
    }

    /**
     * The command line that runs {@code main} with {@code arguments} and these options plus {@code extra}, with
     * {@code {run}} in the options replaced by {@code run}.
     */
    List<String> command(String run, List<String> extra, String main, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        options.forEach(option -> command.add(option.replace("{run}", run)));
        command.addAll(extra);
        command.add("-cp");
        command.add(classPath);
        command.add(main);
        command.addAll(arguments);
        return command;
    }
}
