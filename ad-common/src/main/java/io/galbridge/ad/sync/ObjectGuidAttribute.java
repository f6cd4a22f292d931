package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.Entry;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.mapping.model.ExchangeGuid;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/** Reads an entry's objectGUID, failing with the entry's DN when it is missing or malformed. Stateless. */
final class ObjectGuidAttribute {

    private ObjectGuidAttribute() {}

    static ExchangeGuid of(Entry entry) {
        byte[] raw = entry.getAttributeValueBytes(GuidCodec.OBJECT_GUID);
        if (raw == null) {
            throw new ConnectorException(entry.getDN() + ": change reported for an entry without objectGUID"
                    + " (the bind may lack the right to read it, or the directory does not set it)");
        }
        try {
            return GuidCodec.INSTANCE.decode(raw);
        } catch (RuntimeException e) {
            throw new ConnectorException(
                    entry.getDN() + ": objectGUID is not a GUID (" + raw.length + " bytes): " + e.getMessage(), e);
        }
    }
}
