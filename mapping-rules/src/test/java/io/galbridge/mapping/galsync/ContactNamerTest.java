package io.galbridge.mapping.galsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.config.NamingPolicy;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactNamerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Jane Doe|jane|Research||Jane Doe",
                "Jane Doe|jane|Research|jane doe|Jane Doe (Research)",
                "Jane Doe|jane||Jane Doe|Jane Doe(1)",
                "Jane Doe|jane|Research|Jane Doe,Jane Doe (Research),Jane Doe(1)|Jane Doe(2)",
                "José Müller|jmuller|||José Müller (jmuller)",
                "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|a|||Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|a||Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(1)",
            })
    void chooses(String cn, String alias, String department, String taken, String expected) {
        Set<String> used = taken == null ? Set.of() : Set.of(taken.split(","));
        String name = new ContactNamer(NamingPolicy.GALSYNC)
                .choose(cn, alias, department, used, null)
                .orElseThrow();
        assertThat(name).isEqualTo(expected).hasSizeLessThanOrEqualTo(64);
    }

    @org.junit.jupiter.api.Test
    void exhaustedAndStable() {
        ContactNamer namer = new ContactNamer(new NamingPolicy(64, true, true, 2));
        assertThat(namer.choose("a", "a", null, Set.of("a", "a(1)", "a(2)"), null))
                .isEmpty();
        assertThat(namer.choose("a", "a", null, Set.of("a", "a(1)"), "a(1)")).contains("a(1)");
    }
}
