package io.galbridge.cli.run;

import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfo;

/**
 * Turns a source {@code recipient} (as the source connector reads it) into the create attributes of a
 * target object class ({@code galContact} or {@code mailUser}), which describe the source recipient:
 * {@code sourceDn}, {@code sourceObjectGuid}, {@code sourceObjectClass}, {@code sourceObjectSid} and every
 * attribute the target's schema declares createable for that class, in the type it declares (the source
 * gives GUIDs and SIDs as text, the target wants their bytes). Built once per run from the target
 * facade's schema; thread-safe (what becomes of each source attribute name is worked out once and remembered).
 */
public final class ReplicaInput {

    private static final Set<String> SOURCE_SIDS = Set.of("objectsid");
    private static final Set<String> SID_ATTRIBUTES = Set.of("msexchmasteraccountsid");

    /**
     * What becomes of one source attribute, by its name as the source spells it.
     *
     * @param target the create attribute's name; null when the attribute is not carried over
     * @param type the type the target declares for it
     * @param sid whether text values are SIDs (else GUIDs) when the target wants bytes
     */
    private record Rule(String target, Class<?> type, boolean sid) {
        static final Rule DROP = new Rule(null, null, false);
    }

    private final ObjectClass objectClass;
    private final Map<String, AttributeInfo> createable;
    /** Source attribute name (as spelt) → its rule; filled on first sight, a few dozen names at most. */
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();

    private ReplicaInput(ObjectClass objectClass, Map<String, AttributeInfo> createable) {
        this.objectClass = objectClass;
        this.createable = createable;
    }

    /**
     * Reads the target's schema for one object class.
     *
     * @param target the target facade; never null
     * @param objectClass {@code galContact} or {@code mailUser}; never null
     * @throws IllegalStateException when the target connector does not offer the class
     */
    public static ReplicaInput of(ConnectorFacade target, ObjectClass objectClass) {
        ObjectClassInfo info = target.schema().findObjectClassInfo(objectClass.getObjectClassValue());
        if (info == null) {
            throw new IllegalStateException("the target connector has no object class " + objectClass);
        }
        Map<String, AttributeInfo> createable = new HashMap<>();
        for (AttributeInfo a : info.getAttributeInfo()) {
            if (a.isCreateable()) {
                createable.put(a.getName().toLowerCase(Locale.ROOT), a);
            }
        }
        return new ReplicaInput(objectClass, Map.copyOf(createable));
    }

    /** The object class the attributes are for. */
    public ObjectClass objectClass() {
        return objectClass;
    }

    /**
     * The create attributes for one source recipient.
     *
     * @param source the source recipient; never null
     * @return the attributes; never null
     */
    public Set<Attribute> attributes(ConnectorObject source) {
        Objects.requireNonNull(source, "source");
        Set<Attribute> out = new HashSet<>();
        out.add(AttributeBuilder.build("sourceDn", source.getName().getNameValue()));
        out.add(AttributeBuilder.build("sourceObjectGuid", source.getUid().getUidValue()));
        for (Attribute a : source.getAttributes()) {
            if (a.getValue() == null || a.getValue().isEmpty()) {
                continue;
            }
            Rule rule = rules.computeIfAbsent(a.getName(), this::rule);
            if (rule.target() == null) {
                continue;
            }
            out.add(AttributeBuilder.build(
                    rule.target(), rule.type() == null ? a.getValue() : convert(a, rule.type(), rule.sid())));
        }
        return out;
    }

    /** The rule of one source attribute name; a pure function of the name and the target's schema. */
    private Rule rule(String sourceName) {
        String name = sourceName.toLowerCase(Locale.ROOT);
        if (name.startsWith("__")) {
            return Rule.DROP;
        }
        if (name.equals("objectclass") && createable.containsKey("sourceobjectclass")) {
            return new Rule("sourceObjectClass", null, false);
        }
        if (SOURCE_SIDS.contains(name) && createable.containsKey("sourceobjectsid")) {
            return new Rule("sourceObjectSid", byte[].class, true);
        }
        AttributeInfo info = createable.get(name);
        return info == null ? Rule.DROP : new Rule(info.getName(), info.getType(), SID_ATTRIBUTES.contains(name));
    }

    private static List<Object> convert(Attribute a, Class<?> type, boolean sid) {
        List<Object> values = new ArrayList<>();
        for (Object v : a.getValue()) {
            if (type == byte[].class && v instanceof String text) {
                try {
                    values.add(
                            sid
                                    ? SecurityIdentifier.parse(text).toBytes()
                                    : ExchangeGuid.parse(text).toBytes());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            a.getName() + " value '" + text + "' is not a " + (sid ? "SID" : "GUID"), e);
                }
            } else if (type == String.class && !(v instanceof String)) {
                values.add(String.valueOf(v));
            } else {
                values.add(v);
            }
        }
        return values;
    }
}
