package io.galbridge.testkit.schema;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A server tool a test runs (slaptest, samba-tool, ldbmodify): found on PATH or at a fixed location,
 * else the test is skipped with a loud message, or fails when {@code GALBRIDGE_REQUIRE_SERVERS=1}.
 *
 * @param executable the tool's absolute path
 */
record ExternalTool(Path executable) {
    /** Output and exit code of one run. */
    record Result(int exitCode, String output) {}

    /** Finds the tool or skips (fails under GALBRIDGE_REQUIRE_SERVERS=1) the calling test. */
    static ExternalTool require(String name, String installHint) {
        Optional<Path> found = find(name);
        if (found.isEmpty()) {
            String message = "*** " + name + " not found: SKIPPING a real-server schema test. Install it with: "
                    + installHint + " ***";
            if ("1".equals(System.getenv("GALBRIDGE_REQUIRE_SERVERS"))) {
                fail(message + " (GALBRIDGE_REQUIRE_SERVERS=1, so this is a failure)");
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        return new ExternalTool(found.orElseThrow());
    }

    private static Optional<Path> find(String name) {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                candidates.add(Path.of(dir, name));
            }
        }
        candidates.add(Path.of("/usr/sbin", name));
        candidates.add(Path.of("/usr/bin", name));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Runs the tool with these arguments (at most 120 s), returning its merged output. */
    Result run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(workingDirectory, "tool", ".log");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within 120 s");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
