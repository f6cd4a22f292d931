package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SMTP:jane.doe@contoso.com | SMTP | jane.doe@contoso.com | true | true | false | false",
                "smtp:jdoe@route.contoso.com | smtp | jdoe@route.contoso.com | false | true | false | false",
                "X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe | X500 |"
                        + " /o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe | true | false | true | false",
                "x500:/o=Fabrikam/ou=First Administrative Group/cn=Recipients/cn=jdoe | x500 |"
                        + " /o=Fabrikam/ou=First Administrative Group/cn=Recipients/cn=jdoe | false | false | true | false",
                "sip:jane.doe@contoso.com | sip | jane.doe@contoso.com | false | false | false | true",
                "X400:c=US;a= ;p=Contoso;o=Exchange;s=Doe;g=Jane; | X400 | c=US;a= ;p=Contoso;o=Exchange;s=Doe;g=Jane; | true | false | false | false",
                "EUM:4711;phone-context=contoso.com | EUM | 4711;phone-context=contoso.com | true | false | false | false",
                "sip:jane:doe@contoso.com | sip | jane:doe@contoso.com | false | false | false | true",
            })
    void parsesAtFirstColon(
            String value, String type, String address, boolean primary, boolean smtp, boolean x500, boolean sip) {
        ProxyAddress p = ProxyAddress.parse(value);
        assertThat(p.type()).isEqualTo(type);
        assertThat(p.address()).isEqualTo(address);
        assertThat(p.isPrimary()).isEqualTo(primary);
        assertThat(p.isSmtp()).isEqualTo(smtp);
        assertThat(p.isX500()).isEqualTo(x500);
        assertThat(p.isSip()).isEqualTo(sip);
        assertThat(p.toString()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jane@contoso.com",
                ":jane@contoso.com",
                "SMTP:",
                "SMTP: jane@contoso.com",
                "SMTP:jane@contoso.com ",
                "SM TP:jane@contoso.com",
                "SMTP:no-at-sign",
                "SMTP:@contoso.com",
                "smtp:jane@",
            })
    void rejectsMalformedValuesNamingThem(String value) {
        assertThatThrownBy(() -> ProxyAddress.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        value.contains(":")
                                ? value.substring(value.indexOf(':') + 1).strip()
                                : value);
    }

    @Test
    void rejectsValuesLongerThanTheAttributeAllows() {
        String address = "a".repeat(1110) + "@contoso.com";
        assertThatThrownBy(() -> ProxyAddress.secondarySmtp(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1123");
        assertThat(ProxyAddress.secondarySmtp("a".repeat(1105) + "@contoso.com").toString())
                .hasSize(1122);
    }

    @Test
    void identityIgnoresRoleAndCaseButExactComparisonDoesNot() {
        ProxyAddress primary = ProxyAddress.parse("SMTP:Jane.Doe@Contoso.com");
        ProxyAddress secondary = ProxyAddress.parse("smtp:jane.doe@contoso.com");
        assertThat(primary).isEqualTo(secondary).hasSameHashCodeAs(secondary);
        assertThat(primary.sameValueIgnoringRole(secondary)).isTrue();
        assertThat(primary.exactlyEquals(secondary)).isFalse();
        assertThat(primary.exactlyEquals(ProxyAddress.parse("SMTP:Jane.Doe@Contoso.com")))
                .isTrue();
        assertThat(primary.exactlyEquals(null)).isFalse();
        assertThat(primary).isNotEqualTo(ProxyAddress.parse("SMTP:jane.doe@fabrikam.com"));
        assertThat(primary).isNotEqualTo(ProxyAddress.parse("sip:jane.doe@contoso.com"));
        assertThat(primary).isNotEqualTo("SMTP:Jane.Doe@Contoso.com");
    }

    @Test
    void domainIsTextAfterLastAtSign() {
        assertThat(ProxyAddress.parse("smtp:\"odd@name\"@Route.Contoso.com").domain())
                .isEqualTo("Route.Contoso.com");
        assertThat(ProxyAddress.parse("smtp:jane@route.contoso.com").isSmtpInDomain("ROUTE.contoso.com"))
                .isTrue();
        assertThat(ProxyAddress.parse("sip:jane@route.contoso.com").isSmtpInDomain("route.contoso.com"))
                .isFalse();
        assertThatThrownBy(() -> ProxyAddress.parse("sip:jane@contoso.com").domain())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sip:jane@contoso.com");
    }

    @Test
    void changesRole() {
        assertThat(ProxyAddress.parse("smtp:jane@contoso.com").asPrimary().toString())
                .isEqualTo("SMTP:jane@contoso.com");
        assertThat(ProxyAddress.parse("SMTP:jane@contoso.com").asSecondary().toString())
                .isEqualTo("smtp:jane@contoso.com");
        assertThat(ProxyAddress.parse("x500:/o=A/cn=b").asPrimary().isPrimary()).isTrue();
        assertThat(ProxyAddress.primarySmtp("jane@contoso.com").isPrimarySmtp()).isTrue();
        assertThat(ProxyAddress.secondarySmtp("jane@contoso.com").isPrimarySmtp())
                .isFalse();
    }

    @Test
    void digitOnlyTypeIsNotPrimary() {
        assertThat(new ProxyAddress("123", "x").isPrimary()).isFalse();
    }
}
