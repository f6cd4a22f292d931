package io.galbridge.connector.target.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A host's attributesToGet, parsed once per search, matches schema names as {@link String#equalsIgnoreCase}. */
class RequestedAttributesTest {

    @ParameterizedTest
    @CsvSource({
        "PROXYADDRESSES, proxyAddresses, true",
        "proxyaddresses, proxyAddresses, true",
        "proxyAddresses, proxyAddresses, true",
        "msExchMasterAccountSID, msExchMasterAccountSid, true",
        "WRITEBACKX500, writeBackX500, true",
        "proxyAddresses, targetAddress, false",
        "proxyAddresses2, proxyAddresses, false",
        // non-ASCII names that equalsIgnoreCase still matches: long s, Kelvin sign
        "\u017Fn, sn, true",
        "\u212Aeys, keys, true",
        "\u017Fn, mail, false",
    })
    void matchesCaseInsensitively(String asked, String schemaName, boolean wanted) {
        RequestedAttributes requested = RequestedAttributes.of(Set.of(asked, "cn"));
        boolean expected = wanted || schemaName.equalsIgnoreCase("cn");

        assertThat(requested.wants(schemaName)).isEqualTo(expected);
        assertThat(Set.of(asked, "cn").stream().anyMatch(r -> r.equalsIgnoreCase(schemaName)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"proxyAddresses", "ownershipMark", "memberOf"})
    void noRequestWantsEverything(String schemaName) {
        assertThat(RequestedAttributes.of(null).wants(schemaName)).isTrue();
        assertThat(RequestedAttributes.ALL.wants(schemaName)).isTrue();
        assertThat(RequestedAttributes.of(Set.of()).wants(schemaName)).isFalse();
    }
}
