package io.galbridge.connector.target.directory;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Converts between UnboundID entries and modifications and the rules engine's model. Stateless. */
public final class EntryConversion {

    /** Attributes whose values are binary (GUIDs and SIDs); every other attribute is read as a string. */
    public static final Set<String> BINARY = Set.of(
            "objectguid",
            "objectsid",
            "msexchmailboxguid",
            "msexcharchiveguid",
            "msexchdisabledarchiveguid",
            "msexchmasteraccountsid",
            "msexchmasteraccounthistory",
            "sidhistory");

    private EntryConversion() {}

    /** Whether {@code attribute} holds binary values. */
    public static boolean isBinary(String attribute) {
        for (int i = 0; i < attribute.length(); i++) {
            if (attribute.charAt(i) >= 0x80) {
                return BINARY.contains(attribute.toLowerCase(Locale.ROOT));
            }
        }
        for (String binary : BINARY) {
            if (binary.equalsIgnoreCase(attribute)) { // ASCII: the same as comparing lower-cased copies
                return true;
            }
        }
        return false;
    }

    /** The entry as the rules engine sees it: binary attributes as bytes, the rest as strings. */
    public static DirectoryEntry toModel(Entry entry) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(entry.getDN());
        for (Attribute a : entry.getAttributes()) {
            String name = a.getBaseName();
            if (isBinary(name)) {
                b.addBytes(name, a.getValueByteArrays());
            } else {
                b.add(name, a.getValues());
            }
        }
        return b.build();
    }

    /** One plan modification as an LDAP modification. */
    public static com.unboundid.ldap.sdk.Modification toLdap(Modification m) {
        ModificationType type =
                switch (m.operation()) {
                    case ADD -> ModificationType.ADD;
                    case DELETE -> ModificationType.DELETE;
                    case REPLACE -> ModificationType.REPLACE;
                };
        byte[][] values = values(m);
        return new com.unboundid.ldap.sdk.Modification(type, m.attribute(), values);
    }

    /** The values of a CREATE's REPLACE modifications as one attribute. */
    public static Attribute toAttribute(Modification m) {
        return new Attribute(m.attribute(), values(m));
    }

    private static byte[][] values(Modification m) {
        List<byte[]> out = new ArrayList<>();
        for (Object v : m.values()) {
            out.add(v instanceof byte[] b ? b : ((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toArray(new byte[0][]);
    }
}
