package io.galbridge.connector.target.directory;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Adds the back-link attributes (memberOf, directReports, …) to an entry by searching for the forward links
 * that point at it, forest-wide. AD maintains back-links itself, but only within what the queried server
 * holds; computing them from the forward links gives the same values on AD and on servers that do not
 * maintain back-links at all (the embedded test forest, OpenLDAP without memberof). Values the entry already
 * has are kept. Thread-safe.
 */
public final class BackLinks {

    /** Back-link attribute → the forward-link attribute that produces it. */
    public static final Map<String, String> PAIRS = pairs();

    private final TargetDirectory directory;

    public BackLinks(TargetDirectory directory) {
        this.directory = directory;
    }

    /** {@code entry} with every back-link attribute completed. */
    public DirectoryEntry complete(DirectoryEntry entry) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(entry.dn());
        entry.objectGuid().ifPresent(b::objectGuid);
        for (String name : entry.attributeNames()) {
            if (EntryConversion.isBinary(name)) {
                entry.bytesValues(name).forEach(v -> b.addBytes(name, v));
            } else if (!PAIRS.containsKey(name.toLowerCase(Locale.ROOT))) {
                b.addAll(name, entry.strings(name));
            }
        }
        for (Map.Entry<String, String> pair : PAIRS.entrySet()) {
            TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            values.addAll(entry.strings(pair.getKey()));
            for (DirectoryEntry linking :
                    directory.searchForest(Filter.createEqualityFilter(pair.getValue(), entry.dn()), "1.1")) {
                values.add(linking.dn());
            }
            if (!values.isEmpty()) {
                b.addAll(pair.getKey(), new ArrayList<>(values));
            }
        }
        return b.build();
    }

    private static Map<String, String> pairs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("memberof", "member");
        m.put("directreports", "manager");
        m.put("altrecipientbl", "altRecipient");
        m.put("publicdelegatesbl", "publicDelegates");
        m.put("managedobjects", "managedBy");
        m.put("msexchcomanagedobjectsbl", "msExchCoManagedByLink");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The forward-link attributes whose values are DNs of other recipients. */
    public static List<String> forwardAttributes() {
        return List.copyOf(PAIRS.values());
    }
}
