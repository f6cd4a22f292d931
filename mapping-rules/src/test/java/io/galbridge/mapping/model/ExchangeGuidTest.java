package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeGuidTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        // spec 5.1 worked example (Python uuid.bytes_le)
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301, e004253f894fd3119a0c0305e82c3301",
        "00000000-0000-0000-0000-000000000000, 00000000000000000000000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff, ffffffffffffffffffffffffffffffff",
        "01234567-89ab-cdef-0123-456789abcdef, 67452301ab89efcd0123456789abcdef",
    })
    void convertsBetweenStringAndAdByteOrder(String text, String storedHex) {
        ExchangeGuid fromText = ExchangeGuid.parse(text);
        ExchangeGuid fromBytes = ExchangeGuid.fromBytes(HEX.parseHex(storedHex));
        assertThat(fromText).isEqualTo(fromBytes).hasSameHashCodeAs(fromBytes);
        assertThat(fromText.toBytes()).isEqualTo(HEX.parseHex(storedHex));
        assertThat(fromBytes.toString()).isEqualTo(text);
        assertThat(fromBytes.toStoredHex()).isEqualTo(storedHex);
        assertThat(fromBytes.toUuid()).isEqualTo(UUID.fromString(text));
        assertThat(ExchangeGuid.fromUuid(UUID.fromString(text))).isEqualTo(fromBytes);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
                "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
                "{3F2504E0-4f89-11d3-9A0C-0305e82c3301}"
            })
    void parsesCaseInsensitivelyWithOptionalBraces(String text) {
        assertThat(ExchangeGuid.parse(text).toString()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3f2504e04f8911d39a0c0305e82c3301",
                "3f2504e0-4f89-11d3-9a0c-0305e82c330",
                "3g2504e0-4f89-11d3-9a0c-0305e82c3301",
                "{3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                ""
            })
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> ExchangeGuid.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void rejectsWrongLength() {
        assertThatThrownBy(() -> ExchangeGuid.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("010203")
                .hasMessageContaining("got 3");
    }

    @Test
    void copiesBytesInAndOut() {
        byte[] stored = HEX.parseHex("e004253f894fd3119a0c0305e82c3301");
        ExchangeGuid guid = ExchangeGuid.fromBytes(stored);
        stored[0] = 0;
        guid.toBytes()[1] = 0;
        assertThat(guid.toString()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(guid).isNotEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }
}
