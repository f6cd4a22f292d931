package io.galbridge.connector.target.operation;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;

/**
 * Reads the source recipient a host passes to create: {@code sourceDn} and {@code sourceObjectGuid} are
 * required, {@code sourceObjectClass} defaults to a user, {@code sourceObjectSid} becomes the source's
 * objectSid, every other schema attribute keeps its LDAP name. Any attribute other than {@code __NAME__} (ignored:
 * the naming policy chooses the DN) and the object class's createable schema attributes is refused, whether it
 * carries values or not, before anything else is read. Stateless.
 */
final class SourceInput {

    private SourceInput() {}

    /**
     * Reads the source recipient.
     *
     * @param objectClass the object class being created (galContact or mailUser), for messages; not null
     * @param attributes the host's attributes; not null
     * @param defaultClasses the source objectClass values when {@code sourceObjectClass} is absent; not null
     * @return the source recipient as a directory entry
     * @throws InvalidAttributeValueException if an attribute is outside the schema, read-only, or malformed, or a
     *     required one is missing
     */
    static DirectoryEntry read(ObjectClass objectClass, Set<Attribute> attributes, List<String> defaultClasses) {
        requireCreateable(objectClass, attributes);
        String dn = null;
        ExchangeGuid guid = null;
        for (Attribute a : attributes) {
            if (a.is(TargetAttributes.SOURCE_DN)) {
                dn = single(a);
            } else if (a.is(TargetAttributes.SOURCE_GUID)) {
                try {
                    guid = ExchangeGuid.parse(single(a));
                } catch (IllegalArgumentException e) {
                    throw new InvalidAttributeValueException(
                            TargetAttributes.SOURCE_GUID + " '" + single(a) + "' is not a GUID: " + e.getMessage(), e);
                }
            }
        }
        if (dn == null || dn.isBlank() || guid == null) {
            throw new InvalidAttributeValueException("Create needs the source recipient's " + TargetAttributes.SOURCE_DN
                    + " and " + TargetAttributes.SOURCE_GUID + " (got " + names(attributes) + ")");
        }
        DirectoryEntry.Builder b = DirectoryEntry.builder(dn).objectGuid(guid);
        boolean classes = false;
        for (Attribute a : attributes) {
            String name = a.getName();
            if (a.is(TargetAttributes.SOURCE_DN)
                    || a.is(TargetAttributes.SOURCE_GUID)
                    || a.is(Name.NAME)
                    || a.getValue() == null
                    || a.getValue().isEmpty()) {
                continue;
            }
            String ldapName = a.is(TargetAttributes.SOURCE_CLASSES)
                    ? "objectClass"
                    : a.is(TargetAttributes.SOURCE_SID) ? "objectSid" : name;
            classes |= a.is(TargetAttributes.SOURCE_CLASSES);
            for (Object v : a.getValue()) {
                if (v instanceof byte[] bytes) {
                    b.addBytes(ldapName, bytes);
                } else {
                    b.add(ldapName, String.valueOf(v));
                }
            }
        }
        if (!classes) {
            b.addAll("objectClass", defaultClasses);
        }
        return b.build();
    }

    private static void requireCreateable(ObjectClass objectClass, Set<Attribute> attributes) {
        String oc = objectClass.getObjectClassValue();
        for (Attribute a : attributes) {
            String name = a.getName();
            if (a.is(Name.NAME)) {
                continue;
            }
            if (!TargetAttributes.isKnown(name)) {
                throw new InvalidAttributeValueException(
                        "Attribute '" + name + "' is not in the schema of object class " + oc + "; create accepts "
                                + Name.NAME + " and the " + oc + " attributes of the schema");
            }
            if (TargetAttributes.in(TargetAttributes.READ_ONLY, name)) {
                throw new InvalidAttributeValueException(
                        "Attribute '" + name + "' of object class " + oc + " is read-only and cannot be set on create");
            }
        }
    }

    private static String single(Attribute a) {
        List<Object> v = a.getValue();
        if (v == null || v.size() != 1 || v.get(0) == null) {
            throw new InvalidAttributeValueException(a.getName() + " needs exactly one value");
        }
        return String.valueOf(v.get(0));
    }

    private static List<String> names(Set<Attribute> attributes) {
        return attributes.stream().map(Attribute::getName).sorted().toList();
    }
}
