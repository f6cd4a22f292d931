package io.galbridge.mapping.config;

import java.util.List;
import java.util.Objects;

/**
 * A DN in the comparison form of {@link DnText}: its RDN components, normalised, leftmost first. Parse a
 * configured OU once and compare many entry DNs against it; {@code NormalisedDn.of(dn).isWithin(
 * NormalisedDn.of(ou))} answers exactly as {@link DnText#isWithin(String, String)}. Immutable.
 *
 * @param components the normalised RDN components, leftmost first; never null, unmodifiable
 */
public record NormalisedDn(List<String> components) {

    /** Copies the list. */
    public NormalisedDn {
        components = List.copyOf(Objects.requireNonNull(components, "components"));
    }

    /**
     * Parses {@code dn} as {@link DnText#components(String)} does.
     *
     * @param dn a DN in string form, never null
     */
    public static NormalisedDn of(String dn) {
        return new NormalisedDn(DnText.components(dn));
    }

    /** Whether this DN equals {@code ancestor} or lies below it. */
    public boolean isWithin(NormalisedDn ancestor) {
        List<String> a = ancestor.components;
        int offset = components.size() - a.size();
        if (offset < 0) {
            return false;
        }
        for (int i = a.size() - 1; i >= 0; i--) {
            if (!components.get(offset + i).equals(a.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this DN lies within at least one of {@code ancestors}. */
    public boolean isWithinAny(List<NormalisedDn> ancestors) {
        for (NormalisedDn a : ancestors) {
            if (isWithin(a)) {
                return true;
            }
        }
        return false;
    }
}
