package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityIdentifierTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        "S-1-5-10, 01010000000000050a000000",
        "S-1-5-18, 010100000000000512000000",
        "S-1-5-32-544, 01020000000000052000000020020000",
        "S-1-1-0, 010100000000000100000000",
        "S-1-5-21-3623811015-3361044348-30300820-1013, 010500000000000515000000c7f7fed77c7755c8945ace01f5030000",
        "S-1-5-21-1004336348-1177238915-682003330-512, 010500000000000515000000dcf4dc3b833d2b46828ba62800020000",
        "S-1-0x123456789ABC-1, 0101123456789abc01000000",
    })
    void convertsBetweenStringAndBinary(String text, String hex) {
        byte[] bytes = HEX.parseHex(hex);
        SecurityIdentifier fromText = SecurityIdentifier.parse(text);
        SecurityIdentifier fromBytes = SecurityIdentifier.fromBytes(bytes);
        assertThat(fromText).isEqualTo(fromBytes).hasSameHashCodeAs(fromBytes);
        assertThat(fromText.toBytes()).isEqualTo(bytes);
        assertThat(fromBytes.toString()).isEqualTo(text);
    }

    @Test
    void selfMatchesGalSyncConstant() {
        byte[] galSyncSelf = Base64.getDecoder().decode("AQEAAAAAAAUKAAAA");
        assertThat(SecurityIdentifier.fromBytes(galSyncSelf).isSelf()).isTrue();
        assertThat(SecurityIdentifier.SELF.toBytes()).isEqualTo(HEX.parseHex("01010000000000050a000000"));
        assertThat(SecurityIdentifier.parse("S-1-5-21-1-2-3-1013").isSelf()).isFalse();
    }

    @Test
    void exposesParts() {
        SecurityIdentifier sid = SecurityIdentifier.parse("s-1-5-21-3623811015-3361044348-30300820-1013");
        assertThat(sid.authority()).isEqualTo(5);
        assertThat(sid.subAuthorities()).containsExactly(21L, 3623811015L, 3361044348L, 30300820L, 1013L);
        assertThat(sid.rid()).isEqualTo(1013);
        SecurityIdentifier bare = SecurityIdentifier.parse("S-1-5");
        assertThat(bare.subAuthorities()).isEqualTo(List.of());
        assertThatThrownBy(bare::rid).isInstanceOf(IllegalStateException.class).hasMessageContaining("S-1-5");
        assertThat(sid).isNotEqualTo(bare).isNotEqualTo("S-1-5");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "S-2-5-10",
                "X-1-5-10",
                "S-1",
                "S-1-5--10",
                "S-1-5-abc",
                "S-1-5-4294967296",
                "S-1-5--1",
                "S-1-281474976710656-1",
                "S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16",
                "S-1-0xZZ"
            })
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> SecurityIdentifier.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0101000000000005", "02010000000000050a000000", "01020000000000050a000000"})
    void rejectsMalformedBytes(String hex) {
        assertThatThrownBy(() -> SecurityIdentifier.fromBytes(HEX.parseHex(hex)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid SID value " + hex);
    }
}
