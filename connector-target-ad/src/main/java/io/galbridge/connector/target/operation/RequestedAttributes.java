package io.galbridge.connector.target.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The attribute names a host asked for (ConnId's attributesToGet), matched against schema names with {@link
 * String#equalsIgnoreCase}; parsed once per search, so that rendering each object costs a hash lookup per schema
 * attribute rather than a scan of the request. Immutable.
 *
 * @param all whether every attribute was asked for (no attributesToGet)
 * @param ascii the ASCII names asked for, lower-cased; for ASCII names {@code equalsIgnoreCase} is equality of
 *     these; never null
 * @param others the other names asked for, as given, compared with {@code equalsIgnoreCase}; never null
 */
record RequestedAttributes(boolean all, Set<String> ascii, List<String> others) {

    /** Every attribute. */
    static final RequestedAttributes ALL = new RequestedAttributes(true, Set.of(), List.of());

    RequestedAttributes {
        ascii = Set.copyOf(ascii);
        others = List.copyOf(others);
    }

    /**
     * The request.
     *
     * @param requested the names asked for, or null for every attribute
     */
    static RequestedAttributes of(Set<String> requested) {
        if (requested == null) {
            return ALL;
        }
        Set<String> ascii = new HashSet<>();
        List<String> others = new ArrayList<>();
        for (String r : requested) {
            if (isAscii(r)) {
                ascii.add(r.toLowerCase(Locale.ROOT));
            } else {
                others.add(r);
            }
        }
        return new RequestedAttributes(false, ascii, others);
    }

    /** Whether {@code name} was asked for, case-insensitively. */
    boolean wants(String name) {
        return all || wants(name, isAscii(name) ? name.toLowerCase(Locale.ROOT) : null);
    }

    /**
     * Whether {@code name} was asked for, case-insensitively.
     *
     * @param name the schema name
     * @param asciiKey {@code name} lower-cased if it is ASCII, else null
     */
    boolean wants(String name, String asciiKey) {
        if (all) {
            return true;
        }
        if (asciiKey == null) {
            return ascii.stream().anyMatch(name::equalsIgnoreCase)
                    || others.stream().anyMatch(name::equalsIgnoreCase);
        }
        if (ascii.contains(asciiKey)) {
            return true;
        }
        for (String r : others) {
            if (r.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased key of an ASCII name, or null for any other name. */
    static String asciiKey(String name) {
        return isAscii(name) ? name.toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
