package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import java.util.Optional;

/**
 * AD's view of a deleted object: a tombstone with {@code isDeleted=TRUE}, renamed to {@code
 * CN=<name>\0ADEL:<guid>} under {@code CN=Deleted Objects}, that keeps its objectGUID and records where it
 * was in {@code lastKnownParent} (and, since Windows Server 2008, its old RDN value in {@code
 * msDS-LastKnownRDN}). Stateless.
 */
final class Tombstone {

    /** Attributes to request from tombstones. */
    static final String[] ATTRIBUTES = {"objectGUID", "isDeleted", "lastKnownParent", "msDS-LastKnownRDN"};

    /** AD's mangling of a deleted object's RDN value: {@code "<old value>\nDEL:<guid>"}. */
    private static final String DELETED_MARK = "\nDEL:";

    private Tombstone() {}

    /**
     * A DN without AD's extended-DN prefixes. DirSync returns DN-valued attributes in extended form, e.g.
     * Samba 4.17's lastKnownParent {@code <GUID=9e9e6979-9e38-4b44-bbe4-7bda194d4c8c>;OU=Tracked,DC=src,DC=test}.
     */
    static String withoutExtendedParts(String dn) {
        String rest = dn;
        while (rest.startsWith("<")) {
            int end = rest.indexOf(">;");
            if (end < 0) {
                return rest;
            }
            rest = rest.substring(end + 2);
        }
        return rest;
    }

    /** Whether the entry is a tombstone ({@code isDeleted=TRUE}). */
    static boolean isTombstone(Entry entry) {
        return "TRUE".equalsIgnoreCase(entry.getAttributeValue("isDeleted"));
    }

    /**
     * The DN the object had before deletion, from lastKnownParent and the old RDN value; empty when the
     * server returned no lastKnownParent (e.g. DirSync reported a deletion without it).
     */
    static Optional<DN> lastKnownDn(Entry tombstone) {
        String parent = tombstone.getAttributeValue("lastKnownParent");
        if (parent == null) {
            return Optional.empty();
        }
        try {
            DN tombstoneDn = tombstone.getParsedDN();
            RDN rdn = tombstoneDn.getRDN();
            String type = rdn == null ? "CN" : rdn.getAttributeNames()[0];
            String value = tombstone.getAttributeValue("msDS-LastKnownRDN");
            if (value == null) {
                if (rdn == null) {
                    return Optional.empty();
                }
                value = rdn.getAttributeValues()[0];
                int mark = value.indexOf(DELETED_MARK);
                if (mark >= 0) {
                    value = value.substring(0, mark);
                }
            }
            return Optional.of(new DN(new RDN(type, value), new DN(withoutExtendedParts(parent))));
        } catch (LDAPException e) {
            // a malformed DN from the server: the deletion is still reported, by objectGUID alone
            return Optional.empty();
        }
    }
}
