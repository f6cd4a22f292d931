package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyAddressSetTest {

    private static ProxyAddressSet set(String... values) {
        return ProxyAddressSet.parse(List.of(values));
    }

    /** Each row: starting values (;-separated), the value added, the expected values (;-separated). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a new primary demotes the old one and takes the place of its own secondary
                "SMTP:jane@contoso.com;smtp:jane@fabrikam.com;X500:/o=Contoso/cn=jane | SMTP:jane@fabrikam.com"
                        + " | smtp:jane@contoso.com;SMTP:jane@fabrikam.com;X500:/o=Contoso/cn=jane",
                "SMTP:jane@contoso.com | SMTP:jane.doe@contoso.com | smtp:jane@contoso.com;SMTP:jane.doe@contoso.com",
                // re-adding the primary in another case changes nothing
                "SMTP:Jane@Contoso.com;smtp:j@contoso.com | SMTP:jane@contoso.com | SMTP:Jane@Contoso.com;smtp:j@contoso.com",
                // a secondary of the primary's address must not demote it or duplicate it
                "SMTP:jane@contoso.com | smtp:JANE@contoso.com | SMTP:jane@contoso.com",
                "SMTP:jane@contoso.com | smtp:jane@route.contoso.com | SMTP:jane@contoso.com;smtp:jane@route.contoso.com",
                // at most one sip, replaced in place
                "SMTP:jane@contoso.com;sip:jane@old.contoso.com;x500:/o=A/cn=b | sip:jane@contoso.com"
                        + " | SMTP:jane@contoso.com;sip:jane@contoso.com;x500:/o=A/cn=b",
                "sip:jane@contoso.com | SIP:JANE@contoso.com | sip:jane@contoso.com",
                // X500 presence is per value and case-insensitive, role ignored
                "x500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jane"
                        + " | X500:/O=CONTOSO/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JANE"
                        + " | x500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jane",
                "X500:/o=Contoso/cn=jane | X500:/o=Contoso/cn=janet | X500:/o=Contoso/cn=jane;X500:/o=Contoso/cn=janet",
                // foreign types are appended and never touched
                "EUM:4711;phone-context=contoso.com | SPO:SPO_abc@SPO_def | EUM:4711;phone-context=contoso.com;SPO:SPO_abc@SPO_def",
                "X400:c=US;a= ;p=Contoso;o=Exchange;s=Doe; | SMTP:jane@contoso.com | X400:c=US;a= ;p=Contoso;o=Exchange;s=Doe;;SMTP:jane@contoso.com",
            })
    void mergesLikeGalSync(String start, String added, String expected) {
        ProxyAddressSet merged = set(start.split(";(?=[A-Za-z0-9]+:)")).with(ProxyAddress.parse(added));
        assertThat(merged.values()).containsExactly(expected.split(";(?=[A-Za-z0-9]+:)"));
    }

    @Test
    void unchangedMergeReturnsSameInstance() {
        ProxyAddressSet s = set("SMTP:jane@contoso.com", "x500:/o=A/cn=b");
        assertThat(s.with(ProxyAddress.parse("X500:/O=A/CN=B"))).isSameAs(s);
        assertThat(s.with(ProxyAddress.parse("SMTP:JANE@contoso.com"))).isSameAs(s);
        assertThat(s.without(ProxyAddress.parse("smtp:other@contoso.com"))).isSameAs(s);
    }

    @Test
    void parseRejectsCaseDuplicatesAndSecondPrimary() {
        assertThatThrownBy(() -> set("SMTP:jane@contoso.com", "smtp:JANE@contoso.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smtp:JANE@contoso.com");
        assertThatThrownBy(() -> set("SMTP:jane@contoso.com", "SMTP:jd@contoso.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("primary SMTP")
                .hasMessageContaining("SMTP:jd@contoso.com");
        assertThatThrownBy(() -> set("sip:a@contoso.com", "SIP:b@contoso.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SIP");
        assertThatThrownBy(() -> set("SMTP:jane@contoso.com", "broken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'broken'");
    }

    @Test
    void queries() {
        ProxyAddressSet s = set(
                "smtp:jane@route.contoso.com",
                "SMTP:jane@contoso.com",
                "X500:/o=Contoso/cn=jane",
                "x500:/o=Fabrikam/cn=jane",
                "sip:jane@contoso.com",
                "smtp:jane@Route.Contoso.com.au");
        assertThat(s.primarySmtp()).contains(ProxyAddress.parse("SMTP:jane@contoso.com"));
        assertThat(s.smtp()).hasSize(3);
        assertThat(s.smtpInDomain("ROUTE.CONTOSO.COM"))
                .extracting(ProxyAddress::toString)
                .containsExactly("smtp:jane@route.contoso.com");
        assertThat(s.x500s())
                .extracting(ProxyAddress::toString)
                .containsExactly("X500:/o=Contoso/cn=jane", "x500:/o=Fabrikam/cn=jane");
        assertThat(s.sip()).map(ProxyAddress::toString).contains("sip:jane@contoso.com");
        assertThat(s.containsAddress(ProxyAddress.parse("X500:/O=FABRIKAM/CN=JANE")))
                .isTrue();
        assertThat(s.containsAddress(ProxyAddress.parse("X500:/o=Fabrikam/cn=jane2")))
                .isFalse();
        assertThat(s.containsSmtp("JANE@CONTOSO.COM")).isTrue();
        assertThat(s.find(ProxyAddress.parse("smtp:JANE@contoso.com")))
                .map(ProxyAddress::toString)
                .contains("SMTP:jane@contoso.com");
        assertThat(s.find(ProxyAddress.parse("smtp:nobody@contoso.com"))).isEmpty();
        assertThat(s.size()).isEqualTo(6);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.stream().count()).isEqualTo(6);
        List<ProxyAddress> iterated = new ArrayList<>();
        s.forEach(iterated::add);
        assertThat(iterated).isEqualTo(s.asList());
        assertThat(s.toString()).contains("SMTP:jane@contoso.com");
        assertThat(ProxyAddressSet.empty().isEmpty()).isTrue();
        assertThat(ProxyAddressSet.empty().primarySmtp()).isEmpty();
    }

    @Test
    void withoutRemovesIgnoringRoleAndCase() {
        ProxyAddressSet s = set("SMTP:jane@contoso.com", "x500:/o=A/cn=b");
        assertThat(s.without(ProxyAddress.parse("X500:/O=A/CN=B")).values()).containsExactly("SMTP:jane@contoso.com");
        assertThat(s.without(ProxyAddress.parse("smtp:jane@contoso.com")).primarySmtp())
                .isEmpty();
    }

    @Test
    void equalityIsOrderedExactValues() {
        assertThat(set("SMTP:a@x.com", "smtp:b@x.com"))
                .isEqualTo(set("SMTP:a@x.com", "smtp:b@x.com"))
                .hasSameHashCodeAs(set("SMTP:a@x.com", "smtp:b@x.com"))
                .isNotEqualTo(set("smtp:b@x.com", "SMTP:a@x.com"))
                .isNotEqualTo(set("SMTP:A@x.com", "smtp:b@x.com"))
                .isNotEqualTo("SMTP:a@x.com");
    }

    @Test
    void withAllMergesInOrder() {
        ProxyAddressSet s = ProxyAddressSet.empty()
                .withAll(List.of(
                        ProxyAddress.parse("SMTP:a@contoso.com"),
                        ProxyAddress.parse("SMTP:b@contoso.com"),
                        ProxyAddress.parse("x500:/o=Contoso/cn=a")));
        assertThat(s.values()).containsExactly("smtp:a@contoso.com", "SMTP:b@contoso.com", "x500:/o=Contoso/cn=a");
    }
}
