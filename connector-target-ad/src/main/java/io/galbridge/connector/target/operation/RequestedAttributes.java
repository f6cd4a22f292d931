package io.galbridge.connector.target.operation;

import io.galbridge.mapping.model.AttributeNameIndex;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attribute names a host asked for (ConnId's attributesToGet), matched against schema names case-insensitively
 * as {@link String#equalsIgnoreCase} does; parsed once per search into an {@link AttributeNameIndex}, so that
 * rendering each object costs one table lookup per schema attribute rather than a scan of the request. Immutable.
 *
 * @param asked the names asked for, or null when every attribute was asked for (no attributesToGet)
 */
record RequestedAttributes(AttributeNameIndex<Boolean> asked) {

    /** Every attribute. */
    static final RequestedAttributes ALL = new RequestedAttributes(null);

    /**
     * The request.
     *
     * @param requested the names asked for, or null for every attribute
     */
    static RequestedAttributes of(Set<String> requested) {
        if (requested == null) {
            return ALL;
        }
        // one entry per name ignoring case: a host may ask for two spellings of one attribute
        Map<String, Boolean> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        requested.forEach(r -> names.put(r, Boolean.TRUE));
        return new RequestedAttributes(AttributeNameIndex.of(names));
    }

    /** Whether {@code name} was asked for, case-insensitively. */
    boolean wants(String name) {
        return asked == null || asked.get(name) != null;
    }
}
