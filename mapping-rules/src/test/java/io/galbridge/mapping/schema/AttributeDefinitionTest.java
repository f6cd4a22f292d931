package io.galbridge.mapping.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeDefinitionTest {

    @ParameterizedTest(name = "{0} / {1} is refused")
    @CsvSource({
        "msExchMailboxGuid, 1.2.840.113556.1.4.7000.102.011058, msExchMailboxGuid",
        "msExchMailboxGuid, msExchMailboxGuid-oid,              msExchMailboxGuid-oid",
        "1stAttribute,      1.2.840.113556.1.2.447,             1stAttribute",
        "mail nickname,     1.2.840.113556.1.2.447,             mail nickname",
    })
    void refusesMalformedNamesAndOidsNamingThem(String name, String oid, String named) {
        assertThatThrownBy(() -> new AttributeDefinition(
                        name,
                        oid,
                        AttributeSyntax.UNICODE_STRING,
                        true,
                        "d",
                        false,
                        false,
                        OptionalInt.empty(),
                        OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @ParameterizedTest(name = "linkID {0}: back-link {1}")
    @CsvSource({"2, false", "3, true", "42, false", "43, true"})
    void oddLinkIdsAreBackLinks(int linkId, boolean backLink) {
        AttributeDefinition attribute = new AttributeDefinition(
                "member",
                "2.5.4.31",
                AttributeSyntax.DN,
                false,
                "d",
                true,
                false,
                OptionalInt.empty(),
                OptionalInt.of(linkId));

        assertThat(attribute.backLink()).isEqualTo(backLink);
    }
}
