package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.config.DnText;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;

/**
 * The two reads a GAL-contact create may need besides its writes: the join search (forest-wide, by ownership mark
 * or X500 of the source's legacyExchangeDN; every hit re-read in full from the domain DC) and the names taken in
 * the contact OU (a one-level search for cn values starting with the first 16 characters of the source's cn).
 * Thread-safe.
 */
final class ReplicaLookups {

    /** How much of the cn the taken-names search matches; every naming candidate starts with it. */
    private static final int NAME_PREFIX = 16;

    private final TargetDirectory directory;

    ReplicaLookups(TargetDirectory directory) {
        this.directory = directory;
    }

    /**
     * Every target object that represents the source of {@code request}, read in full.
     *
     * <p>Two steps, so that the common case costs one indexed search: first the objects holding the X500 of the
     * source's legacyExchangeDN (proxyAddresses is indexed in AD); when one of them carries the source's ownership
     * mark, that is the replica and the search ends there. Otherwise (a new source, an adoptable GALSync contact,
     * or a replica whose X500 was removed or whose source's legacyExchangeDN changed) the objects carrying the mark
     * are searched as well; that attribute (adminDescription or description) is not indexed in AD's default
     * schema, which is why it comes second. A second object that carries the mark but lost the X500, next to a
     * replica found by X500, is not seen (decision 0006).
     */
    List<DirectoryEntry> joined(ContactRequest request) {
        String attribute = directory.settings().ownership().attribute();
        Filter byMark = Filter.createEqualityFilter(attribute, request.mark());
        Optional<String> legacy = request.source().string("legacyExchangeDN");
        if (legacy.isEmpty()) {
            return directory.findInForest(byMark);
        }
        List<DirectoryEntry> byX500 = byX500(legacy.get());
        if (byX500.stream().anyMatch(e -> e.strings(attribute).stream().anyMatch(request.mark()::equalsIgnoreCase))) {
            return byX500;
        }
        Map<String, DirectoryEntry> union = new LinkedHashMap<>();
        byX500.forEach(e -> union.put(String.join(",", DnText.components(e.dn())), e));
        directory.findInForest(byMark).forEach(e -> union.putIfAbsent(String.join(",", DnText.components(e.dn())), e));
        return new ArrayList<>(union.values());
    }

    /**
     * The join a {@code galbridge.replicaAbsent} create still needs in a forest of several domains: the caller's
     * read covered this domain only, so the objects of the other domains that hold the X500 of the source's
     * legacyExchangeDN (adoptable GALSync contacts) are looked up through the global catalog. The ownership mark
     * is not: galbridge writes its replicas into this domain's contact OU only.
     */
    List<DirectoryEntry> joinedBeyondThisDomain(ContactRequest request) {
        if (!directory.spansSeveralDomains()) {
            return List.of();
        }
        return request.source().string("legacyExchangeDN").map(this::byX500).orElse(List.of());
    }

    private List<DirectoryEntry> byX500(String legacyExchangeDn) {
        return directory.findInForest(Filter.createORFilter(
                Filter.createEqualityFilter("proxyAddresses", "X500:" + legacyExchangeDn),
                Filter.createEqualityFilter("proxyAddresses", "x500:" + legacyExchangeDn)));
    }

    /** The cn values in the contact OU that a name for the source of {@code request} could collide with. */
    Set<String> takenNames(ContactRequest request) {
        DirectoryEntry source = request.source();
        String cn = source.string("cn").orElseGet(() -> leafValue(source.dn()));
        String prefix = cn.substring(0, Math.min(cn.length(), NAME_PREFIX));
        TreeSet<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Filter f = Filter.createSubstringFilter("cn", prefix, null, null);
        for (DirectoryEntry e : directory.searchList(request.contactOu(), SearchScope.ONE, f, "cn")) {
            taken.addAll(e.strings("cn"));
        }
        return taken;
    }

    private static String leafValue(String dn) {
        try {
            return new DN(dn).getRDN().getAttributeValues()[0];
        } catch (LDAPException e) {
            throw new InvalidAttributeValueException(
                    TargetAttributes.SOURCE_DN + " '" + dn + "' is not a DN: " + e.getMessage(), e);
        }
    }
}
