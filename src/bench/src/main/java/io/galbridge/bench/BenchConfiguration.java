package io.galbridge.bench;

import io.galbridge.testkit.TestForest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The galbridge configuration of a benchmark run: {@code galbridge.yaml} and {@code rules.yaml} in the work
 * directory, pointing at the forests' LDAPS URLs with their CA; passwords as {@code {env: ...}} references
 * resolved from an in-memory environment, never written to disk.
 *
 * @param directory the directory with the files (and the state directory)
 * @param file the configuration file
 * @param environment the environment the command is run with
 */
record BenchConfiguration(Path directory, Path file, Map<String, String> environment) {

    private static final String SOURCE_PASSWORD = "GALBRIDGE_BENCH_SOURCE_PASSWORD";
    private static final String TARGET_PASSWORD = "GALBRIDGE_BENCH_TARGET_PASSWORD";

    /**
     * Writes the files for one source forest into one target forest, and removes the state directory of an
     * earlier run (its token belongs to other forests, possibly of another kind, and a full sync must start
     * without one).
     */
    static BenchConfiguration write(Path directory, TestForest source, TestForest target, int parallelism)
            throws IOException {
        Files.createDirectories(directory);
        Path state = directory.resolve("state");
        if (Files.exists(state)) {
            try (Stream<Path> stale = Files.walk(state)) {
                for (Path p : stale.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(SOURCE_PASSWORD, source.password());
        env.put(TARGET_PASSWORD, target.password());
        String yaml = "source:\n"
                + forest(source, SOURCE_PASSWORD)
                + "target:\n"
                + forest(target, TARGET_PASSWORD)
                + "  useGlobalCatalog: false\n"
                + "  contactOu: \"" + BenchForests.contactOu(target) + "\"\n"
                + "  mailUserOu: \"" + BenchForests.mailUserOu(target) + "\"\n"
                + "  legacyExchangeDnPrefix: \"/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                + "/cn=Recipients\"\n"
                + "state: state\n"
                + "rules: rules.yaml\n"
                + "parallelism: " + parallelism + "\n";
        Path file = directory.resolve("galbridge.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve("rules.yaml"),
                "version: 1\nownership:\n  attribute: description\n",
                StandardCharsets.UTF_8);
        return new BenchConfiguration(directory, file, Map.copyOf(env));
    }

    private static String forest(TestForest forest, String passwordVariable) {
        return "  forest: " + forest.spec().dnsName() + "\n"
                + "  url: " + forest.ldapsUrl() + "\n"
                + "  bindDn: \"" + forest.bindDn() + "\"\n"
                + "  password: {env: " + passwordVariable + "}\n"
                + "  baseDn: \"" + forest.baseDn() + "\"\n"
                + "  caCertificate: \"" + forest.caCertificatePem() + "\"\n"
                + "  mailDomains: [" + forest.spec().dnsName() + "]\n";
    }
}
