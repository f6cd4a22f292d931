package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyncTokenTest {

    @ParameterizedTest
    @CsvSource({
        // an OpenLDAP syncprov cookie as slapd sends it
        "CONTENT_SYNC, 'rid=000,csn=20261122005734.123456Z#000000#000#000000', contentsync-v1.cmlkPTAwMCxjc249MjAyNjExMjIwMDU3MzQuMTIzNDU2WiMwMDAwMDAjMDAwIzAwMDAwMA",
        "DIRSYNC, '', dirsync-v1.",
    })
    void encodesCompactlyAndDecodesToTheSameToken(SyncStrategy strategy, String payload, String text) {
        SyncToken token = SyncToken.of(strategy, payload.getBytes(StandardCharsets.UTF_8));

        assertThat(token.encode()).isEqualTo(text);
        assertThat(SyncToken.decode(text)).isEqualTo(token);
        assertThat(SyncToken.decode(text).payloadFor(strategy)).isEqualTo(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUsnPositionSurvivesItsToken() {
        UsnPosition position = new UsnPosition(
                "dsa:CN=NTDS Settings,CN=DC1,CN=Servers,CN=Default-First-Site-Name,CN=Sites,CN=Configuration,"
                        + "DC=src,DC=test;invocationId:6f1d5b2e-54c1-4f5e-9a1b-8f0c2a7d3e41",
                3_912_077L);

        SyncToken decoded = SyncToken.decode(position.toToken().encode());

        assertThat(UsnPosition.fromToken(decoded)).isEqualTo(position);
    }

    @Test
    void aTokenOfAnotherStrategyIsRefusedNamingBoth() {
        SyncToken dirSync = SyncToken.of(SyncStrategy.DIRSYNC, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> UsnPosition.fromToken(SyncToken.decode(dirSync.encode())))
                .isInstanceOf(InvalidSyncTokenException.class)
                .hasMessageContaining("written by the dirsync strategy")
                .hasMessageContaining("this tracker uses usn");
    }

    @Test
    void aTokenOfAnotherPayloadVersionIsRefusedNamingBoth() {
        SyncToken future = SyncToken.decode("usn-v2.AAA");

        assertThat(future.version()).isEqualTo(2);
        assertThatThrownBy(() -> future.payloadFor(SyncStrategy.USN_CHANGED))
                .isInstanceOf(InvalidSyncTokenException.class)
                .hasMessageContaining("payload version 2")
                .hasMessageContaining("reads only version 1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "usn-1.AAAA",
                "usn-v1",
                "usn-v1.AA AA",
                "usn-v1.AA+/",
                "{\"usn\":1}",
                "9223372036854775807",
            })
    void textThatIsNotATokenIsRefused(String text) {
        assertThatThrownBy(() -> SyncToken.decode(text))
                .isInstanceOf(InvalidSyncTokenException.class)
                .hasMessageContaining("is not a galbridge sync token");
    }

    @Test
    void anUnknownStrategyIsRefusedByName() {
        assertThatThrownBy(() -> SyncToken.decode("changelog-v1.AAAA"))
                .isInstanceOf(InvalidSyncTokenException.class)
                .hasMessageContaining("unknown strategy 'changelog'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usn-v0.AAAA", "usn-v1.A", "usn-v1.AAAAAAAA"})
    void aDamagedPayloadIsRefused(String text) {
        assertThatThrownBy(() -> UsnPosition.fromToken(SyncToken.decode(text)))
                .isInstanceOf(InvalidSyncTokenException.class)
                .hasMessageMatching(".*(invalid version 0|damaged).*");
    }

    @Test
    void aLongTokenIsShortenedInMessages() {
        String text = "dirsync-v1." + "A".repeat(400) + "!";

        assertThatThrownBy(() -> SyncToken.decode(text))
                .isInstanceOf(InvalidSyncTokenException.class)
                .hasMessageNotContaining("A".repeat(100));
    }
}
