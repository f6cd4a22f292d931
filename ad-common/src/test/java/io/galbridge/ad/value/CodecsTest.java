package io.galbridge.ad.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Filter;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodecsTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // spec 5.1 worked example
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301, e004253f894fd3119a0c0305e82c3301",
        "00000000-0000-0000-0000-000000000000, 00000000000000000000000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff, ffffffffffffffffffffffffffffffff"
    })
    void guidRoundTripsThroughStoredBytes(String uid, String storedHex) {
        GuidCodec codec = GuidCodec.INSTANCE;

        ExchangeGuid decoded = codec.decode(HEX.parseHex(storedHex));

        assertThat(codec.toUid(decoded)).isEqualTo(uid);
        assertThat(codec.encode(codec.parseUid(uid))).isEqualTo(HEX.parseHex(storedHex));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // spec 5.1 worked example; every byte distinct, so a byte in the wrong place shows
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301, e004253f894fd3119a0c0305e82c3301",
        "00112233-4455-6677-8899-aabbccddeeff, 3322110055447766-8899aabbccddeeff",
        "0a0b0c0d-a0b0-c0d0-e0f0-0f1e2d3c4b5a, 0d0c0b0ab0a0d0c0e0f00f1e2d3c4b5a"
    })
    void storedBytesRenderAsTheModelsCanonicalString(String uid, String storedHex) {
        byte[] stored = HEX.parseHex(storedHex.replace("-", ""));

        assertThat(GuidCodec.INSTANCE.toUid(stored)).isEqualTo(uid);
        assertThat(GuidCodec.INSTANCE.toUid(stored))
                .isEqualTo(ExchangeGuid.fromBytes(stored).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e004253f894fd3119a0c0305e82c33", "e004253f894fd3119a0c0305e82c330100"})
    void storedBytesOfTheWrongLengthAreRefusedNamingThem(String storedHex) {
        assertThatThrownBy(() -> GuidCodec.INSTANCE.toUid(HEX.parseHex(storedHex)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(storedHex)
                .hasMessageContaining("16 bytes");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
                "{3F2504E0-4f89-11d3-9A0C-0305e82c3301}"
            })
    void uidFilterMatchesTheStoredBytesWhateverTheCase(String uid) {
        Filter filter = GuidCodec.INSTANCE.uidFilter(uid);

        assertThat(filter.getFilterType()).isEqualTo(Filter.FILTER_TYPE_EQUALITY);
        assertThat(filter.getAttributeName()).isEqualTo("objectGUID");
        assertThat(filter.getAssertionValueBytes()).isEqualTo(HEX.parseHex("e004253f894fd3119a0c0305e82c3301"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-guid", "3f2504e0-4f89-11d3-9a0c-0305e82c330", "*)(objectClass=*"})
    void aMalformedUidIsAnInvalidAttributeValue(String uid) {
        assertThatThrownBy(() -> GuidCodec.INSTANCE.uidFilter(uid))
                .isExactlyInstanceOf(InvalidAttributeValueException.class)
                .hasMessageContaining("is not an objectGUID");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // spec 5.2: SELF, the GALSync SELFSID constant
        "S-1-5-10, 01010000000000050a000000",
        "S-1-5-21-3623811015-3361044348-30300820-1013, 010500000000000515000000c7f7fed77c7755c8945ace01f5030000"
    })
    void sidRoundTripsThroughStoredBytes(String text, String storedHex) {
        SecurityIdentifier sid = SidCodec.INSTANCE.decode(HEX.parseHex(storedHex));

        assertThat(sid).hasToString(text);
        assertThat(SidCodec.INSTANCE.encode(SecurityIdentifier.parse(text))).isEqualTo(HEX.parseHex(storedHex));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // msExchRecipientDisplayType values, spec 1.1 / 5.7
        "-2147483642, -2147483642", // 0x80000006 ACL-able synced mailbox user, as AD writes it
        "2147483654, -2147483642", // the same value in an unsigned reading
        "-1073741818, -1073741818", // 0xC0000006 synced remote mailbox
        "6, 6",
        "0, 0",
        "4294967295, -1",
        "-2147483648, -2147483648"
    })
    void adIntegerIsSigned32BitAndAcceptsUnsignedReadings(String written, int expected) {
        assertThat(AdIntegerCodec.INSTANCE.decode(bytes(written))).isEqualTo(expected);
        assertThat(new String(AdIntegerCodec.INSTANCE.encode(expected), StandardCharsets.UTF_8))
                .isEqualTo(Integer.toString(expected));
    }

    @Test
    void adIntegerWritesBit31AsANegativeDecimal() {
        assertThat(AdIntegerCodec.INSTANCE.encode((int) 0x80000006L)).isEqualTo(bytes("-2147483642"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967296", "-2147483649", "0x10", "ten", ""})
    void adIntegerRefusesValuesOutside32Bits(String written) {
        assertThatThrownBy(() -> AdIntegerCodec.INSTANCE.decode(bytes(written)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2147483648, 2147483648", // msExchRecipientTypeDetails RemoteUserMailbox
        "88218628259840, 88218628259840", // msExchVersion
        "-4, -4",
        "9223372036854775807, 9223372036854775807"
    })
    void largeIntegerIsSigned64Bit(String written, long expected) {
        assertThat(LargeIntegerCodec.INSTANCE.decode(bytes(written))).isEqualTo(expected);
        assertThat(LargeIntegerCodec.INSTANCE.encode(expected)).isEqualTo(bytes(written));
    }

    @ParameterizedTest
    @CsvSource({"TRUE, true", "FALSE, false", "true, true", "False, false"})
    void booleanReadsAnyCaseAndWritesUpperCase(String written, boolean expected) {
        assertThat(AdBooleanCodec.INSTANCE.decode(bytes(written))).isEqualTo(expected);
        assertThat(AdBooleanCodec.INSTANCE.encode(expected)).isEqualTo(bytes(expected ? "TRUE" : "FALSE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "yes", ""})
    void booleanRefusesOtherText(String written) {
        assertThatThrownBy(() -> AdBooleanCodec.INSTANCE.decode(bytes(written)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "20261122001530.0Z, 2026-11-22T00:15:30Z",
        "20261122001530Z, 2026-11-22T00:15:30Z",
        "20261122001530.123Z, 2026-11-22T00:15:30.123Z",
        "16010101000000.0Z, 1601-01-01T00:00:00Z"
    })
    void generalizedTimeIsUtc(String written, Instant expected) {
        assertThat(GeneralizedTimeCodec.INSTANCE.decode(bytes(written))).isEqualTo(expected);
    }

    @Test
    void generalizedTimeIsWrittenTheWayAdWritesIt() {
        assertThat(GeneralizedTimeCodec.INSTANCE.encode(Instant.parse("2026-11-22T00:15:30.987Z")))
                .isEqualTo(bytes("20261122001530.0Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20261122001530+0100", "2026-11-22T00:15:30Z", "20261332001530.0Z", ""})
    void generalizedTimeRefusesNonUtcOrMalformedText(String written) {
        assertThatThrownBy(() -> GeneralizedTimeCodec.INSTANCE.decode(bytes(written)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "116444736000000000, 1970-01-01T00:00:00Z",
        "134081589300000000, 2025-11-21T00:35:30Z",
        "1, 1601-01-01T00:00:00.000000100Z"
    })
    void fileTimeCountsHundredNanosecondsSince1601(long ticks, Instant instant) {
        FileTime decoded = FileTimeCodec.INSTANCE.decode(bytes(Long.toString(ticks)));

        assertThat(decoded.toInstant()).contains(instant);
        assertThat(FileTime.of(instant)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, Long.MAX_VALUE})
    void fileTimeNeverMarkersHaveNoInstant(long ticks) {
        FileTime t = new FileTime(ticks);

        assertThat(t.isNever()).isTrue();
        assertThat(t.toInstant()).isEmpty();
    }

    @Test
    void attributeLevelDecodingNamesTheAttributeOfAMalformedValue() {
        Attribute attribute = new Attribute("objectGUID", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> GuidCodec.INSTANCE.decodeSingle(attribute))
                .isExactlyInstanceOf(InvalidAttributeValueException.class)
                .hasMessageStartingWith("attribute objectGUID: value 010203 is malformed");
    }

    @Test
    void decodeSingleRefusesSeveralValuesAndIsEmptyWhenAbsent() {
        Attribute two = new Attribute("msExchRecipientDisplayType", "6", "-2147483642");

        assertThatThrownBy(() -> AdIntegerCodec.INSTANCE.decodeSingle(two))
                .isExactlyInstanceOf(InvalidAttributeValueException.class)
                .hasMessageContaining("expected one value, got 2");
        assertThat(AdIntegerCodec.INSTANCE.decodeSingle(null)).isEmpty();
    }

    @Test
    void toAttributeAndDecodeAllRoundTrip() {
        List<Integer> values = List.of(-2147483642, 6);

        Attribute a = AdIntegerCodec.INSTANCE.toAttribute("msExchRecipientDisplayType", values);

        assertThat(a.getValues()).containsExactly("-2147483642", "6");
        assertThat(AdIntegerCodec.INSTANCE.decodeAll(a)).isEqualTo(values);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
