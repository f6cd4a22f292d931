package io.galbridge.cli.demo;

import io.galbridge.testkit.TestForest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's configuration: {@code galbridge.yaml} and {@code rules.yaml} in a temporary directory, pointing
 * at the forests' LDAPS URLs with their CA certificate. Passwords are {@code {env: ...}} references resolved
 * from a child environment map held in memory, never written to disk.
 *
 * @param directory the temporary directory (the child run's working directory)
 * @param file the configuration file
 * @param environment the child environment: the parent's plus the two bind passwords
 */
public record DemoConfiguration(Path directory, Path file, Map<String, String> environment) {

    static final String SOURCE_PASSWORD = "GALBRIDGE_DEMO_SOURCE_PASSWORD";
    static final String TARGET_PASSWORD = "GALBRIDGE_DEMO_TARGET_PASSWORD";

    /** Writes the files for one source and the target. */
    public static DemoConfiguration write(
            List<TestForest> sources, TestForest target, DemoEstate estate, Map<String, String> parentEnvironment)
            throws IOException {
        Path directory = Files.createTempDirectory("galbridge-demo");
        Map<String, String> env = new HashMap<>(parentEnvironment);
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int i = 0; i < sources.size(); i++) {
            String variable = SOURCE_PASSWORD + (i == 0 ? "" : "_" + (i + 1));
            env.put(variable, sources.get(i).password());
            yaml.append(forest("  - ", sources.get(i), variable));
        }
        env.put(TARGET_PASSWORD, target.password());
        yaml.append("target:\n")
                .append(forest("  ", target, TARGET_PASSWORD))
                .append("  useGlobalCatalog: false\n  contactOu: \"")
                .append(estate.contactOu())
                .append("\"\n  mailUserOu: \"")
                .append(estate.mailUserOu())
                .append("\"\n  legacyExchangeDnPrefix: \"/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                        + "/cn=Recipients\"\n")
                .append("state: state\nrules: rules.yaml\n");
        Path file = directory.resolve("galbridge.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve("rules.yaml"),
                "version: 1\nownership:\n  attribute: " + DemoEstate.OWNERSHIP_ATTRIBUTE + "\n",
                StandardCharsets.UTF_8);
        return new DemoConfiguration(directory, file, Map.copyOf(env));
    }

    private static String forest(String first, TestForest forest, String passwordVariable) {
        String indent = " ".repeat(first.length());
        return first + "forest: " + forest.spec().dnsName() + "\n"
                + indent + "url: " + forest.ldapsUrl() + "\n"
                + indent + "bindDn: \"" + forest.bindDn() + "\"\n"
                + indent + "password: {env: " + passwordVariable + "}\n"
                + indent + "baseDn: \"" + forest.baseDn() + "\"\n"
                + indent + "caCertificate: \"" + forest.caCertificatePem() + "\"\n"
                + indent + "mailDomains: [" + forest.spec().dnsName() + "]\n";
    }
}
