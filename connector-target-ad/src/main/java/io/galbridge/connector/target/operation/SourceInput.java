package io.galbridge.connector.target.operation;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.ArrayList;
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
        List<Attribute> list = new ArrayList<>(attributes);
        Role[] roles = new Role[list.size()];
        for (int i = 0; i < roles.length; i++) {
            roles[i] = Role.of(list.get(i));
            requireCreateable(objectClass, list.get(i), roles[i]);
        }
        String dn = null;
        ExchangeGuid guid = null;
        for (int i = 0; i < roles.length; i++) {
            Attribute a = list.get(i);
            if (roles[i] == Role.SOURCE_DN) {
                dn = single(a);
            } else if (roles[i] == Role.SOURCE_GUID) {
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
        for (int i = 0; i < roles.length; i++) {
            Attribute a = list.get(i);
            Role role = roles[i];
            if (role == Role.SOURCE_DN
                    || role == Role.SOURCE_GUID
                    || role == Role.NAME
                    || a.getValue() == null
                    || a.getValue().isEmpty()) {
                continue;
            }
            String ldapName =
                    role == Role.SOURCE_CLASSES ? "objectClass" : role == Role.SOURCE_SID ? "objectSid" : a.getName();
            classes |= role == Role.SOURCE_CLASSES;
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

    private static void requireCreateable(ObjectClass objectClass, Attribute a, Role role) {
        if (role == Role.NAME) {
            return;
        }
        String name = a.getName();
        String oc = objectClass.getObjectClassValue();
        Boolean readOnly = TargetAttributes.readOnlyBySchemaSpelling(name);
        if (readOnly == null && !TargetAttributes.isKnown(name)) {
            throw new InvalidAttributeValueException("Attribute '" + name + "' is not in the schema of object class "
                    + oc + "; create accepts " + Name.NAME + " and the " + oc + " attributes of the schema");
        }
        if (readOnly != null ? readOnly : TargetAttributes.in(TargetAttributes.READ_ONLY, name)) {
            throw new InvalidAttributeValueException(
                    "Attribute '" + name + "' of object class " + oc + " is read-only and cannot be set on create");
        }
    }

    /**
     * What an attribute is to create, decided once per attribute. ConnId matches names with {@link Attribute#is}
     * (upper-cased copies, per call); an ASCII name that equals none of the special names ignoring ASCII case cannot
     * match one that way, so only other names are left to ConnId.
     */
    private enum Role {
        NAME(Name.NAME),
        SOURCE_DN(TargetAttributes.SOURCE_DN),
        SOURCE_GUID(TargetAttributes.SOURCE_GUID),
        SOURCE_CLASSES(TargetAttributes.SOURCE_CLASSES),
        SOURCE_SID(TargetAttributes.SOURCE_SID),
        OTHER(null);

        private final String attribute;

        Role(String attribute) {
            this.attribute = attribute;
        }

        static Role of(Attribute a) {
            String name = a.getName();
            boolean maybe = !isAscii(name);
            for (Role r : values()) {
                if (r.attribute != null) {
                    if (r.attribute.equals(name)) {
                        return r;
                    }
                    maybe |= r.attribute.equalsIgnoreCase(name);
                }
            }
            if (maybe) {
                for (Role r : values()) {
                    if (r.attribute != null && a.is(r.attribute)) {
                        return r;
                    }
                }
            }
            return OTHER;
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
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
