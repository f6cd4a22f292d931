package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.connector.target.TargetOperationOptions;
import io.galbridge.connector.target.TargetSettings;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.galsync.GalSyncDecision;
import io.galbridge.mapping.galsync.TargetState;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Creates (or adopts) the GAL contact of one source recipient by the GAL-sync rules (spec 3.4–3.6, 3.9): the
 * proxy merge with X500s, targetAddress, RDT, a unique CN per the GALSync CN rules, a legacyExchangeDN generated
 * from the configured prefix with a random GUID as GALSync does (no uniqueness search, decision 0006), and the
 * ownership mark. An existing GALSync contact that joins the source (X500 of its legacyExchangeDN) is adopted
 * instead of duplicated; an owned replica is updated and its UID returned (create is idempotent).
 *
 * <p>Round trips. Naming is optimistic: the rules decide as if no name in the contact OU were taken and the add
 * goes out at once; only when it collides ({@code 68 entryAlreadyExists}) does {@link NameClashRetry} read the
 * taken names (and join again) and decide anew. The join search runs first unless the caller asserts {@link
 * TargetOperationOptions#REPLICA_ABSENT}; a collision drops that assertion. A new contact costs one add, plus a
 * read-back by DN on servers that assign the objectGUID themselves (AD, Samba), plus the join search without the
 * option. Thread-safe.
 */
public final class GalContactCreation {

    private final ContactRules rules;
    private final ReplicaLookups lookups;
    private final ContactWriter writer;

    /** The creation for the connector's directory; builds its GAL-sync rules once, for every create. */
    public GalContactCreation(TargetDirectory directory) {
        this.rules = new ContactRules(directory.settings());
        this.lookups = new ReplicaLookups(directory);
        this.writer = new ContactWriter(directory);
    }

    /**
     * Creates or adopts the contact.
     *
     * @param attributes the source recipient's attributes, as the host gave them
     * @param replicaAbsent the caller's assertion of {@link TargetOperationOptions#REPLICA_ABSENT}
     * @return the replica's UID (its objectGUID)
     * @throws AlreadyExistsException if the source joins several contacts, is represented by a user, or no name
     *     could be written
     * @throws InvalidAttributeValueException if the source is out of scope or its attributes are refused
     */
    public Uid create(Set<Attribute> attributes, boolean replicaAbsent) {
        ContactRequest request = ContactRequest.of(rules, attributes);
        List<DirectoryEntry> joined = replicaAbsent ? lookups.joinedBeyondThisDomain(request) : lookups.joined(request);
        GalSyncDecision decision = request.decide(new TargetState(joined, Set.of(), List.of()));
        try {
            return writer.write(decision, joined);
        } catch (AlreadyExistsException clash) {
            return new NameClashRetry(lookups, writer).retry(request, clash);
        }
    }

    /** The accepted source forest: msExchOriginatingForest if given, else the DC components of the source DN. */
    static ForestProfile sourceForest(TargetSettings settings, DirectoryEntry source) {
        String name = source.string("msExchOriginatingForest").orElseGet(() -> forestOf(source.dn()));
        return settings.sourceForest(name)
                .orElseThrow(() -> new InvalidAttributeValueException("Source forest '" + name + "' of " + source.dn()
                        + " is not among the accepted sourceForests "
                        + settings.sourceForests().stream()
                                .map(ForestProfile::forestName)
                                .toList()));
    }

    /**
     * The DNS name spelled by the DC components of {@code dn}, in order, lower case ({@code CN=a\,b,OU=x,DC=src,
     * DC=test} gives {@code src.test}); parsed with UnboundID's {@link DN}, so escaped commas and multi-valued
     * RDNs are read correctly.
     *
     * @throws InvalidAttributeValueException if {@code dn} is not a DN
     */
    static String forestOf(String dn) {
        DN parsed;
        try {
            parsed = new DN(dn);
        } catch (LDAPException e) {
            throw new InvalidAttributeValueException(
                    TargetAttributes.SOURCE_DN + " '" + dn + "' is not a DN: " + e.getMessage(), e);
        }
        List<String> labels = new ArrayList<>();
        for (RDN rdn : parsed.getRDNs()) {
            String[] names = rdn.getAttributeNames();
            String[] values = rdn.getAttributeValues();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase("dc")) {
                    labels.add(values[i]);
                }
            }
        }
        return String.join(".", labels).toLowerCase(Locale.ROOT);
    }
}
