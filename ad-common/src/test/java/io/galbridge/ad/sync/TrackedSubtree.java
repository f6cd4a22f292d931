package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.connection.SecurityMode;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.TestForest;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.identityconnectors.common.security.GuardedString;

/**
 * A test's own OU in a real forest ({@code OU=<name>,<base>} with a child {@code OU=Moved}), where it
 * creates, changes, renames, moves and deletes mail contacts with a plain admin connection, independent of
 * the code under test.
 */
final class TrackedSubtree {

    static final List<String> ATTRIBUTES = List.of("cn", "description", "displayName");

    private final TestForest forest;
    private final DN ou;
    private final boolean clientGuids;
    private final SecureRandom random = new SecureRandom();

    TrackedSubtree(TestForest forest, String name, boolean clientGuids) throws LDAPException {
        this.forest = forest;
        this.ou = new DN(new RDN("OU", name), forest.baseDn());
        this.clientGuids = clientGuids;
        try (LDAPConnection c = forest.connect()) {
            c.add(organizationalUnit(ou));
            c.add(organizationalUnit(moved()));
        }
    }

    DN ou() {
        return ou;
    }

    DN moved() {
        return new DN(new RDN("OU", "Moved"), ou);
    }

    DN dn(String cn) {
        return new DN(new RDN("CN", cn), ou);
    }

    DN movedDn(String cn) {
        return new DN(new RDN("CN", cn), moved());
    }

    /** A scope for this subtree: contacts, {@link #ATTRIBUTES}. */
    ChangeScope scope() {
        return new ChangeScope(forest.baseDn(), ou, Filter.createEqualityFilter("objectClass", "contact"), ATTRIBUTES);
    }

    /** A pool to the forest over LDAPS, trusting only the forest's test CA. */
    static AdConnectionPool pool(TestForest forest) {
        return AdConnectionPool.open(LdapEndpointSettings.builder()
                .server(forest.host(), forest.ldapsPort())
                .security(SecurityMode.LDAPS)
                .caFile(forest.caCertificatePem())
                .bind(forest.bindDn(), new GuardedString(forest.password().toCharArray()))
                .build());
    }

    /** The factory's choice for {@code mode}, on a session of {@code pool}. */
    static ChangeTracker tracker(SyncMode mode, AdConnectionPool pool, ChangeScope scope) {
        try (ServerAffinity session = pool.openSession()) {
            return ChangeTrackerFactory.create(mode, session, scope);
        }
    }

    ExchangeGuid addContact(String cn) throws LDAPException {
        Entry contact = new Entry(
                dn(cn),
                new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                new Attribute("cn", cn),
                new Attribute("sn", cn),
                new Attribute("displayName", cn + " (tracked)"));
        if (clientGuids) {
            byte[] guid = new byte[16];
            random.nextBytes(guid);
            contact.addAttribute("objectGUID", guid);
        }
        try (LDAPConnection c = forest.connect()) {
            c.add(contact);
        }
        return guid(dn(cn));
    }

    ExchangeGuid guid(DN dn) throws LDAPException {
        SearchResultEntry entry = forest.read(dn.toString(), "objectGUID");
        return GuidCodec.INSTANCE.decode(entry.getAttributeValueBytes("objectGUID"));
    }

    UUID entryUuid(DN dn) throws LDAPException {
        return UUID.fromString(forest.read(dn.toString(), "entryUUID").getAttributeValue("entryUUID"));
    }

    void describe(DN dn, String description) throws LDAPException {
        try (LDAPConnection c = forest.connect()) {
            c.modify(dn.toString(), new Modification(ModificationType.REPLACE, "description", description));
        }
    }

    void rename(DN dn, RDN newRdn, DN newParent) throws LDAPException {
        try (LDAPConnection c = forest.connect()) {
            c.modifyDN(dn.toString(), newRdn.toString(), true, newParent == null ? null : newParent.toString());
        }
    }

    void delete(DN dn) throws LDAPException {
        try (LDAPConnection c = forest.connect()) {
            c.delete(dn.toString());
        }
    }

    private static Entry organizationalUnit(DN dn) {
        return new Entry(
                dn,
                new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", dn.getRDN().getAttributeValues()[0]));
    }
}
