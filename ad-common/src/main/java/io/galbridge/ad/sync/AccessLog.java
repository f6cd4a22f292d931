package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.mapping.model.ExchangeGuid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * The change log that OpenLDAP's accesslog overlay ({@code slapo-accesslog}) writes, read to learn the objectGUID
 * of entries that RFC 4533 content sync reports as deleted by entryUUID only.
 *
 * <p>With {@code logops} including {@code delete} and a {@code logold} filter that matches the deleted entry, every
 * successful delete leaves an {@code auditDelete} record whose {@code reqEntryUUID} is the entry's entryUUID and
 * whose {@code reqOld} values hold the entry's old attributes as {@code <name>: <raw value>} (OpenLDAP 2.5 and
 * later; the objectGUID follows its name as 16 raw bytes). {@link #locate} finds the log databases among the
 * server's naming contexts (their root entry is an {@code auditContainer}); {@link #deletions} looks entryUUIDs up
 * there.
 *
 * <p>Immutable and thread-safe.
 */
final class AccessLog {

    /** The structural class of an accesslog database's root entry. */
    static final String AUDIT_CONTAINER = "auditContainer";

    /** entryUUIDs looked up per search: keeps the filter small and the answer under any server size limit. */
    private static final int CHUNK = 100;

    private static final byte[] GUID_PREFIX =
            (GuidCodec.OBJECT_GUID + ": ").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);

    private final List<DN> bases;

    private AccessLog(List<DN> bases) {
        this.bases = List.copyOf(bases);
    }

    /** What the log says about one deleted entry. */
    sealed interface Deletion permits Deletion.Logged, Deletion.WithoutObjectGuid {

        /**
         * The delete record carries the entry's old objectGUID.
         *
         * @param objectGuid the deleted entry's objectGUID; not null
         * @param dn the entry's DN when it was deleted; not null
         */
        record Logged(ExchangeGuid objectGuid, DN dn) implements Deletion {}

        /**
         * The delete record's old values have no objectGUID: the entry had none (e.g. an OU or a non-AD entry).
         *
         * @param dn the entry's DN when it was deleted; not null
         */
        record WithoutObjectGuid(DN dn) implements Deletion {}
    }

    /**
     * Finds the accesslog databases this bind can read.
     *
     * @param session a connection to the server; not null
     * @param forest the naming context whose deletions are wanted, for the error message; not null
     * @return the log
     * @throws ConfigurationException naming the overlay and settings to configure when no naming context of the
     *     server is an accesslog database readable by this bind
     */
    static AccessLog locate(ServerAffinity session, DN forest) {
        Entry root =
                session.run("read the naming contexts of " + session.server(), c -> c.getEntry("", "namingContexts"));
        String[] contexts = root == null ? null : root.getAttributeValues("namingContexts");
        List<String> listed = contexts == null ? List.of() : Arrays.asList(contexts);
        List<DN> bases = new ArrayList<>();
        Filter container = Filter.createEqualityFilter("objectClass", AUDIT_CONTAINER);
        for (String text : listed) {
            DN base = session.run("parse the naming context '" + text + "' of " + session.server(), c -> new DN(text));
            if (base.equals(forest)) {
                continue;
            }
            SearchRequest probe = new SearchRequest(base.toString(), SearchScope.BASE, container, "1.1");
            boolean isLog = session.run("look for an accesslog database at " + base, c -> {
                try {
                    return c.search(probe).getEntryCount() > 0;
                } catch (LDAPException e) {
                    if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT
                            || e.getResultCode() == ResultCode.INSUFFICIENT_ACCESS_RIGHTS) {
                        // slapd hides an entry this bind may not read: not a log this bind can use
                        return false;
                    }
                    throw e;
                }
            });
            if (isLog) {
                bases.add(base);
            }
        }
        if (bases.isEmpty()) {
            throw new ConfigurationException("RFC 4533 content sync on " + session.server()
                    + " reports deletions by entryUUID only, and the deleted entry's objectGUID must come from the"
                    + " accesslog; but none of the naming contexts " + listed + " is an accesslog database ("
                    + AUDIT_CONTAINER + ") that this bind can read. Configure the accesslog overlay on the database of "
                    + forest + " (overlay accesslog, logdb cn=accesslog, logops writes, logold (objectGUID=*)), and"
                    + " give this bind read access to the log database");
        }
        return new AccessLog(bases);
    }

    /** The log databases' suffixes, e.g. {@code cn=accesslog}. */
    List<DN> bases() {
        return bases;
    }

    /**
     * Looks up the successful delete records of entries.
     *
     * @param session the connection to use; not null
     * @param entryUuids the deleted entries; not null
     * @return what the log says, by entryUUID; entries without a delete record (not logged, or purged) are absent
     * @throws ConnectorException the translated LDAP failure, or a delete record without old values (the
     *     overlay's {@code logold} filter does not match the entry), naming the record and the setting
     */
    Map<UUID, Deletion> deletions(ServerAffinity session, Collection<UUID> entryUuids) {
        Objects.requireNonNull(entryUuids, "entryUuids");
        List<UUID> all = List.copyOf(entryUuids);
        Map<UUID, Deletion> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Filter> ids = all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                    .map(id -> Filter.createEqualityFilter("reqEntryUUID", id.toString()))
                    .toList();
            Filter filter = Filter.createANDFilter(
                    Filter.createEqualityFilter("objectClass", "auditDelete"),
                    Filter.createEqualityFilter("reqResult", "0"),
                    Filter.createORFilter(ids));
            for (DN base : bases) {
                SearchRequest search =
                        new SearchRequest(base.toString(), SearchScope.ONE, filter, "reqEntryUUID", "reqDN", "reqOld");
                String what = "search the accesslog " + base + " for the deletions of " + ids.size() + " entries";
                for (SearchResultEntry record :
                        session.run(what, c -> c.search(search)).getSearchEntries()) {
                    Deletion deletion = deletion(session, record);
                    UUID id = UUID.fromString(record.getAttributeValue("reqEntryUUID"));
                    found.put(id, deletion);
                }
            }
        }
        return found;
    }

    private static Deletion deletion(ServerAffinity session, SearchResultEntry record) {
        String dnText = record.getAttributeValue("reqDN");
        if (dnText == null || record.getAttributeValue("reqEntryUUID") == null) {
            throw new ConnectorException("the accesslog record " + record.getDN()
                    + " has no reqDN or no reqEntryUUID; the accesslog overlay of OpenLDAP 2.5 or later writes both");
        }
        DN dn = session.run("parse the reqDN of " + record.getDN(), c -> new DN(dnText));
        byte[][] old = record.getAttributeValueByteArrays("reqOld");
        if (old == null || old.length == 0) {
            throw new ConnectorException("the accesslog record " + record.getDN() + " of the deletion of " + dn
                    + " holds no old values (reqOld), so the deleted entry's objectGUID is unknown: set the"
                    + " accesslog overlay's logold filter so that it matches every synchronised entry, e.g."
                    + " logold (objectGUID=*); deletions logged before that cannot be reported, so start live sync"
                    + " again with a full synchronisation");
        }
        for (byte[] value : old) {
            if (startsWithGuidName(value)) {
                byte[] raw = Arrays.copyOfRange(value, GUID_PREFIX.length, value.length);
                try {
                    return new Deletion.Logged(GuidCodec.INSTANCE.decode(raw), dn);
                } catch (RuntimeException e) {
                    throw new ConnectorException(
                            "the accesslog record " + record.getDN() + " of the deletion of "
                                    + dn + " holds an old objectGUID that is not a GUID (" + raw.length + " bytes): "
                                    + e.getMessage(),
                            e);
                }
            }
        }
        return new Deletion.WithoutObjectGuid(dn);
    }

    /** Whether a reqOld value is {@code objectGUID: ...}, the name in any case. */
    private static boolean startsWithGuidName(byte[] value) {
        if (value.length < GUID_PREFIX.length) {
            return false;
        }
        for (int i = 0; i < GUID_PREFIX.length; i++) {
            byte b = value[i];
            byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
            if (lower != GUID_PREFIX[i]) {
                return false;
            }
        }
        return true;
    }
}
