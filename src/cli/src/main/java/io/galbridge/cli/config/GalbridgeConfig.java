package io.galbridge.cli.config;

import io.galbridge.mapping.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The validated configuration of one galbridge installation.
 *
 * @param file the configuration file, absolute; never null
 * @param sources the source forests (one for {@code source:}, N for {@code sources:}), in file order,
 *     distinct forest names; never null or empty
 * @param target the target forest; never null
 * @param stateDirectory where sync tokens, the journal and the lock live, absolute; never null
 * @param rulesFile the rules file, absolute; null when the built-in rules apply
 * @param rules the attribute-flow rules (from {@code rulesFile} or {@link RuleSet#defaults()}); never null
 */
public record GalbridgeConfig(
        Path file,
        List<ForestConnection> sources,
        ForestConnection target,
        Path stateDirectory,
        Path rulesFile,
        RuleSet rules) {

    /** Checks the never-null parts; copies the source list. */
    public GalbridgeConfig {
        Objects.requireNonNull(file, "file");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source forest");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        Objects.requireNonNull(rules, "rules");
    }
}
