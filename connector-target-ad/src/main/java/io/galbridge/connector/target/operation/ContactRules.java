package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.TargetSettings;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.GalSyncSettings;
import io.galbridge.mapping.config.NamingPolicy;
import io.galbridge.mapping.galsync.GalSyncRules;
import io.galbridge.mapping.rules.RuleSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The GAL-sync rules the connector applies to contact creates, one {@link GalSyncRules} per accepted source
 * forest, built once from the connector's settings: the built-in rule set with GALSync naming and the configured
 * ownership mark, legacyExchangeDNs with a random GUID as GALSync's (decision 0006). Immutable; thread-safe.
 */
final class ContactRules {

    private final TargetSettings settings;
    private final Map<String, GalSyncRules> byForest;

    /** Builds the rules of every source forest in {@code settings}. */
    ContactRules(TargetSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        RuleSet defaults = RuleSet.defaults();
        GalSyncSettings galSettings =
                new GalSyncSettings(false, settings.ownership(), NamingPolicy.GALSYNC, true, true, true, Map.of());
        RuleSet rules = new RuleSet(
                galSettings, defaults.attributeSets(), defaults.flows(), defaults.excludedAttributes(), Map.of());
        Map<String, GalSyncRules> out = new HashMap<>();
        for (ForestProfile forest : settings.sourceForests()) {
            // the first profile of a name wins, as in TargetSettings.sourceForest
            out.computeIfAbsent(
                    forest.forestName(), n -> new GalSyncRules(forest, settings.target(), rules, UUID::randomUUID));
        }
        this.byForest = Map.copyOf(out);
    }

    /** The connector's settings. */
    TargetSettings settings() {
        return settings;
    }

    /**
     * The rules for replicas of {@code sourceForest}'s recipients.
     *
     * @param sourceForest an accepted source forest of {@link #settings()}
     */
    GalSyncRules forForest(ForestProfile sourceForest) {
        GalSyncRules rules = byForest.get(sourceForest.forestName());
        if (rules == null) {
            throw new IllegalArgumentException("Source forest " + sourceForest.forestName() + " is not accepted");
        }
        return rules;
    }
}
