package io.galbridge.cli.run;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ObjectClass;

/**
 * galbridge's objects of one target object class ({@code galContact} or {@code mailUser}) indexed by
 * ownership mark ({@code galbridge:<forest>:<source guid>}), by DN and by UID, read once per run through the
 * target facade and kept current as the run writes. Thread-safe (the sync's workers share it); each
 * object is indexed by mark, DN and UID in separate steps, which is enough because the workers never handle one
 * source object at the same time.
 */
public final class TargetReplicas {

    /** The target connector's read-only attribute with the ownership mark. */
    public static final String OWNERSHIP_MARK = "ownershipMark";

    private final Map<String, ConnectorObject> byMark = new ConcurrentHashMap<>();
    private final Map<String, ConnectorObject> byDn = new ConcurrentHashMap<>();
    private final Map<String, ConnectorObject> byUid = new ConcurrentHashMap<>();

    private TargetReplicas() {}

    /** Reads every object of the class. */
    public static TargetReplicas read(ConnectorFacade target, ObjectClass objectClass) {
        TargetReplicas replicas = new TargetReplicas();
        SearchCollector collector = new SearchCollector();
        target.search(objectClass, null, collector, null);
        collector.objects().forEach(replicas::put);
        return replicas;
    }

    /** Adds or replaces one object. */
    public void put(ConnectorObject object) {
        mark(object).ifPresent(m -> byMark.put(m.toLowerCase(Locale.ROOT), object));
        byDn.put(object.getName().getNameValue().toLowerCase(Locale.ROOT), object);
        byUid.put(object.getUid().getUidValue().toLowerCase(Locale.ROOT), object);
    }

    /** Forgets one object. */
    public void remove(ConnectorObject object) {
        mark(object).ifPresent(m -> byMark.remove(m.toLowerCase(Locale.ROOT)));
        byDn.remove(object.getName().getNameValue().toLowerCase(Locale.ROOT));
        byUid.remove(object.getUid().getUidValue().toLowerCase(Locale.ROOT));
    }

    /** The object carrying this ownership mark. */
    public Optional<ConnectorObject> byMark(String mark) {
        return Optional.ofNullable(byMark.get(mark.toLowerCase(Locale.ROOT)));
    }

    /** The object with this DN. */
    public Optional<ConnectorObject> byDn(String dn) {
        return Optional.ofNullable(byDn.get(dn.toLowerCase(Locale.ROOT)));
    }

    /** The object with this UID (an adopted contact keeps its UID when it is renamed into the contact OU). */
    public Optional<ConnectorObject> byUid(String uid) {
        return Optional.ofNullable(byUid.get(uid.toLowerCase(Locale.ROOT)));
    }

    /** How many objects are indexed. */
    public int size() {
        return byDn.size();
    }

    /** The ownership mark of a target object, if it has one. */
    public static Optional<String> mark(ConnectorObject object) {
        Attribute a = object.getAttributeByName(OWNERSHIP_MARK);
        return a == null || a.getValue() == null || a.getValue().isEmpty()
                ? Optional.empty()
                : Optional.of(String.valueOf(a.getValue().get(0)));
    }
}
