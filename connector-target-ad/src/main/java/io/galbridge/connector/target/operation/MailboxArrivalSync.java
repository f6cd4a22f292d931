package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.SyncDeltaBuilder;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncResultsHandler;
import org.identityconnectors.framework.common.objects.SyncToken;

/**
 * Reports pre-staged mail users that became mailboxes (spec 4.1, 4.3): galbridge-owned users with a homeMDB
 * and no targetAddress whose uSNChanged is above the token, oldest change first, as UPDATE deltas of
 * mailUser carrying msExchMailboxGuid (the key that correlates the move with the source mailbox). The token
 * is a uSNChanged number (the root DSE's highestCommittedUSN for the latest token); it is per domain
 * controller, so the connection pool's failover order must stay stable.
 *
 * <p>The search runs in the domain naming context, also when the global catalog is on: galbridge creates its
 * mail users in the configured mail-user OU of this domain, the token is the domain DC's USN, and the filter
 * needs the ownership attribute, which is not in AD's partial attribute set by default (adminDescription is
 * not), so a GC search would silently miss arrivals. Thread-safe.
 */
public final class MailboxArrivalSync {

    private final TargetDirectory directory;
    private final ConnectorObjects objects;

    public MailboxArrivalSync(TargetDirectory directory) {
        this.directory = directory;
        this.objects = new ConnectorObjects(directory.settings());
    }

    public SyncToken latest() {
        return new SyncToken(directory.highestCommittedUsn());
    }

    public void sync(ObjectClass oc, SyncToken token, SyncResultsHandler handler, OperationOptions options) {
        if (!oc.equals(TargetAttributes.MAIL_USER)) {
            throw new ConnectorException("Sync reports mailUser arrivals only, not " + oc);
        }
        long from = token == null ? 0 : Long.parseLong(String.valueOf(token.getValue()));
        Filter filter = Filter.createANDFilter(
                Filter.createEqualityFilter("objectClass", "user"),
                Filter.createPresenceFilter("homeMDB"),
                Filter.createPresenceFilter("msExchMailboxGuid"),
                Filter.createNOTFilter(Filter.createPresenceFilter("targetAddress")),
                Filter.createSubstringFilter(
                        directory.settings().ownership().attribute(), OwnershipMarker.PREFIX, null, null),
                Filter.createGreaterOrEqualFilter("uSNChanged", Long.toString(from + 1)));
        List<DirectoryEntry> changed = new ArrayList<>(directory.searchList(
                directory.settings().baseDn().toString(), SearchScope.SUB, filter, TargetDirectory.ALL));
        changed.sort(Comparator.comparingLong(e -> e.longValue("uSNChanged").orElse(0L)));
        for (DirectoryEntry e : changed) {
            SyncDeltaBuilder b = new SyncDeltaBuilder()
                    .setDeltaType(SyncDeltaType.UPDATE)
                    .setToken(new SyncToken(e.longValue("uSNChanged").orElse(from)))
                    .setObject(objects.toObject(TargetAttributes.MAIL_USER, e, RequestedAttributes.ALL));
            if (!handler.handle(b.build())) {
                return;
            }
        }
    }
}
