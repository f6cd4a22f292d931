package io.galbridge.mapping.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An OU parsed once answers containment exactly as {@link DnText#isWithin} does from the strings. */
class NormalisedDnTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CN=Doe\\, Jane,OU=GAL Contacts,DC=tgt,DC=test | OU=GAL Contacts,DC=tgt,DC=test | true",
                "CN=Jane,OU=GAL\\, Contacts,DC=tgt,DC=test | OU=GAL\\2C Contacts,DC=tgt,DC=test | true",
                "CN=Jane,OU=GAL\\, Contacts,DC=tgt,DC=test | OU= Contacts,DC=tgt,DC=test | false",
                "CN=Jane,OU=gal contacts,DC=TGT,DC=Test | ou = GAL Contacts , dc=tgt,dc=test | true",
                "CN=a\\+b,OU=Staff,DC=src,DC=test | OU=Staff,DC=src,DC=test | true",
                "CN=Jane,OU=Sub,OU=GAL,DC=tgt,DC=test | OU=GAL,DC=tgt,DC=test | true",
                "OU=GAL,DC=tgt,DC=test | OU=GAL,DC=tgt,DC=test | true",
                "DC=tgt,DC=test | OU=GAL,DC=tgt,DC=test | false",
                "CN=Jane,OU=GALX,DC=tgt,DC=test | OU=GAL,DC=tgt,DC=test | false",
                "CN=Jane,OU=GAL,DC=tgt,DC=test | OU=GAL,DC=tgt,DC=test2 | false",
                "CN=back\\\\,OU=GAL,DC=tgt,DC=test | OU=GAL,DC=tgt,DC=test | true",
                "CN=Jos\\C3\\A9,OU=Équipe,DC=tgt,DC=test | ou=équipe,DC=tgt,DC=test | true",
                "CN=a+SN=b,OU=GAL,DC=tgt,DC=test | cn=A + sn=B,ou=gal,dc=tgt,dc=test | true",
                "CN=Jane,OU=GAL,DC=tgt,DC=test | '' | true",
            })
    void containmentMatchesDnText(String dn, String ancestor, boolean within) {
        assertThat(NormalisedDn.of(dn).isWithin(NormalisedDn.of(ancestor)))
                .isEqualTo(within)
                .isEqualTo(DnText.isWithin(dn, ancestor));
        assertThat(NormalisedDn.of(dn).isWithinAny(List.of(NormalisedDn.of("OU=Elsewhere"), NormalisedDn.of(ancestor))))
                .isEqualTo(within);
        assertThat(NormalisedDn.of(dn).isWithinAny(List.of())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CN=a+SN=B,DC=x | cn=a+sn=b;dc=x",
                "CN=a\\+b,DC=x | cn=a+b;dc=x",
                // a backslash before '+' keeps the RDN whole, even when the backslash is itself escaped
                "CN=a\\\\+SN=b,DC=x | cn=a\\+sn=b;dc=x",
                "+CN=a,DC=x | =+cn=a;dc=x",
                " CN = Doe\\, Jane , OU=GAL | cn=doe, jane;ou=gal",
            })
    void componentsAreNormalisedPerRdnPart(String dn, String expected) {
        assertThat(DnText.components(dn)).containsExactly(expected.split(";"));
        assertThat(NormalisedDn.of(dn).components()).containsExactly(expected.split(";"));
    }
}
