package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Gives the deletions that RFC 4533 reports by entryUUID their objectGUID, for {@link ContentSyncTracker}:
 *
 * <ol>
 *   <li>from the {@link AccessLog}'s delete record of the entryUUID ({@code reqOld} holds the old objectGUID);
 *   <li>else, when an entry with that entryUUID still exists in the naming context, from the entry: syncprov also
 *       reports an entry moved out of the watched subtree as deleted, and for the tracker's consumers it has
 *       left the scope;
 *   <li>else the entryUUID stays unresolved (the log did not keep the record: {@code logops} without deletes, or
 *       {@code logpurge} removed it), and the tracker falls back to a full resynchronisation.
 * </ol>
 *
 * A deletion whose log record shows no objectGUID (an OU, an entry that never had one) stays a {@link
 * Change.Delete} without objectGUID: it cannot be one of the objects the tracker reported. Immutable.
 */
final class DeletionResolver {

    /** entryUUIDs per live lookup; keeps the answer under any server size limit. */
    private static final int CHUNK = 100;

    private final AccessLog log;
    private final ChangeScope scope;

    DeletionResolver(AccessLog log, ChangeScope scope) {
        this.log = Objects.requireNonNull(log, "log");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * The changes with every deletion's objectGUID filled in where it can be known, and the entryUUIDs that
     * could not be resolved.
     *
     * @param changes the changes in the server's order, not null
     * @param unresolved the deleted entryUUIDs neither the log nor the directory knows, not null
     */
    record Resolution(List<Change> changes, List<UUID> unresolved) {
        Resolution {
            changes = List.copyOf(changes);
            unresolved = List.copyOf(unresolved);
        }
    }

    /**
     * @param session the connection to use; not null
     * @param changes what the refresh reported; deletions carry an entryUUID; not null
     * @return the resolved changes
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException the translated LDAP failure, or
     *     a log that does not keep old values (see {@link AccessLog#deletions})
     */
    Resolution resolve(ServerAffinity session, List<Change> changes) {
        Set<UUID> wanted = new LinkedHashSet<>();
        for (Change change : changes) {
            if (change instanceof Change.Delete d && d.objectGuid() == null && d.entryUuid() != null) {
                wanted.add(d.entryUuid());
            }
        }
        if (wanted.isEmpty()) {
            return new Resolution(changes, List.of());
        }
        Map<UUID, AccessLog.Deletion> logged = log.deletions(session, wanted);
        List<UUID> notLogged =
                wanted.stream().filter(id -> !logged.containsKey(id)).toList();
        Map<UUID, Change.Delete> leftScope = stillPresent(session, notLogged);
        List<Change> resolved = new ArrayList<>();
        List<UUID> unresolved = new ArrayList<>();
        for (Change change : changes) {
            if (!(change instanceof Change.Delete d) || d.objectGuid() != null || d.entryUuid() == null) {
                resolved.add(change);
                continue;
            }
            AccessLog.Deletion deletion = logged.get(d.entryUuid());
            if (deletion instanceof AccessLog.Deletion.Logged l) {
                resolved.add(new Change.Delete(l.objectGuid(), l.dn(), d.entryUuid()));
            } else if (deletion instanceof AccessLog.Deletion.WithoutObjectGuid w) {
                resolved.add(new Change.Delete(null, w.dn(), d.entryUuid()));
            } else if (leftScope.containsKey(d.entryUuid())) {
                resolved.add(leftScope.get(d.entryUuid()));
            } else {
                unresolved.add(d.entryUuid());
            }
        }
        return new Resolution(resolved, unresolved);
    }

    /** Entries that still exist with these entryUUIDs, anywhere in the naming context, as deletions. */
    private Map<UUID, Change.Delete> stillPresent(ServerAffinity session, List<UUID> entryUuids) {
        Map<UUID, Change.Delete> found = new HashMap<>();
        for (int from = 0; from < entryUuids.size(); from += CHUNK) {
            Filter filter =
                    Filter.createORFilter(entryUuids.subList(from, Math.min(entryUuids.size(), from + CHUNK)).stream()
                            .map(id -> Filter.createEqualityFilter("entryUUID", id.toString()))
                            .toList());
            SearchRequest search = new SearchRequest(
                    scope.namingContext().toString(), SearchScope.SUB, filter, "entryUUID", "objectGUID");
            String what = "look up " + filter + " under " + scope.namingContext();
            for (SearchResultEntry entry :
                    session.run(what, c -> c.search(search)).getSearchEntries()) {
                DN dn = session.run(entry.getDN(), c -> entry.getParsedDN());
                UUID id = UUID.fromString(entry.getAttributeValue("entryUUID"));
                ExchangeGuid guid = entry.hasAttribute(GuidCodec.OBJECT_GUID) ? ObjectGuidAttribute.of(entry) : null;
                found.put(id, new Change.Delete(guid, dn, id));
            }
        }
        return found;
    }
}
