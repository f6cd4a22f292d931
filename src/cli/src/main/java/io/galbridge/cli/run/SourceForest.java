package io.galbridge.cli.run;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.Locale;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * One source forest of a GAL-sync run: its name, its facade and how its recipients are keyed — by ownership
 * mark in the target, and by worker lane. Immutable.
 *
 * @param name the source forest's DNS name; never null
 * @param facade the source facade; never null
 * @param ownership the rules' ownership marker; never null
 */
record SourceForest(String name, ConnectorFacade facade, OwnershipMarker ownership) {

    /** The target connector's unique-name choice looks at the first 16 characters of the source's cn. */
    private static final int NAME_KEY_LENGTH = 16;

    /** The ownership mark a replica of this source object carries ({@code galbridge:<forest>:<guid>}). */
    String mark(Uid sourceUid) {
        return ownership.value(name, ExchangeGuid.parse(sourceUid.getUidValue()));
    }

    /**
     * The worker-lane key: the first 16 characters of the recipient's cn (or RDN value), lower case, so two
     * recipients competing for one contact name run on the same lane, one after the other.
     */
    static String laneKey(ConnectorObject recipient) {
        Attribute cn = recipient.getAttributeByName("cn");
        String value = cn != null && cn.getValue() != null && !cn.getValue().isEmpty()
                ? String.valueOf(cn.getValue().get(0))
                : leaf(recipient.getName().getNameValue());
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.substring(0, Math.min(lower.length(), NAME_KEY_LENGTH));
    }

    private static String leaf(String dn) {
        try {
            return new DN(dn).getRDN().getAttributeValues()[0];
        } catch (LDAPException e) {
            return dn;
        }
    }
}
