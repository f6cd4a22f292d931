package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CaseFold#equal} and {@link CaseFold#hash} answer exactly as comparing and hashing the folded keys, which
 * {@link ProxyAddress} and {@link LegacyExchangeDn} rely on for equality and hash codes.
 */
class CaseFoldTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SMTP | smtp | true",
                "Jane.Doe@Contoso.com | jane.doe@CONTOSO.COM | true",
                "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe"
                        + " | /O=CONTOSO/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=JDOE | true",
                "/o=Contoso/cn=Recipients/cn=jdoe | /o=Contoso/cn=Recipients/cn=jdoe2 | false",
                "straße@src.example | STRASSE@src.example | false",
                "jörg.müller@src.example | JÖRG.MÜLLER@SRC.EXAMPLE | true",
                "ſmtp | SMTP | true",
                "İnfo@src.example | info@src.example | true",
                "\u212Aelvin@src.example | kelvin@src.example | true",
                "σοφία@src.example | ΣΟΦΊΑ@src.example | true",
                "ς | σ | true",
                "a | b | false",
                "'' | '' | true",
            })
    void equalAndHashAgreeWithTheFoldedKeys(String a, String b, boolean equal) {
        assertThat(CaseFold.equal(a, b)).isEqualTo(equal).isEqualTo(key(a).equals(key(b)));
        assertThat(CaseFold.hash(a)).isEqualTo(key(a).hashCode());
        assertThat(CaseFold.hash(b)).isEqualTo(key(b).hashCode());
        assertThat(CaseFold.key(a)).isEqualTo(key(a));
        if (equal) {
            assertThat(CaseFold.hash(a)).isEqualTo(CaseFold.hash(b));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "SMTP:Jane.Doe@Contoso.com, smtp:jane.doe@contoso.com",
        "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=JDoe,"
                + " x500:/O=Contoso/OU=First Administrative Group/CN=Recipients/CN=jdoe",
        "sip:İnfo@src.example, SIP:info@src.example",
    })
    void proxyAddressHashIsTheHashOfItsFoldedParts(String one, String other) {
        ProxyAddress a = ProxyAddress.parse(one);
        ProxyAddress b = ProxyAddress.parse(other);
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(Objects.hash(key(a.type()), key(a.address())));
    }

    /** The reference: every UTF-16 unit folded as {@link String#equalsIgnoreCase} does. */
    private static String key(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}
