package io.galbridge.mapping.rules;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.GalSyncSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the GAL-sync rules can be told by configuration: the engine switches, which attribute
 * sets flow, extra or replacing flows, attributes that must not flow, and per-forest overrides.
 * {@link #defaults()} is the built-in behaviour; {@link RulesFileLoader} builds one from a YAML or JSON
 * file. Immutable.
 *
 * @param settings the engine switches; never null
 * @param attributeSets the attribute sets copied unchanged; never null
 * @param flows flows added to, or replacing (same target), the set flows; never null
 * @param excludedAttributes attributes that never flow, whatever the sets say; never null
 * @param forests per-forest overrides keyed by forest DNS name (case-insensitive); never null
 */
public record RuleSet(
        GalSyncSettings settings,
        Set<AttributeSet> attributeSets,
        List<AttributeFlow> flows,
        Set<String> excludedAttributes,
        Map<String, ForestOverride> forests) {

    /**
     * Attributes the engine computes itself (spec 3.5); a flow may not write them. The ownership
     * attribute is reserved as well.
     */
    public static final Set<String> ENGINE_ATTRIBUTES = Set.of(
            "objectclass",
            "cn",
            "name",
            "distinguishedname",
            "objectguid",
            "proxyaddresses",
            "targetaddress",
            "legacyexchangedn",
            "mailnickname",
            "msexchoriginatingforest",
            "msexchrecipientdisplaytype",
            "msexchrecipienttypedetails",
            "mapirecipient",
            "msexchmasteraccountsid");

    /** Validates and copies. */
    public RuleSet {
        Objects.requireNonNull(settings, "settings");
        attributeSets = Collections.unmodifiableSet(EnumSet.copyOf(withNone(attributeSets)));
        flows = List.copyOf(Objects.requireNonNull(flows, "flows"));
        TreeSet<String> excluded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        excluded.addAll(Objects.requireNonNull(excludedAttributes, "excludedAttributes"));
        excludedAttributes = Collections.unmodifiableSet(excluded);
        TreeMap<String, ForestOverride> byForest = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byForest.putAll(Objects.requireNonNull(forests, "forests"));
        forests = Collections.unmodifiableMap(byForest);
        for (AttributeFlow flow : flows) {
            if (isReserved(flow.target(), settings)) {
                throw new IllegalArgumentException(
                        "Flow to " + flow.target() + " is not allowed: the engine computes that attribute itself");
            }
        }
    }

    /** The built-in rules: GALSync defaults, GAL and EXTENSION sets, no extra flows, no overrides. */
    public static RuleSet defaults() {
        return new RuleSet(
                GalSyncSettings.DEFAULTS,
                EnumSet.of(AttributeSet.GAL, AttributeSet.EXTENSION),
                List.of(),
                Set.of(),
                Map.of());
    }

    /** Whether a flow may not write {@code attribute} under {@code settings}. */
    public static boolean isReserved(String attribute, GalSyncSettings settings) {
        String a = attribute.toLowerCase(Locale.ROOT);
        return ENGINE_ATTRIBUTES.contains(a)
                || a.equalsIgnoreCase(settings.ownership().attribute());
    }

    /**
     * The flows in effect: a copy flow for every attribute of the enabled sets, replaced by an explicit
     * flow with the same target, plus the other explicit flows, minus excluded attributes. One flow per
     * target attribute, in a stable order.
     */
    public List<AttributeFlow> effectiveFlows() {
        Map<String, AttributeFlow> byTarget = new LinkedHashMap<>();
        for (AttributeSet set : AttributeSet.values()) {
            if (attributeSets.contains(set)) {
                for (String attribute : set.attributes()) {
                    byTarget.put(attribute.toLowerCase(Locale.ROOT), AttributeFlow.copy(attribute));
                }
            }
        }
        for (AttributeFlow flow : flows) {
            byTarget.put(flow.target().toLowerCase(Locale.ROOT), flow);
        }
        List<AttributeFlow> out = new ArrayList<>();
        for (AttributeFlow flow : byTarget.values()) {
            if (!excludedAttributes.contains(flow.target())) {
                out.add(flow);
            }
        }
        return List.copyOf(out);
    }

    /** {@code profile} with this rule set's override for its forest applied, if any. */
    public ForestProfile apply(ForestProfile profile) {
        ForestOverride override = forests.get(profile.forestName());
        return override == null ? profile : override.applyTo(profile);
    }

    private static Set<AttributeSet> withNone(Set<AttributeSet> sets) {
        Set<AttributeSet> copy = EnumSet.noneOf(AttributeSet.class);
        copy.addAll(Objects.requireNonNull(sets, "attributeSets"));
        return copy;
    }
}
