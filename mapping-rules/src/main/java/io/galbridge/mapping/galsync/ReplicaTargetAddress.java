package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.TargetAddress;
import java.util.List;

/**
 * The targetAddress of a replica (spec 3.5, E20).
 *
 * <ul>
 *   <li>Mailboxes, groups and DDLs: the <em>last</em> SMTP proxy (either role) in one of the source
 *       forest's mail domains, written as {@code SMTP:<address>}.
 *   <li>Mail users and contacts: the same when the source forest has mail routing on, otherwise the
 *       object's own targetAddress, verbatim.
 *   <li>Hybrid-migrated (remote) mailboxes: always the object's own targetAddress, verbatim.
 * </ul>
 */
public final class ReplicaTargetAddress {

    private ReplicaTargetAddress() {}

    /**
     * Chooses the targetAddress.
     *
     * @throws IllegalArgumentException naming the object when no address qualifies (GALSync's "missing
     *     the unique SMTP proxy")
     */
    public static TargetAddress choose(DirectoryEntry entry, GalSourceKind kind, ForestProfile sourceForest) {
        boolean ownAddress = kind == GalSourceKind.REMOTE_MAILBOX
                || ((kind == GalSourceKind.MAIL_USER || kind == GalSourceKind.CONTACT) && !sourceForest.mailRouting());
        if (ownAddress) {
            return entry.string(AttributeNames.TARGET_ADDRESS)
                    .map(TargetAddress::parse)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Source " + entry.dn() + " (" + kind + ") has no targetAddress to pass through"));
        }
        List<String> values = entry.strings(AttributeNames.PROXY_ADDRESSES);
        ProxyAddress chosen = null;
        for (String value : values) {
            ProxyAddress p = ProxyAddress.parse(value);
            if (p.isSmtp() && sourceForest.ownsMailDomain(p.domain())) {
                chosen = p;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("Source " + entry.dn()
                    + " has no SMTP proxy address in the mail domains " + sourceForest.mailDomains() + " of "
                    + sourceForest.forestName() + " to route its replicas to");
        }
        return TargetAddress.smtp(chosen.address());
    }
}
