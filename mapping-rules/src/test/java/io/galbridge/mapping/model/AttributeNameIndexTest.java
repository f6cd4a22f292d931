package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeNameIndexTest {

    private static final AttributeNameIndex<String> RECIPIENT_INPUTS = AttributeNameIndex.of(Map.of(
            "objectClass", "objectClass",
            "objectGUID", "objectGUID",
            "proxyAddresses", "proxyAddresses",
            "msExchRecipientTypeDetails", "msExchRecipientTypeDetails",
            "targetAddress", "targetAddress"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // as AD and the testkit's schemas spell them, and as other servers and hosts echo them
        "proxyAddresses, proxyAddresses",
        "PROXYADDRESSES, proxyAddresses",
        "proxyaddresses, proxyAddresses",
        "ObjectGuid, objectGUID",
        "objectguid, objectGUID",
        "MSEXCHRECIPIENTTYPEDETAILS, msExchRecipientTypeDetails",
        "TargetAddress, targetAddress"
    })
    void aNameIsFoundInAnyCase(String asSpelled, String expected) {
        assertThat(RECIPIENT_INPUTS.get(asSpelled)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"proxyAddresse", "proxyAddresses;range=0-1499", "xproxyAddresses", "mail", "objectClaß"})
    void otherNamesAreNotFound(String name) {
        assertThat(RECIPIENT_INPUTS.get(name)).isNull();
    }

    @Test
    void everyCatalogAttributeIsFoundInEveryCaseAndNothingElse() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (AttributeDefinition d : ExchangeSchema.standard().attributes()) {
            byName.put(d.ldapDisplayName(), d.ldapDisplayName());
        }
        AttributeNameIndex<String> index = AttributeNameIndex.of(byName);

        assertThat(byName).hasSizeGreaterThan(50);
        for (String name : byName.keySet()) {
            assertThat(index.get(name)).isEqualTo(name);
            assertThat(index.get(name.toUpperCase(Locale.ROOT))).isEqualTo(name);
            assertThat(index.get(name.toLowerCase(Locale.ROOT))).isEqualTo(name);
            assertThat(index.get(name + "x")).isNull();
        }
    }

    @Test
    void anEmptyNameOrTableFindsNothing() {
        assertThat(RECIPIENT_INPUTS.get("")).isNull();
        assertThat(AttributeNameIndex.of(Map.of()).get("proxyAddresses")).isNull();
    }

    @Test
    void twoNamesThatDifferOnlyInCaseAreRefused() {
        Map<String, Integer> names = new LinkedHashMap<>();
        names.put("proxyAddresses", 1);
        names.put("PROXYADDRESSES", 2);

        assertThatThrownBy(() -> AttributeNameIndex.of(names))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxyAddresses")
                .hasMessageContaining("PROXYADDRESSES");
    }
}
