package io.galbridge.cli.run;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;

/**
 * What the target connector's join would find for a new replica, known without asking it: the ownership marks
 * and the {@code X500:} proxy addresses of every target recipient (one paged search of the target facade's
 * {@code recipient} class per run: every mail-enabled user, contact and group of the target domain), plus the
 * X500 values that the replicas this run creates will carry (claimed by the feeding thread before their
 * recipient reaches a worker). All compared case-insensitively.
 *
 * <p>{@link #absent} answers whether a create may assert {@code galbridge.replicaAbsent}: no target object
 * carries the source's ownership mark, none holds the X500 of its legacyExchangeDN, and no other recipient fed
 * earlier in this run will write that X500. A recipient claimed after the check can only be created after it,
 * which is an order the connector's own join would have seen the same way. The index covers the target domain
 * that the facade searches; in a target forest of several domains the target connector keeps its global-catalog
 * X500 search for the other domains (decision 0006). Thread-safe.
 */
final class JoinIndex {

    /** The target connector's create option by which the caller asserts that the join would find nothing. */
    static final String REPLICA_ABSENT = "galbridge.replicaAbsent";

    private static final String X500 = "x500:";

    private final Set<String> marks = ConcurrentHashMap.newKeySet();
    /** X500 value (lower case) to the UID value of the source recipient that holds it, or "" for the target. */
    private final Map<String, String> x500 = new ConcurrentHashMap<>();

    private JoinIndex() {}

    /**
     * Reads every target recipient's ownership mark and X500 proxy addresses with one search.
     *
     * @param target the target facade; never null
     * @return the index; never null
     */
    static JoinIndex read(ConnectorFacade target) {
        SearchCollector collector = new SearchCollector();
        target.search(
                ObjectClassNames.TARGET_RECIPIENT,
                null,
                collector,
                new OperationOptionsBuilder()
                        .setAttributesToGet(TargetReplicas.OWNERSHIP_MARK, "proxyAddresses")
                        .build());
        return of(collector.objects());
    }

    /**
     * Indexes target objects as read.
     *
     * @param targetObjects target objects with their {@code ownershipMark} and {@code proxyAddresses}; never null
     * @return the index; never null
     */
    static JoinIndex of(Collection<ConnectorObject> targetObjects) {
        JoinIndex index = new JoinIndex();
        for (ConnectorObject o : targetObjects) {
            TargetReplicas.mark(o).ifPresent(m -> index.marks.add(m.toLowerCase(Locale.ROOT)));
            for (String v : x500Values(o)) {
                index.x500.put(v, "");
            }
        }
        return index;
    }

    /**
     * Notes that the replica of this recipient will carry its X500 proxy addresses and the X500 of its
     * legacyExchangeDN. Called before the recipient is handed to a worker.
     */
    void claim(ConnectorObject recipient) {
        String uid = recipient.getUid().getUidValue();
        for (String v : x500Values(recipient)) {
            x500.putIfAbsent(v, uid);
        }
        legacyX500(recipient).ifPresent(v -> x500.putIfAbsent(v, uid));
    }

    /**
     * Whether the target connector's join would find nothing for this recipient.
     *
     * @param recipient the source recipient; never null
     * @param mark its ownership mark; never null
     * @return true when neither the mark nor the X500 of its legacyExchangeDN is held by another object
     */
    boolean absent(ConnectorObject recipient, String mark) {
        if (marks.contains(mark.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Optional<String> legacy = legacyX500(recipient);
        if (legacy.isEmpty()) {
            return true;
        }
        String holder = x500.get(legacy.get());
        return holder == null || holder.equals(recipient.getUid().getUidValue());
    }

    private static Optional<String> legacyX500(ConnectorObject recipient) {
        Attribute legacy = recipient.getAttributeByName("legacyExchangeDN");
        if (legacy == null || legacy.getValue() == null || legacy.getValue().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((X500 + legacy.getValue().get(0)).toLowerCase(Locale.ROOT));
    }

    private static Set<String> x500Values(ConnectorObject object) {
        Attribute proxies = object.getAttributeByName("proxyAddresses");
        if (proxies == null || proxies.getValue() == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Object p : proxies.getValue()) {
            String v = String.valueOf(p).toLowerCase(Locale.ROOT);
            if (v.startsWith(X500)) {
                out.add(v);
            }
        }
        return out;
    }
}
