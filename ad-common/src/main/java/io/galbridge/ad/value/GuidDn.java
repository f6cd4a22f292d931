package io.galbridge.ad.value;

import io.galbridge.mapping.model.ExchangeGuid;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Active Directory's extended DN form that names an object by its objectGUID: {@code <GUID=hex>}, where
 * {@code hex} is the 32 lower-case hex digits of the 16 objectGUID bytes in stored order (Microsoft's packet
 * layout, the bytes of {@link ExchangeGuid#toBytes()}). AD and Samba accept it as the entry DN of an update
 * request and resolve it to the object wherever it lives in the partition, so a write by GUID needs no locate
 * search; a missing object is {@code noSuchObject} (32). Servers without the Active Directory capability
 * (root DSE {@code supportedCapabilities} 1.2.840.113556.1.4.800) refuse it: OpenLDAP with {@code
 * invalidDNSyntax} (34), the UnboundID in-memory server with {@code noSuchObject}.
 *
 * <p>This is the one DN galbridge writes as text: it is built from the 16 GUID bytes only, never from user
 * data, so nothing can be injected, and it cannot be an UnboundID {@code DN} (it is no RFC 4514 DN). Samba
 * 4.17 also accepts the dashed 8-4-4-4-12 string form; the hex form is the one both AD and Samba document.
 * Immutable.
 *
 * @param guid the object's GUID; not null
 */
public record GuidDn(ExchangeGuid guid) {

    /** Checks for null. */
    public GuidDn {
        Objects.requireNonNull(guid, "guid");
    }

    /**
     * The GUID DN of the object with this ConnId UID.
     *
     * @param uid the UID, any case, with or without braces; not null
     * @return the GUID DN
     * @throws org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException if the text is
     *     not a GUID
     */
    public static GuidDn ofUid(String uid) {
        return new GuidDn(GuidCodec.INSTANCE.parseUid(uid));
    }

    /**
     * The text to send as an update request's entry DN.
     *
     * @return {@code <GUID=} 32 lower-case hex digits {@code >}, e.g. {@code
     *     <GUID=e004253f894fd3119a0c0305e82c3301>} for {@code 3f2504e0-4f89-11d3-9a0c-0305e82c3301}
     */
    public String dn() {
        return "<GUID=" + HexFormat.of().formatHex(guid.toBytes()) + ">";
    }

    /** The same as {@link #dn()}. */
    @Override
    public String toString() {
        return dn();
    }
}
