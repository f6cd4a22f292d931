package io.galbridge.cli.run;

import io.galbridge.cli.config.ForestConnection;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.ObjectClass;

/**
 * Finds every replica of a person in the forests of a configuration (spec 4.3 "GAL contacts in third forests,
 * and in the source forest if a contact represented the target user"): among the target's GAL contacts and the
 * recipients of every source forest, each object that carries galbridge's ownership mark naming the person's
 * source object (a galbridge installation whose target that forest is wrote it) or holds an X500 of the
 * person's source legacyExchangeDN (GALSync's join rule, spec 3.3; this also finds other tools' contacts, which
 * the rules then leave alone). The person's own source object is never one of them.
 *
 * <p>Everything is read through the connectors once, on the first lookup, and indexed by mark and by X500
 * (case-insensitively), so a run with many moved mailboxes reads each forest once. Confined to one thread.
 */
final class PersonReplicas {

    /**
     * One replica and where to write it.
     *
     * @param forest the forest's DNS name
     * @param facade the connector of that forest
     * @param objectClass the ConnId class it was read as
     * @param object the replica as read
     * @param entry the rules' view of it, with the ownership mark under the configured attribute
     */
    record Replica(
            String forest,
            ConnectorFacade facade,
            ObjectClass objectClass,
            ConnectorObject object,
            DirectoryEntry entry) {

        /** Its DN. */
        String dn() {
            return object.getName().getNameValue();
        }
    }

    private final String targetForest;
    private final ConnectorFacade target;
    private final Map<ForestConnection, ConnectorFacade> sources;
    private final OwnershipMarker ownership;
    private Map<String, List<Replica>> index;

    /**
     * @param targetForest the target forest's DNS name; never null
     * @param target the target facade; never null
     * @param sources the facade of every source forest; never null
     * @param ownership the ownership mark; never null
     */
    PersonReplicas(
            String targetForest,
            ConnectorFacade target,
            Map<ForestConnection, ConnectorFacade> sources,
            OwnershipMarker ownership) {
        this.targetForest = Objects.requireNonNull(targetForest, "targetForest");
        this.target = Objects.requireNonNull(target, "target");
        this.sources = new LinkedHashMap<>(sources);
        this.ownership = Objects.requireNonNull(ownership, "ownership");
    }

    /**
     * The replicas of one person.
     *
     * @param sourceForest the DNS name of the person's source forest; never null
     * @param person the person's source object; never null
     * @return the replicas, each once, target first, then the source forests in configuration order; never null
     * @throws IllegalArgumentException when the person's legacyExchangeDN is malformed
     */
    List<Replica> of(String sourceForest, ConnectorObject person) {
        String mark =
                ownership.value(sourceForest, ExchangeGuid.parse(person.getUid().getUidValue()));
        Optional<ProxyAddress> x500 = Entries.of(person)
                .string(AttributeNames.LEGACY_EXCHANGE_DN)
                .map(LegacyExchangeDn::parse)
                .map(LegacyExchangeDn::asX500);
        Set<Replica> found = new LinkedHashSet<>(index().getOrDefault(markKey(mark), List.of()));
        x500.ifPresent(x -> found.addAll(index().getOrDefault(x500Key(x.address()), List.of())));
        found.removeIf(r -> r.forest().equalsIgnoreCase(sourceForest)
                && r.object()
                        .getUid()
                        .getUidValue()
                        .equalsIgnoreCase(person.getUid().getUidValue()));
        return List.copyOf(found);
    }

    private Map<String, List<Replica>> index() {
        if (index == null) {
            index = new HashMap<>();
            SearchCollector contacts = new SearchCollector();
            target.search(ObjectClassNames.GAL_CONTACT, null, contacts, null);
            for (ConnectorObject o : contacts.objects()) {
                add(new Replica(targetForest, target, ObjectClassNames.GAL_CONTACT, o, targetEntry(o)));
            }
            for (Map.Entry<ForestConnection, ConnectorFacade> source : sources.entrySet()) {
                SearchCollector recipients = new SearchCollector();
                source.getValue().search(ObjectClassNames.SOURCE_RECIPIENT, null, recipients, null);
                for (ConnectorObject o : recipients.objects()) {
                    add(new Replica(
                            source.getKey().forest(),
                            source.getValue(),
                            ObjectClassNames.SOURCE_RECIPIENT,
                            o,
                            Entries.of(o)));
                }
            }
        }
        return index;
    }

    /** The target connector publishes the mark as {@code ownershipMark}; the rules read the configured name. */
    private DirectoryEntry targetEntry(ConnectorObject contact) {
        Optional<String> mark = TargetReplicas.mark(contact);
        if (mark.isEmpty() || contact.getAttributeByName(ownership.attribute()) != null) {
            return Entries.of(contact);
        }
        return Entries.of(new ConnectorObjectBuilder()
                .add(contact)
                .addAttribute(AttributeBuilder.build(ownership.attribute(), mark.get()))
                .build());
    }

    private void add(Replica replica) {
        DirectoryEntry e = replica.entry();
        e.string(ownership.attribute())
                .filter(m -> m.startsWith(OwnershipMarker.PREFIX))
                .ifPresent(m -> index.computeIfAbsent(markKey(m), k -> new ArrayList<>())
                        .add(replica));
        for (String value : e.strings(AttributeNames.PROXY_ADDRESSES)) {
            if (value.regionMatches(true, 0, "x500:", 0, 5)) {
                index.computeIfAbsent(x500Key(value.substring(5)), k -> new ArrayList<>())
                        .add(replica);
            }
        }
    }

    private static String markKey(String mark) {
        return "mark " + mark.toLowerCase(Locale.ROOT);
    }

    private static String x500Key(String legacyExchangeDn) {
        return "x500 " + legacyExchangeDn.toLowerCase(Locale.ROOT);
    }
}
