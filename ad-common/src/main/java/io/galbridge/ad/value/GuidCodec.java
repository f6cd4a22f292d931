package io.galbridge.ad.value;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;

/**
 * objectGUID, msExchMailboxGuid, msExchArchiveGUID: 16 bytes in Microsoft's packet layout (spec 5.1),
 * as {@link ExchangeGuid}.
 *
 * <p>The ConnId {@code __UID__} of an AD object is the canonical lower-case string of its objectGUID
 * ({@code 3f2504e0-4f89-11d3-9a0c-0305e82c3301}). A UID given back by a ConnId host is matched
 * case-insensitively, with or without braces: {@link #uidFilter(String)} parses it into the 16 bytes, and
 * the directory compares bytes. Stateless and thread-safe.
 */
public final class GuidCodec implements AttributeCodec<ExchangeGuid> {

    /** The shared instance. */
    public static final GuidCodec INSTANCE = new GuidCodec();

    /** AD's attribute that identifies an object for its lifetime. */
    public static final String OBJECT_GUID = "objectGUID";

    /** Which stored byte each pair of hex digits of the string form shows: Data1-3 reversed, Data4 in order. */
    private static final int[] UID_BYTE_ORDER = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final int UID_LENGTH = 36;

    private GuidCodec() {}

    @Override
    public ExchangeGuid decode(byte[] raw) {
        return ExchangeGuid.fromBytes(raw);
    }

    @Override
    public byte[] encode(ExchangeGuid value) {
        return value.toBytes();
    }

    /**
     * Renders an objectGUID as the canonical UID string.
     *
     * @param guid the GUID; not null
     * @return lower-case 8-4-4-4-12 hex
     */
    public String toUid(ExchangeGuid guid) {
        return toUid(Objects.requireNonNull(guid, "guid").toBytes());
    }

    /**
     * Renders stored objectGUID bytes as the canonical UID string, the same as {@code
     * ExchangeGuid.fromBytes(raw).toString()} but written straight from the bytes (it runs for every object a
     * connector returns).
     *
     * @param raw the 16 stored bytes (Data1, Data2 and Data3 little-endian); not null
     * @return lower-case 8-4-4-4-12 hex
     * @throws IllegalArgumentException naming the bytes if they are not 16
     */
    public String toUid(byte[] raw) {
        Objects.requireNonNull(raw, "GUID bytes");
        if (raw.length != ExchangeGuid.LENGTH) {
            ExchangeGuid.fromBytes(raw); // throws the model's message, which names the bytes
        }
        char[] text = new char[UID_LENGTH];
        int at = 0;
        for (int i = 0; i < UID_BYTE_ORDER.length; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                text[at++] = '-';
            }
            int b = raw[UID_BYTE_ORDER[i]] & 0xff;
            text[at++] = HEX_DIGITS[b >>> 4];
            text[at++] = HEX_DIGITS[b & 0x0f];
        }
        return new String(text);
    }

    /**
     * Parses a UID string, case-insensitively.
     *
     * @param uid the UID as a ConnId host passed it; not null
     * @return the GUID
     * @throws InvalidAttributeValueException if the text is not a GUID
     */
    public ExchangeGuid parseUid(String uid) {
        try {
            return ExchangeGuid.parse(Objects.requireNonNull(uid, "uid"));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException("UID '" + uid + "' is not an objectGUID: " + e.getMessage(), e);
        }
    }

    /**
     * The filter that finds the object with this UID: {@code (objectGUID=<16 bytes>)}.
     *
     * @param uid the UID, any case, with or without braces; not null
     * @return the equality filter on the bytes
     * @throws InvalidAttributeValueException if the text is not a GUID
     */
    public Filter uidFilter(String uid) {
        return equalityFilter(OBJECT_GUID, parseUid(uid));
    }
}
