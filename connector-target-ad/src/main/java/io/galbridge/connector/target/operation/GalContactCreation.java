package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.TargetSettings;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.GalSyncSettings;
import io.galbridge.mapping.config.NamingPolicy;
import io.galbridge.mapping.galsync.GalSyncDecision;
import io.galbridge.mapping.galsync.GalSyncRules;
import io.galbridge.mapping.galsync.SourceRecipient;
import io.galbridge.mapping.galsync.TargetState;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import io.galbridge.mapping.prestage.NameAvailability;
import io.galbridge.mapping.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Creates (or adopts) the GAL contact of one source recipient by the GAL-sync rules (spec 3.4–3.6, 3.9): the
 * proxy merge with X500s, targetAddress, RDT, a unique CN per the naming policy, a legacyExchangeDN generated
 * from the configured prefix and checked unique in the target (the stand-in for Update-Recipient), and the
 * ownership mark. An existing GALSync contact that joins the source (X500 of its legacyExchangeDN) is adopted
 * instead of duplicated; an owned replica is updated and its UID returned (create is idempotent).
 * Thread-safe.
 */
public final class GalContactCreation {

    private static final int LEGACY_DN_ATTEMPTS = 5;

    private final TargetDirectory directory;
    private final TargetSettings settings;
    private final NameAvailability names;

    public GalContactCreation(TargetDirectory directory, NameAvailability names) {
        this.directory = directory;
        this.settings = directory.settings();
        this.names = names;
    }

    /** Creates or adopts the contact; returns its UID. */
    public Uid create(Set<Attribute> attributes) {
        DirectoryEntry source = SourceInput.read(
                TargetAttributes.GAL_CONTACT, attributes, List.of("top", "person", "organizationalPerson", "user"));
        ForestProfile sourceForest = sourceForest(settings, source);
        RuleSet defaults = RuleSet.defaults();
        GalSyncSettings galSettings =
                new GalSyncSettings(false, settings.ownership(), NamingPolicy.GALSYNC, true, true, true, Map.of());
        RuleSet rules = new RuleSet(
                galSettings, defaults.attributeSets(), defaults.flows(), defaults.excludedAttributes(), Map.of());
        GalSyncRules galSync = new GalSyncRules(sourceForest, settings.target(), rules, UUID::randomUUID);
        String mark = settings.ownership()
                .value(sourceForest.forestName(), source.objectGuid().orElseThrow());
        List<DirectoryEntry> joined = joined(source, mark);
        TargetState state = new TargetState(joined, takenNames(galSync.contactOu(), source), List.of());
        for (int attempt = 0; attempt < LEGACY_DN_ATTEMPTS; attempt++) {
            GalSyncDecision decision = galSync.decide(SourceRecipient.of(source), state);
            switch (decision.action()) {
                case CREATE, UPDATE, UNCHANGED, ADOPT -> {
                    if (decision.action() == GalSyncDecision.Action.CREATE && !legacyDnFree(decision)) {
                        continue;
                    }
                    String dn = decision.replicaDnValue().orElseThrow();
                    Optional<ExchangeGuid> assigned = Optional.empty();
                    for (EntryChange change : decision.changes()) {
                        Optional<ExchangeGuid> guid = directory.apply(change);
                        if (change.kind() == EntryChange.Kind.CREATE
                                && change.dn().equals(dn)) {
                            assigned = guid;
                        }
                    }
                    if (assigned.isPresent()) {
                        return new Uid(GuidCodec.INSTANCE.toUid(assigned.get())); // this call chose it: no read-back
                    }
                    return ConnectorObjects.uid(directory
                            .read(dn)
                            .orElseThrow(() -> new ConnectorException("Contact " + dn + " vanished after writing it")));
                }
                case CONFLICT, REPRESENTED_BY_USER ->
                    throw new AlreadyExistsException(String.join("; ", decision.notes()));
                case OUT_OF_SCOPE ->
                    throw new InvalidAttributeValueException("Source " + source.dn() + " is out of GAL-sync scope: "
                            + decision.scopeReasonValue().map(Enum::name).orElse("?"));
                default ->
                    throw new InvalidAttributeValueException("No GAL contact for " + source.dn() + " ("
                            + decision.action() + "): " + String.join("; ", decision.notes()));
            }
        }
        throw new AlreadyExistsException("No unique legacyExchangeDN below " + settings.legacyExchangeDnPrefix()
                + " after " + LEGACY_DN_ATTEMPTS + " attempts for the contact of " + source.dn());
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

    private static String leafValue(String dn) {
        try {
            return new DN(dn).getRDN().getAttributeValues()[0];
        } catch (LDAPException e) {
            throw new InvalidAttributeValueException(
                    TargetAttributes.SOURCE_DN + " '" + dn + "' is not a DN: " + e.getMessage(), e);
        }
    }

    private List<DirectoryEntry> joined(DirectoryEntry source, String mark) {
        List<Filter> keys = new ArrayList<>();
        keys.add(Filter.createEqualityFilter(settings.ownership().attribute(), mark));
        source.string("legacyExchangeDN").ifPresent(l -> {
            keys.add(Filter.createEqualityFilter("proxyAddresses", "X500:" + l));
            keys.add(Filter.createEqualityFilter("proxyAddresses", "x500:" + l));
        });
        List<DirectoryEntry> out = new ArrayList<>();
        for (DirectoryEntry hit : directory.searchForest(Filter.createORFilter(keys), "1.1")) {
            directory.read(hit.dn()).ifPresent(out::add);
        }
        return out;
    }

    private Set<String> takenNames(String ou, DirectoryEntry source) {
        String cn = source.string("cn").orElseGet(() -> leafValue(source.dn()));
        String prefix = cn.substring(0, Math.min(cn.length(), 16));
        TreeSet<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Filter f = Filter.createSubstringFilter("cn", prefix, null, null);
        for (DirectoryEntry e : directory.searchList(ou, SearchScope.ONE, f, "cn")) {
            taken.addAll(e.strings("cn"));
        }
        return taken;
    }

    private boolean legacyDnFree(GalSyncDecision decision) {
        for (EntryChange c : decision.changes()) {
            for (Modification m : c.modifications()) {
                if (m.attribute().equalsIgnoreCase("legacyExchangeDN")
                        && !m.stringValues().isEmpty()) {
                    return names.isLegacyExchangeDnFree(
                            LegacyExchangeDn.parse(m.stringValues().get(0)));
                }
            }
        }
        return true;
    }
}
