package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.ProxyAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Per-value proxy address handling shared by the planners. */
final class ProxyValues {

    private ProxyValues() {}

    /**
     * Parses each value on its own, keeping those that parse; used where a malformed neighbour must
     * not hide a real match or a present value.
     */
    static List<ProxyAddress> parseLenient(Collection<String> stored) {
        List<ProxyAddress> out = new ArrayList<>(stored.size());
        for (String s : stored) {
            try {
                out.add(ProxyAddress.parse(s));
            } catch (IllegalArgumentException e) {
                // A malformed stored value is not an address; it neither matches nor counts as present.
                continue;
            }
        }
        return out;
    }

    /** Whether every address of {@code required} is in {@code held} (case-insensitive, role ignored). */
    static boolean holdsAll(Collection<ProxyAddress> held, Collection<ProxyAddress> required) {
        return held.containsAll(required);
    }
}
