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
 * gives GUIDs and SIDs as text, the target wants their bytes). Immutable; built once per run from the
 * target facade's schema.
 */
public final class ReplicaInput {

    private static final Set<String> SOURCE_SIDS = Set.of("objectsid");
    private static final Set<String> SID_ATTRIBUTES = Set.of("msexchmasteraccountsid");

    private final ObjectClass objectClass;
    private final Map<String, AttributeInfo> createable;

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
            String name = a.getName().toLowerCase(Locale.ROOT);
            if (a.getValue() == null || a.getValue().isEmpty() || name.startsWith("__")) {
                continue;
            }
            if (name.equals("objectclass") && createable.containsKey("sourceobjectclass")) {
                out.add(AttributeBuilder.build("sourceObjectClass", a.getValue()));
            } else if (SOURCE_SIDS.contains(name) && createable.containsKey("sourceobjectsid")) {
                out.add(AttributeBuilder.build("sourceObjectSid", convert(a, byte[].class, true)));
            } else if (createable.containsKey(name)) {
                AttributeInfo info = createable.get(name);
                out.add(AttributeBuilder.build(
                        info.getName(), convert(a, info.getType(), SID_ATTRIBUTES.contains(name))));
            }
        }
        return out;
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
