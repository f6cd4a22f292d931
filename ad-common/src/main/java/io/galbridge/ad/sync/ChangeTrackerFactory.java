package io.galbridge.ad.sync;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.experimental.ActiveDirectoryDirSyncControl;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Chooses the change-tracking strategy once, from the configured {@link SyncMode} and what the server
 * offers (its root DSE). An explicit mode is checked against the root DSE and refused with a {@link
 * ConfigurationException} naming what is missing; {@link SyncMode#AUTO} picks, in order:
 *
 * <ol>
 *   <li>{@link DirSyncTracker} when the root DSE lists the DirSync control and a probe DirSync search (one
 *       that matches no object) succeeds, i.e. the bind has "Replicating Directory Changes";
 *   <li>{@link UsnChangedTracker} when the root DSE publishes {@code highestCommittedUSN} (AD-like);
 *   <li>{@link ContentSyncTracker} when the root DSE lists the RFC 4533 sync request control.
 * </ol>
 *
 * Content sync also needs the server's accesslog (OpenLDAP's {@code slapo-accesslog}, readable by the bind) to
 * report deletions by objectGUID; without one, choosing it fails with a {@link ConfigurationException} that names
 * the overlay and its settings (see {@link ContentSyncTracker#forServer}).
 *
 * Stateless.
 */
public final class ChangeTrackerFactory {

    private ChangeTrackerFactory() {}

    /**
     * @param mode the configured mode; not null
     * @param session a connection to the directory, used to read its root DSE (and probe DirSync); not null
     * @param scope what to watch; not null
     * @return the tracker
     * @throws ConfigurationException when the mode is not available on this server, naming why (for content
     *     sync also: no accesslog database this bind can read)
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException the translated LDAP failure
     *     of reading the root DSE
     */
    public static ChangeTracker create(SyncMode mode, ServerAffinity session, ChangeScope scope) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(scope, "scope");
        {
            Entry root = session.run(
                    "read the root DSE of " + session.server(),
                    c -> c.getEntry("", "supportedControl", DcIdentity.HIGHEST_COMMITTED_USN));
            List<String> controls = root == null || root.getAttributeValues("supportedControl") == null
                    ? List.of()
                    : Arrays.asList(root.getAttributeValues("supportedControl"));
            boolean dirSync = controls.contains(ActiveDirectoryDirSyncControl.DIRSYNC_OID);
            boolean usn = root != null && root.hasAttribute(DcIdentity.HIGHEST_COMMITTED_USN);
            boolean contentSync = controls.contains(ContentSyncTracker.SYNC_REQUEST_OID);
            String server = session.server();
            return switch (mode) {
                case DIRSYNC -> {
                    require(dirSync, server, "DirSync (" + ActiveDirectoryDirSyncControl.DIRSYNC_OID + ")");
                    yield new DirSyncTracker(scope);
                }
                case USN_CHANGED -> {
                    require(usn, server, "highestCommittedUSN in its root DSE");
                    yield new UsnChangedTracker(scope);
                }
                case CONTENT_SYNC -> {
                    require(contentSync, server, "RFC 4533 content sync (" + ContentSyncTracker.SYNC_REQUEST_OID + ")");
                    yield ContentSyncTracker.forServer(session, scope);
                }
                case AUTO -> {
                    if (dirSync && dirSyncAllowed(session, scope)) {
                        yield new DirSyncTracker(scope);
                    }
                    if (usn) {
                        yield new UsnChangedTracker(scope);
                    }
                    if (contentSync) {
                        yield ContentSyncTracker.forServer(session, scope);
                    }
                    throw new ConfigurationException("no change-tracking strategy is available on " + server
                            + ": its root DSE advertises neither DirSync nor highestCommittedUSN nor RFC 4533"
                            + " content sync");
                }
            };
        }
    }

    private static void require(boolean offered, String server, String what) {
        if (!offered) {
            throw new ConfigurationException(
                    "the configured change-tracking mode needs " + what + ", which " + server + " does not advertise");
        }
    }

    /** A DirSync search that matches nothing: refused with insufficient access when the bind lacks the right. */
    private static boolean dirSyncAllowed(ServerAffinity session, ChangeScope scope) {
        SearchRequest probe = new SearchRequest(
                scope.namingContext().toString(),
                SearchScope.BASE,
                Filter.createNOTFilter(Filter.createPresenceFilter("objectClass")),
                "1.1");
        probe.addControl(new ActiveDirectoryDirSyncControl(
                true, ActiveDirectoryDirSyncControl.FLAG_INCREMENTAL_VALUES, 0, (ASN1OctetString) null));
        return session.run("probe DirSync on " + scope.namingContext(), c -> {
            try {
                c.search(probe);
                return true;
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.INSUFFICIENT_ACCESS_RIGHTS
                        || e.getResultCode() == ResultCode.UNWILLING_TO_PERFORM) {
                    return false;
                }
                throw e;
            }
        });
    }
}
