package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetAddressTest {

    @ParameterizedTest
    @CsvSource({
        "SMTP:jane@src.example, SMTP, jane@src.example, src.example",
        "smtp:jane@route.src.example, smtp, jane@route.src.example, route.src.example",
        "SMTP:jane.doe@contoso.mail.onmicrosoft.com, SMTP, jane.doe@contoso.mail.onmicrosoft.com, contoso.mail.onmicrosoft.com",
    })
    void keepsValueVerbatim(String value, String type, String address, String domain) {
        TargetAddress t = TargetAddress.parse(value);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.toString()).isEqualTo(value);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.address()).isEqualTo(address);
        assertThat(t.domain()).isEqualTo(domain);
        assertThat(t.isSmtp()).isTrue();
        assertThat(t.asProxyAddress().toString()).isEqualTo(value);
    }

    @Test
    void buildsUpperCaseSmtpAndComparesCaseInsensitively() {
        assertThat(TargetAddress.smtp("jane@src.example").value()).isEqualTo("SMTP:jane@src.example");
        assertThat(TargetAddress.of(ProxyAddress.parse("smtp:Jane@Src.Example")))
                .isEqualTo(TargetAddress.smtp("jane@src.example"))
                .hasSameHashCodeAs(TargetAddress.smtp("jane@src.example"));
        assertThat(TargetAddress.smtp("jane@src.example")).isNotEqualTo(TargetAddress.smtp("jane@tgt.example"));
        assertThat(TargetAddress.smtp("jane@src.example")).isNotEqualTo("SMTP:jane@src.example");
    }

    @Test
    void nonSmtpHasNoDomain() {
        TargetAddress x400 = TargetAddress.parse("X400:c=US;a= ;p=Contoso;o=Exchange;s=Doe;");
        assertThat(x400.isSmtp()).isFalse();
        assertThatThrownBy(x400::domain).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsMalformedValues() {
        assertThatThrownBy(() -> TargetAddress.parse("jane@src.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid targetAddress 'jane@src.example'");
        assertThatThrownBy(() -> TargetAddress.parse("SMTP:jane"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP:jane");
    }
}
