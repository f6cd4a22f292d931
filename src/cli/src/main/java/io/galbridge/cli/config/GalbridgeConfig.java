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
 * @param parallelism how many objects {@code sync} replicates at once ({@code parallelism:}, default {@link
 *     #DEFAULT_PARALLELISM}); at least 1
 */
public record GalbridgeConfig(
        Path file,
        List<ForestConnection> sources,
        ForestConnection target,
        Path stateDirectory,
        Path rulesFile,
        RuleSet rules,
        int parallelism) {

    /** How many objects {@code sync} replicates at once when the configuration does not say. */
    public static final int DEFAULT_PARALLELISM = 4;

    /** The most objects {@code sync} may replicate at once. */
    public static final int MAX_PARALLELISM = 64;

    /** A configuration with the {@link #DEFAULT_PARALLELISM}. */
    public GalbridgeConfig(
            Path file,
            List<ForestConnection> sources,
            ForestConnection target,
            Path stateDirectory,
            Path rulesFile,
            RuleSet rules) {
        this(file, sources, target, stateDirectory, rulesFile, rules, DEFAULT_PARALLELISM);
    }

    /** Checks the never-null parts and the parallelism; copies the source list. */
    public GalbridgeConfig {
        Objects.requireNonNull(file, "file");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source forest");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        Objects.requireNonNull(rules, "rules");
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism " + parallelism + " is not from 1 to " + MAX_PARALLELISM);
        }
    }
}
