package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.List;
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

    /** Every target object that represents the source of {@code request}, read in full. */
    List<DirectoryEntry> joined(ContactRequest request) {
        List<Filter> keys = new ArrayList<>();
        keys.add(Filter.createEqualityFilter(directory.settings().ownership().attribute(), request.mark()));
        request.source().string("legacyExchangeDN").ifPresent(l -> {
            keys.add(Filter.createEqualityFilter("proxyAddresses", "X500:" + l));
            keys.add(Filter.createEqualityFilter("proxyAddresses", "x500:" + l));
        });
        List<DirectoryEntry> out = new ArrayList<>();
        for (DirectoryEntry hit : directory.searchForest(Filter.createORFilter(keys), "1.1")) {
            directory.read(hit.dn()).ifPresent(out::add);
        }
        return out;
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
