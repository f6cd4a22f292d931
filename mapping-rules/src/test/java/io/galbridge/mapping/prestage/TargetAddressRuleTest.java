package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.TargetAddress;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule C (spec 2.7): case-insensitive domain after the last @, verbatim value with its prefix. */
class TargetAddressRuleTest {

    @ParameterizedTest(name = "[{0}] domain {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "SMTP:jane@contoso.com|smtp:jdoe@src.route.example;NULL;SMTP:jane@contoso.com",
                "SMTP:jane@contoso.com|smtp:jdoe@src.route.example;'';SMTP:jane@contoso.com",
                "SMTP:jane@contoso.com|smtp:jdoe@src.route.example;src.route.example;smtp:jdoe@src.route.example",
                "SMTP:jane@contoso.com|smtp:jdoe@SRC.Route.Example;src.route.EXAMPLE;smtp:jdoe@SRC.Route.Example",
                "smtp:first@route.example|smtp:second@route.example;route.example;smtp:first@route.example",
                "SMTP:jane@contoso.com|smtp:\"odd@local\"@route.example;route.example;smtp:\"odd@local\"@route.example",
                "SMTP:jane@contoso.com|smtp:jane@sub.route.example;route.example;NULL",
                "smtp:jane@contoso.com|X500:/o=Contoso/cn=jane;NULL;NULL",
                "SMTP:jane@contoso.com|x500:/o=route.example/cn=x;route.example;NULL",
            })
    void choosesVerbatim(String proxies, String domain, String expected) {
        ProxyAddressSet set = ProxyAddressSet.parse(Arrays.asList(proxies.split("\\|")));
        assertThat(TargetAddressRule.choose(set, domain)
                        .map(TargetAddress::value)
                        .orElse(null))
                .isEqualTo(expected);
    }
}
