package io.galbridge.connector.target.operation;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.OperationalAttributes;

/**
 * Reads the source recipient a host passes to create: {@code sourceDn} and {@code sourceObjectGuid} are
 * required, {@code sourceObjectClass} defaults to a user, {@code sourceObjectSid} becomes the source's
 * objectSid, every other schema attribute keeps its LDAP name. Unknown attributes are refused. Stateless.
 */
final class SourceInput {

    private SourceInput() {}

    static DirectoryEntry read(Set<Attribute> attributes, List<String> defaultClasses) {
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
                    || OperationalAttributes.isOperationalAttribute(a)
                    || a.getValue() == null
                    || a.getValue().isEmpty()) {
                continue;
            }
            if (TargetAttributes.in(TargetAttributes.READ_ONLY, name)
                    || TargetAttributes.all().stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                throw new InvalidAttributeValueException(
                        "Attribute " + name + " cannot be set on create (not a createable attribute of the schema)");
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
