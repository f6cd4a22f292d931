package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-mechanism check on a token's state and the uSNChanged tracker's state format. */
class TokenStateTest {

    @Test
    void aUsnPositionSurvivesItsTokenText() {
        UsnPosition position = new UsnPosition(
                "dsa:CN=NTDS Settings,CN=DC1,CN=Servers,CN=Default-First-Site-Name,CN=Sites,CN=Configuration,"
                        + "DC=src,DC=test;invocationId:6f1d5b2e-54c1-4f5e-9a1b-8f0c2a7d3e41",
                3_912_077L);

        String text = position.toToken().encode();

        assertThat(text).startsWith("gbsync1.usn.").matches("[A-Za-z0-9._-]+");
        assertThat(UsnPosition.fromToken(SyncToken.decode(text))).isEqualTo(position);
    }

    @ParameterizedTest(name = "{0} token read by {1}")
    @CsvSource({"DIRSYNC, USN_CHANGED", "CONTENT_SYNC, DIRSYNC", "USN_CHANGED, CONTENT_SYNC"})
    void aTokenOfAnotherMechanismIsRefusedNamingBoth(ChangeTrackingKind written, ChangeTrackingKind reader) {
        SyncToken token =
                SyncToken.decode(SyncToken.of(written, new byte[] {1, 2, 3}).encode());

        assertThatThrownBy(() -> token.stateFor(reader))
                .isExactlyInstanceOf(ConnectorException.class)
                .hasMessageContaining("written by the " + written.code() + " change tracker")
                .hasMessageContaining("tracks changes with " + reader.code())
                .hasMessageContaining("full synchronisation");
    }

    @Test
    void theRightMechanismGetsTheState() {
        assertThat(SyncToken.of(ChangeTrackingKind.DIRSYNC, new byte[] {7}).stateFor(ChangeTrackingKind.DIRSYNC))
                .containsExactly(7);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // empty state
                "gbsync1.usn.             | damaged",
                // format byte 1, then a truncated identity
                "gbsync1.usn.AQAF         | damaged",
                // format byte 1, empty identity, no USN
                "gbsync1.usn.AQAA         | damaged",
                // format byte 1, empty identity, USN 1, one trailing byte
                "gbsync1.usn.AQAAAAAAAAAAAAEA | damaged",
                // format byte 2: a later release's state
                "gbsync1.usn.AgAAAAAAAAAAAAE | has state format 2, but this release reads only format 1"
            })
    void aDamagedOrFutureUsnStateIsRefused(String text, String reason) {
        SyncToken token = SyncToken.decode(text);

        assertThatThrownBy(() -> UsnPosition.fromToken(token))
                .isExactlyInstanceOf(ConnectorException.class)
                .hasMessageContaining(reason);
    }
}
