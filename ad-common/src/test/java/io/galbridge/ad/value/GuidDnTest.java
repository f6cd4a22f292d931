package io.galbridge.ad.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidDnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // spec 5.1 worked example: the first three groups are little-endian in the stored bytes
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301|<GUID=e004253f894fd3119a0c0305e82c3301>",
                "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}|<GUID=e004253f894fd3119a0c0305e82c3301>",
                // a user of a Samba 4.17 test forest: Samba resolved this GUID DN to it
                "64a09346-94d2-4a92-958b-e3ced5dc1cbd|<GUID=4693a064d294924a958be3ced5dc1cbd>",
                "00000000-0000-0000-0000-000000000000|<GUID=00000000000000000000000000000000>"
            })
    void theDnCarriesTheStoredBytesInHex(String uid, String expected) {
        GuidDn dn = GuidDn.ofUid(uid);

        assertThat(dn.dn()).isEqualTo(expected);
        assertThat(dn).hasToString(expected);
        assertThat(dn.guid()).isEqualTo(GuidCodec.INSTANCE.parseUid(uid));
    }

    @Test
    void aUidThatIsNoGuidIsRefusedNamingIt() {
        assertThatThrownBy(() -> GuidDn.ofUid("CN=x>,<GUID=00"))
                .isInstanceOf(InvalidAttributeValueException.class)
                .hasMessageContaining("CN=x>,<GUID=00");
    }
}
