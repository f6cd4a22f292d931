package io.galbridge.mapping.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.model.ExchangeGuid;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {

    static final ForestProfile TGT = ForestProfile.of(
            "TGT.example",
            List.of("Tgt.Example"),
            "DC=tgt,DC=example",
            "OU=GAL,DC=tgt,DC=example",
            "OU=MEU,DC=tgt,DC=example");

    @ParameterizedTest
    @CsvSource({
        "'CN=Jane,OU=GAL,DC=tgt,DC=example', 'ou=gal, dc=TGT,dc=example', true",
        "'OU=GAL,DC=tgt,DC=example', 'OU=GAL,DC=tgt,DC=example', true",
        "'CN=Jane,OU=GAL2,DC=tgt,DC=example', 'OU=GAL,DC=tgt,DC=example', false",
        "'CN=Doe\\, Jane,OU=GAL,DC=tgt,DC=example', 'OU=GAL,DC=tgt,DC=example', true",
        "'CN=x', 'CN=a,CN=x', false",
    })
    void isWithin(String dn, String ancestor, boolean expected) {
        assertThat(DnText.isWithin(dn, ancestor)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'CN=Doe\\, Jane,OU=GAL,DC=tgt,DC=example', 'Doe, Jane', 'OU=GAL,DC=tgt,DC=example', tgt.example",
        "'CN=Jos\\C3\\A9,DC=src', 'JosÃ©', 'DC=src', src",
        "'CN=x,OU=y', 'x', 'OU=y', ''",
        "'CN=only', 'only', '', ''",
    })
    void dnParts(String dn, String leftmost, String parent, String dns) {
        assertThat(DnText.leftmostValue(dn)).isEqualTo(leftmost);
        assertThat(DnText.parent(dn)).isEqualTo(parent);
        assertThat(DnText.dnsNameFromDcComponents(dn)).isEqualTo(dns);
    }

    @ParameterizedTest
    @CsvSource({
        "'Doe, Jane', 'CN=Doe\\, Jane,OU=GAL'",
        "' lead#', 'CN=\\ lead#,OU=GAL'",
        "'#hash', 'CN=\\#hash,OU=GAL'",
        "'trail ', 'CN=trail\\ ,OU=GAL'",
        "'a+b=c<d>;\"e\\', 'CN=a\\+b\\=c\\<d\\>\\;\\\"e\\\\,OU=GAL'",
    })
    void childEscapes(String value, String expected) {
        assertThat(DnText.child("CN", value, "OU=GAL")).isEqualTo(expected);
        assertThat(DnText.leftmostValue(expected)).isEqualTo(value.strip().equals(value) ? value : value);
    }

    @Test
    void leftmostWithoutEqualsIsRejected() {
        assertThatThrownBy(() -> DnText.leftmostValue("garbage")).hasMessageContaining("garbage");
        assertThat(DnText.same("cn=A+sn=B,dc=x", "CN=a + SN=b, DC=X")).isTrue();
        assertThat(DnText.components("")).isEmpty();
    }

    @Test
    void forestProfileNormalisesAndValidates() {
        assertThat(TGT.forestName()).isEqualTo("tgt.example");
        assertThat(TGT.mailDomains()).containsExactly("tgt.example");
        assertThat(TGT.ownsMailDomain("TGT.example")).isTrue();
        assertThat(TGT.ownsMailDomain("mail.tgt.example")).isTrue();
        assertThat(TGT.ownsMailDomain("eviltgt.example")).isFalse();
        assertThat(TGT.legacyExchangeDnPrefixValue()).isEmpty();
        assertThat(TGT.withTargetDeliveryDomain("Route.TGT.example").targetDeliveryDomainValue())
                .contains("route.tgt.example");
        ForestProfile changed = TGT.withMailDomains(List.of("a.example"))
                .withScope(List.of("OU=In,DC=tgt,DC=example"), List.of("OU=Out,DC=tgt,DC=example"))
                .withFlags(true, true)
                .withAuthoritativeContactOus(List.of("OU=C,DC=tgt,DC=example"))
                .withLegacyExchangeDnPrefix(null);
        assertThat(changed.mailRouting()).isTrue();
        assertThat(changed.crossForestDelegation()).isTrue();
        assertThat(changed.includeOus()).hasSize(1);
        assertThat(changed.authoritativeContactOus()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "'', 'DC=x', 'OU=GAL,DC=x', 'OU=MEU,DC=x', forestName",
        "x.example, ' ', 'OU=GAL,DC=x', 'OU=MEU,DC=x', baseDn",
        "x.example, 'DC=x', '', 'OU=MEU,DC=x', galContactOu",
        "x.example, 'DC=x', 'OU=GAL,DC=x', '', mailUserOu",
        "x.example, 'DC=x', 'OU=GAL,DC=x', 'OU=MEU,OU=GAL,DC=x', 'inside the GAL contact OU'",
    })
    void forestProfileRejects(String forest, String base, String gal, String meu, String message) {
        assertThatThrownBy(() -> ForestProfile.of(forest, List.of(), base, gal, meu))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void ownershipMarkerRoundTrips() {
        ExchangeGuid guid = ExchangeGuid.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        String mark = OwnershipMarker.DEFAULT.value("src.example", guid);
        assertThat(mark).isEqualTo("galbridge:src.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(OwnershipMarker.parse(mark)).contains(new OwnershipMarker.Owner("src.example", guid));
        assertThat(OwnershipMarker.parse("GALSync managed")).isEmpty();
        assertThat(OwnershipMarker.parse("galbridge:nocolon")).isEmpty();
        assertThat(OwnershipMarker.parse("galbridge:src.example:not-a-guid")).isEmpty();
        assertThat(OwnershipMarker.parse(null)).isEmpty();
        assertThatThrownBy(() -> new OwnershipMarker("bad name")).hasMessageContaining("bad name");
    }

    @Test
    void namingAndSettingsValidate() {
        assertThatThrownBy(() -> new NamingPolicy(65, true, true, 10)).hasMessageContaining("maxLength 65");
        assertThatThrownBy(() -> new NamingPolicy(64, true, true, 0)).hasMessageContaining("maxCounter 0");
        ForestProfile src = ForestProfile.of(
                "src.example",
                List.of("src.example"),
                "DC=src,DC=example",
                "OU=GAL,DC=src,DC=example",
                "OU=MEU,DC=src,DC=example");
        assertThat(GalSyncSettings.DEFAULTS.contactOu(src, TGT)).isEqualTo("OU=GAL,DC=tgt,DC=example");
        GalSyncSettings placed = new GalSyncSettings(
                false,
                OwnershipMarker.DEFAULT,
                NamingPolicy.GALSYNC,
                true,
                true,
                true,
                Map.of("SRC.example", "OU=Src,OU=GAL,DC=tgt,DC=example"));
        assertThat(placed.contactOu(src, TGT)).isEqualTo("OU=Src,OU=GAL,DC=tgt,DC=example");
        GalSyncSettings wrong = new GalSyncSettings(
                false,
                OwnershipMarker.DEFAULT,
                NamingPolicy.GALSYNC,
                true,
                true,
                true,
                Map.of("src.example", "OU=Elsewhere,DC=tgt,DC=example"));
        assertThatThrownBy(() -> wrong.contactOu(src, TGT)).hasMessageContaining("outside the GAL contact OU");
        assertThat(GalSyncSettings.DEFAULTS.withIncludeHidden(true).includeHidden())
                .isTrue();
        assertThat(GalSyncSettings.DEFAULTS
                        .withNaming(new NamingPolicy(20, false, false, 5))
                        .naming()
                        .maxLength())
                .isEqualTo(20);
    }
}
