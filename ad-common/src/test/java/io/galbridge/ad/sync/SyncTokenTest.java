package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncTokenTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "DIRSYNC, '', gbsync1.dirsync.",
        "DIRSYNC, 01020304, gbsync1.dirsync.AQIDBA",
        "USN_CHANGED, fbfffe00ff, gbsync1.usn.-__-AP8",
        // an OpenLDAP syncprov cookie
        "CONTENT_SYNC, 7269643d3030312c63736e3d32303236313132323030313533302e3030303030305a233030303030302330303023303030303030, gbsync1.csync.cmlkPTAwMSxjc249MjAyNjExMjIwMDE1MzAuMDAwMDAwWiMwMDAwMDAjMDAwIzAwMDAwMA"
    })
    void encodesAsVersionKindAndBase64url(ChangeTrackingKind kind, String stateHex, String encoded) {
        SyncToken token = SyncToken.of(kind, HexFormat.of().parseHex(stateHex));

        assertThat(token.encode()).isEqualTo(encoded).matches("[A-Za-z0-9._-]+");
        assertThat(SyncToken.decode(encoded)).isEqualTo(token);
        assertThat(SyncToken.decode(encoded).state()).isEqualTo(HexFormat.of().parseHex(stateHex));
        assertThat(SyncToken.decode(encoded).kind()).isEqualTo(kind);
    }

    @Test
    void roundTripsEveryByteValue() {
        byte[] state = new byte[256];
        for (int i = 0; i < state.length; i++) {
            state[i] = (byte) i;
        }
        SyncToken token = SyncToken.of(ChangeTrackingKind.DIRSYNC, state);

        assertThat(SyncToken.decode(token.encode()).state()).isEqualTo(state);
    }

    @Test
    void theStateIsCopiedInAndOut() {
        byte[] state = {1, 2, 3};
        SyncToken token = SyncToken.of(ChangeTrackingKind.USN_CHANGED, state);
        state[0] = 9;
        token.state()[1] = 9;

        assertThat(token.state()).containsExactly(1, 2, 3);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                          | not a galbridge sync token",
                "12345                       | not a galbridge sync token",
                "gbsync1.dirsync             | not a galbridge sync token",
                "gbsync1.dirsync.AQ.extra    | not a galbridge sync token",
                "gbsync2.dirsync.AQIDBA      | has version 'gbsync2'; this release reads gbsync1 only",
                "gbsync1.vlv.AQIDBA          | unknown change-tracking mechanism 'vlv'",
                "gbsync1.dirsync.AQ+/        | damaged state",
                "gbsync1.dirsync.A           | damaged state"
            })
    void refusesWhatItCannotReadWithAClearMessage(String text, String reason) {
        assertThatThrownBy(() -> SyncToken.decode(text))
                .isExactlyInstanceOf(ConnectorException.class)
                .hasMessageContaining(reason);
    }
}
