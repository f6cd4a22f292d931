package io.galbridge.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.galbridge.mapping.rules.RuleSet;
import io.galbridge.mapping.rules.RulesFileException;
import io.galbridge.mapping.rules.RulesFileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the YAML configuration file:
 *
 * <pre>
 * source:                      # or sources: [ {...}, {...} ] for N source forests into one target
 *   forest: src.test
 *   url: ldaps://127.0.0.1:636 # or ldap://... with startTls: true
 *   bindDn: "CN=Administrator,CN=Users,DC=src,DC=test"
 *   password: {env: GALBRIDGE_SOURCE_PASSWORD}   # or {file: secrets/src.txt}; never inline
 *   baseDn: "DC=src,DC=test"
 *   caCertificate: certs/src-ca.pem              # optional: the JVM trust store otherwise
 *   mailDomains: [src.test]
 *   deliveryDomain: route.src.test               # optional: prestage then uses the primary SMTP, flip the first of mailDomains
 * target:
 *   (the same keys) plus contactOu, mailUserOu and legacyExchangeDnPrefix, and optionally
 *   useGlobalCatalog: false    # single-domain forest without a global catalog
 * state: ./galbridge-state     # optional, this default
 * rules: rules.yaml            # optional: the built-in rules otherwise
 * parallelism: 4               # optional, this default: objects sync replicates at once (1 to 64)
 * </pre>
 *
 * Relative paths are resolved against the configuration file's directory. Unknown keys are refused with
 * their line and column; every problem is reported at once in one {@link ConfigException}; no message
 * carries a password. Stateless; thread-safe.
 */
public final class ConfigLoader {

    /** The state directory when {@code state:} is absent, relative to the configuration file. */
    public static final String DEFAULT_STATE = "galbridge-state";

    private static final Set<String> TOP_KEYS = Set.of("source", "sources", "target", "state", "rules", "parallelism");
    /** Locations without source text: a parse error must not echo the file's content. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private ConfigLoader() {}

    /**
     * Loads and validates a configuration file.
     *
     * @param file the file; never null
     * @param environment the process environment, for {@code {env: NAME}} passwords; never null
     * @return the configuration
     * @throws ConfigException (exit 2) listing every problem, when the file is missing, unreadable or invalid
     */
    public static GalbridgeConfig load(Path file, Map<String, String> environment) {
        Path absolute = file.toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(
                    absolute,
                    List.of(new ConfigProblem(
                            "$", 0, 0, "the file does not exist; pass --config FILE (see 'galbridge --help')")));
        } catch (IOException e) {
            throw new ConfigException(
                    absolute, List.of(new ConfigProblem("$", 0, 0, "cannot read: " + e.getMessage())));
        }
        return parse(absolute, text, environment);
    }

    /**
     * Validates configuration text.
     *
     * @param file the file the text came from (absolute; its directory anchors relative paths); never null
     * @param text the YAML text; never null
     * @param environment the process environment; never null
     * @throws ConfigException listing every problem
     */
    public static GalbridgeConfig parse(Path file, String text, Map<String, String> environment) {
        List<ConfigProblem> problems = new ArrayList<>();
        YamlNode root = tree(text, problems);
        if (root == null || !problems.isEmpty()) {
            throw new ConfigException(file, problems);
        }
        YamlNode.MapNode map = Fields.asMap(root, problems);
        if (map == null) {
            throw new ConfigException(file, problems);
        }
        Path base = file.getParent();
        Fields top = new Fields(map, problems);
        top.rejectUnknownKeys(TOP_KEYS, Map.of());
        ForestSection section = new ForestSection(base, environment, problems);

        List<ForestConnection> sources = new ArrayList<>();
        if (top.has("source") && top.has("sources")) {
            top.add(top.node("sources"), "give either source: (one forest) or sources: (a list), not both");
        } else if (top.has("source")) {
            sources.add(section.read(top.node("source"), "source"));
        } else if (top.has("sources")) {
            readSources(top.node("sources"), section, sources, problems);
        } else {
            problems.add(new ConfigProblem("source", 0, 0, "required: source: (one forest) or sources: (a list)"));
        }
        ForestConnection target = top.has("target")
                ? section.read(top.node("target"), "target")
                : missing(problems, "target", "required key 'target' is missing");
        checkDistinctForests(sources, target, top);

        String state = top.has("state") ? top.optionalString("state") : DEFAULT_STATE;
        Path rulesFile = top.has("rules") ? rulesFile(top, base) : null;
        RuleSet rules = rulesFile == null ? RuleSet.defaults() : rules(rulesFile, top);
        int parallelism =
                top.optionalInt("parallelism", GalbridgeConfig.DEFAULT_PARALLELISM, 1, GalbridgeConfig.MAX_PARALLELISM);
        if (!problems.isEmpty()) {
            throw new ConfigException(file, problems);
        }
        return new GalbridgeConfig(
                file, sources, target, base.resolve(state).normalize(), rulesFile, rules, parallelism);
    }

    private static YamlNode tree(String text, List<ConfigProblem> problems) {
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) {
                problems.add(new ConfigProblem("$", 0, 0, "the file is empty"));
                return null;
            }
            return YamlNode.read(p, "", problems);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(new ConfigProblem(
                    "$",
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new ConfigProblem("$", 0, 0, "cannot parse: " + e.getMessage()));
            return null;
        }
    }

    private static void readSources(
            YamlNode node, ForestSection section, List<ForestConnection> sources, List<ConfigProblem> problems) {
        if (!(node instanceof YamlNode.ListNode list) || list.items().isEmpty()) {
            problems.add(Fields.problem(node, "expected a non-empty list of source forests"));
            return;
        }
        list.items().forEach(item -> sources.add(section.read(item, "source")));
    }

    private static ForestConnection missing(List<ConfigProblem> problems, String path, String message) {
        problems.add(new ConfigProblem(path, 0, 0, message));
        return null;
    }

    private static void checkDistinctForests(List<ForestConnection> sources, ForestConnection target, Fields top) {
        Set<String> seen = new HashSet<>();
        for (ForestConnection s : sources) {
            if (s != null && !seen.add(s.forest())) {
                top.add(top.node("sources"), "source forest " + s.forest() + " is listed twice");
            }
        }
        if (target != null && seen.contains(target.forest())) {
            top.add(top.node("target"), "forest " + target.forest() + " is both a source and the target");
        }
    }

    private static Path rulesFile(Fields top, Path base) {
        String text = top.optionalString("rules");
        if (text == null) {
            return null;
        }
        Path file = base.resolve(text).normalize();
        if (!Files.isRegularFile(file)) {
            top.add(top.node("rules"), "rules file " + file + " does not exist");
            return null;
        }
        return file;
    }

    private static RuleSet rules(Path file, Fields top) {
        try {
            return RulesFileLoader.load(file);
        } catch (RulesFileException e) {
            e.problems().forEach(p -> top.add(top.node("rules"), "rules file " + file + ": " + p));
        } catch (IOException e) {
            top.add(top.node("rules"), "cannot read rules file " + file + ": " + e.getMessage());
        }
        return RuleSet.defaults();
    }
}
