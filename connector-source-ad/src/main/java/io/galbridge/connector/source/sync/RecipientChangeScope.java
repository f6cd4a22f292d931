package io.galbridge.connector.source.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.sync.ChangeScope;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.mapping.model.AttributeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * The {@link ChangeScope} the source connector's live sync watches, derived from the settings and the
 * server's root DSE.
 *
 * <p>It is deliberately wider than the recipients the connector returns, so that objects which leave the
 * connector's view are seen and can be reported as deleted:
 *
 * <ul>
 *   <li>the subtree is the whole naming context that holds the base contexts (not only the search roots):
 *       an object moved out of a search root, or into an excluded OU, is still reported by the tracker;
 *   <li>the filter selects every user, contact, group and dynamic distribution list (no computers),
 *       mail-enabled or not: an object that lost its mail attributes is still reported;
 *   <li>the administrator's extra filter is not part of it; {@link RecipientDeltas} tests it on each entry.
 * </ul>
 *
 * Stateless.
 */
final class RecipientChangeScope {

    private RecipientChangeScope() {}

    /**
     * @param session a connection to read the root DSE's {@code namingContexts} with; not null
     * @param settings the validated settings; not null
     * @return the scope
     * @throws ConfigurationException when the base contexts do not all lie in one naming context of the server
     */
    static ChangeScope of(ServerAffinity session, SourceSettings settings) {
        Entry root =
                session.run("read the naming contexts of " + session.server(), c -> c.getEntry("", "namingContexts"));
        String[] contexts = root == null ? null : root.getAttributeValues("namingContexts");
        List<DN> namingContexts = new ArrayList<>();
        for (String text : contexts == null ? new String[0] : contexts) {
            try {
                namingContexts.add(new DN(text));
            } catch (LDAPException e) {
                throw new ConnectorException(
                        session.server() + " lists a malformed naming context '" + text + "' in its root DSE", e);
            }
        }
        DN namingContext = null;
        for (DN base : settings.baseContexts()) {
            DN holder = holder(namingContexts, base)
                    .orElseThrow(() -> new ConfigurationException("base context " + base
                            + " lies in none of the naming contexts " + namingContexts + " of " + session.server()
                            + "; live sync cannot watch it"));
            if (namingContext != null && !namingContext.equals(holder)) {
                throw new ConfigurationException("the base contexts lie in two naming contexts (" + namingContext
                        + " and " + holder + "); live sync follows one naming context: configure one connector"
                        + " instance per domain");
            }
            namingContext = holder;
        }
        List<String> attributes = new ArrayList<>(RecipientSchema.classifierInputs());
        attributes.add("*");
        return ChangeScope.wholeNamingContext(namingContext, candidates(), attributes);
    }

    /** Users, contacts, groups and dynamic distribution lists, mail-enabled or not; never computers. */
    static Filter candidates() {
        return Filter.createANDFilter(
                Filter.createORFilter(
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "user"),
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "contact"),
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "group"),
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "msExchDynamicDistributionList")),
                Filter.createNOTFilter(Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "computer")));
    }

    /** The longest naming context that holds the DN (application partitions may nest below a domain). */
    private static Optional<DN> holder(List<DN> namingContexts, DN dn) {
        DN best = null;
        for (DN nc : namingContexts) {
            if (dn.isDescendantOf(nc, true) && (best == null || nc.getRDNs().length > best.getRDNs().length)) {
                best = nc;
            }
        }
        return Optional.ofNullable(best);
    }
}
