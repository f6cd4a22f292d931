package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyExchangeDnTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe",
                "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0b3c7e1ad1f84f3c9f1c2a2b1b3c4d5e-jdoe",
                "/O=CONTOSO/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=JDOE",
                "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc-jane",
                "/o=Contoso"
            })
    void acceptsRealWorldValues(String value) {
        LegacyExchangeDn dn = LegacyExchangeDn.parse(value);
        assertThat(dn.value()).isEqualTo(value);
        assertThat(dn.asX500().toString()).isEqualTo("X500:" + value);
        assertThat(LegacyExchangeDn.fromX500(dn.asX500())).isEqualTo(dn);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "o=Contoso/cn=jdoe",
                "/ou=Admin/cn=jdoe",
                "/o=",
                "/o=Contoso/cn=",
                "/o=Contoso//cn=jdoe",
                "/o=Contoso/dc=example",
                "/o=Contoso/cn"
            })
    void rejectsMalformedValuesNamingThem(String value) {
        assertThatThrownBy(() -> LegacyExchangeDn.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void equalityIsCaseInsensitive() {
        LegacyExchangeDn lower =
                LegacyExchangeDn.parse("/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe");
        LegacyExchangeDn upper =
                LegacyExchangeDn.parse("/O=CONTOSO/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JDOE");
        assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
        assertThat(lower).isNotEqualTo(LegacyExchangeDn.parse("/o=Contoso/cn=jdoe"));
        assertThat(lower.toString()).isEqualTo(lower.value());
    }

    @Test
    void fromX500RejectsOtherTypes() {
        assertThatThrownBy(() -> LegacyExchangeDn.fromX500(ProxyAddress.parse("SMTP:jdoe@contoso.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP:jdoe@contoso.com");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=JDOE@contoso.com"
                        + " | /O=CONTOSO/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=JDOE | contoso.com",
                "IMCEAEX-_o=Contoso_ou=First+20Administrative+20Group_cn=Recipients_cn=jane+2Edoe@mail.contoso.com"
                        + " | /o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jane.doe | mail.contoso.com",
                "imceaex-_o=Contoso_cn=Recipients_cn=J+C3+BCrgen+5Fm@contoso.com"
                        + " | /o=Contoso/cn=Recipients/cn=Jürgen_m | contoso.com",
            })
    void decodesAndEncodesImceaex(String imceaex, String legDn, String domain) {
        ImceaexAddress decoded = ImceaexAddress.parse(imceaex);
        assertThat(decoded.legacyExchangeDn().value()).isEqualTo(legDn);
        assertThat(decoded.domain()).isEqualTo(domain);
        assertThat(decoded.asX500().toString()).isEqualTo("X500:" + legDn);
        assertThat(ImceaexAddress.parse(decoded.toString())).isEqualTo(decoded);
    }

    @Test
    void encodesLikeExchange() {
        ImceaexAddress a = new ImceaexAddress(
                LegacyExchangeDn.parse(
                        "/O=CONTOSO/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=JDOE"),
                "contoso.com");
        assertThat(a.toString())
                .isEqualTo(
                        "IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=JDOE@contoso.com");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IMCEAEX_O=CONTOSO_CN=JDOE@contoso.com",
                "IMCEAEX-_O=CONTOSO_CN=JDOE",
                "IMCEAEX-_O=CONTOSO_CN=J+2@contoso.com",
                "IMCEAEX-_O=CONTOSO_CN=J+ZZDOE@contoso.com",
                "IMCEAEX-_O=CONTOSO_CN=JDOE@",
                "IMCEAEX-O=CONTOSO@contoso.com"
            })
    void rejectsMalformedImceaex(String text) {
        assertThatThrownBy(() -> ImceaexAddress.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void imceaexErrorsNameTheValue() {
        assertThatThrownBy(() -> ImceaexAddress.parse("IMCEAEX-_O=CONTOSO_CN=J+ZZDOE@contoso.com"))
                .hasMessageContaining("IMCEAEX-_O=CONTOSO_CN=J+ZZDOE@contoso.com")
                .hasMessageContaining("+ZZ");
    }

    @ParameterizedTest
    @CsvSource({
        "jdoe, jdoe",
        "Jürgen.Müller, Jurgen.Muller",
        "François_Noël, Francois_Noel",
        "straße, strasse",
        "Søren Ærø, SorenAEro",
        "Łukasz Œuvre, LukaszOEuvre",
        "'o''brien, j.', obrienj.",
        "张伟, ''",
        "Đorđe Þór, DordeTHor",
        "Øystein Ðan, OysteinDan",
        "Cæcilie Œdipe, CaecilieOEdipe",
        "ÆSIR Ø Łódź þ ð, AESIROLodzthd",
    })
    void sanitisesAliases(String alias, String expected) {
        assertThat(LegacyExchangeDnGenerator.sanitise(alias)).isEqualTo(expected);
    }

    @Test
    void generatesDeterministicallyFromInjectedGuids() {
        AtomicLong counter = new AtomicLong(1);
        Supplier<UUID> guids = () -> new UUID(0x0123456789abcdefL, counter.getAndIncrement());
        LegacyExchangeDnGenerator generator = new LegacyExchangeDnGenerator(
                LegacyExchangeDn.parse("/o=Contoso/ou=External (GALSync)/cn=Recipients"), guids);
        assertThat(generator.generate("Jürgen.Müller").value())
                .isEqualTo(
                        "/o=Contoso/ou=External (GALSync)/cn=Recipients/cn=Jurgen.Muller-0123456789abcdef0000000000000001");
        assertThat(generator.generate("张伟").value())
                .isEqualTo("/o=Contoso/ou=External (GALSync)/cn=Recipients/cn=0123456789abcdef0000000000000002");
    }

    @Test
    void imceaexRejectsBadDomain() {
        LegacyExchangeDn dn = LegacyExchangeDn.parse("/o=Contoso/cn=jdoe");
        assertThatThrownBy(() -> new ImceaexAddress(dn, "a@b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a@b");
        assertThatThrownBy(() -> new ImceaexAddress(dn, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
