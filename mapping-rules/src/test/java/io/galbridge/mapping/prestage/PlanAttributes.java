package io.galbridge.mapping.prestage;

import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.List;
import java.util.Optional;

/** Reads planned values back out of changes. */
final class PlanAttributes {

    private PlanAttributes() {}

    static Optional<Modification> find(EntryChange change, String attribute) {
        return find(change.modifications(), attribute);
    }

    static Optional<Modification> find(List<Modification> mods, String attribute) {
        return mods.stream()
                .filter(m -> m.attribute().equalsIgnoreCase(attribute))
                .findFirst();
    }

    static List<String> strings(EntryChange change, String attribute) {
        return find(change, attribute).map(Modification::stringValues).orElse(List.of());
    }

    static String single(EntryChange change, String attribute) {
        List<String> values = strings(change, attribute);
        if (values.size() != 1) {
            throw new AssertionError(attribute + " has " + values + " in " + change);
        }
        return values.get(0);
    }
}
