package io.galbridge.cli.run;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.Locale;
import java.util.Set;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;

/**
 * Turns a connector object into the rules engine's {@link DirectoryEntry}: DN from {@code __NAME__},
 * objectGUID from {@code __UID__}, GUID and SID attributes the source connector gives as text back to their
 * bytes, other values as text. Stateless.
 */
public final class Entries {

    private static final Set<String> GUIDS = Set.of("msexchmailboxguid", "msexcharchiveguid");
    private static final Set<String> SIDS = Set.of("objectsid", "msexchmasteraccountsid");

    private Entries() {}

    /** The entry of a connector object. */
    public static DirectoryEntry of(ConnectorObject object) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(object.getName().getNameValue());
        try {
            b.objectGuid(ExchangeGuid.parse(object.getUid().getUidValue()));
        } catch (IllegalArgumentException e) {
            // a UID that is not a GUID: the entry simply has no objectGUID
        }
        for (Attribute a : object.getAttributes()) {
            if (a.getName().startsWith("__") || a.getValue() == null) {
                continue;
            }
            String key = a.getName().toLowerCase(Locale.ROOT);
            for (Object v : a.getValue()) {
                if (v instanceof byte[] bytes) {
                    b.addBytes(a.getName(), bytes);
                } else if (GUIDS.contains(key)) {
                    b.addBytes(
                            a.getName(), ExchangeGuid.parse(String.valueOf(v)).toBytes());
                } else if (SIDS.contains(key)) {
                    b.addBytes(
                            a.getName(),
                            SecurityIdentifier.parse(String.valueOf(v)).toBytes());
                } else {
                    b.add(a.getName(), String.valueOf(v));
                }
            }
        }
        return b.build();
    }
}
