package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules A and B and the CN collision rule: deterministic, unique, within AD's limits (E21, E22). */
class NamingRulesTest {

    private static Set<String> set(String pipeSeparated) {
        return pipeSeparated == null || pipeSeparated.isEmpty()
                ? Set.of()
                : Arrays.stream(pipeSeparated.split("\\|")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "sAM {0} taken [{1}] -> {2}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "jdoe;;jdoe",
                "jdoe;JDOE;jdoe2",
                "jdoe;jdoe|jdoe2|jdoe3;jdoe4",
                "abcdefghijklmnopqrst;;abcdefghijklmnopqrst",
                // 20 characters and taken: PMR made no attempt at all (E22)
                "abcdefghijklmnopqrst;ABCDEFGHIJKLMNOPQRST;abcdefghijklmnopqrs2",
                "abcdefghijklmnopqrstuvwxyz;;abcdefghijklmnopqrst",
                "abcdefghijklmnopqrstuvwxyz;abcdefghijklmnopqrst|abcdefghijklmnopqrs2;abcdefghijklmnopqrs3",
                "abcdefghijklmnopqrst;abcdefghijklmnopqrst|abcdefghijklmnopqrs2|abcdefghijklmnopqrs3|abcdefghijklmnopqrs4|abcdefghijklmnopqrs5|abcdefghijklmnopqrs6|abcdefghijklmnopqrs7|abcdefghijklmnopqrs8|abcdefghijklmnopqrs9;abcdefghijklmnopqr10",
                "j.doe[ext]:1;;j.doeext1",
                "dots...;;dots",
                "Jörg Müller;;Jörg Müller",
                "\"/\\[]:;|=,+*?<>@;;NULL"
            })
    void samAccountName(String wanted, String taken, String expected) {
        NamingRules rules = new NamingRules(new TakenNames(Set.of(), set(taken), Set.of(), Set.of()));
        assertThat(rules.uniqueSamAccountName(wanted).orElse(null)).isEqualTo(expected);
        rules.uniqueSamAccountName(wanted).ifPresent(s -> assertThat(s.length()).isLessThanOrEqualTo(20));
    }

    @ParameterizedTest(name = "CN {0} taken [{1}] -> {2}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "Jane Doe;;Jane Doe",
                "Jane Doe;jane doe;Jane Doe-2",
                "Jane Doe;Jane Doe|Jane Doe-2;Jane Doe-3",
                "'   ';;NULL",
            })
    void cn(String wanted, String taken, String expected) {
        NamingRules rules = new NamingRules(new TakenNames(set(taken), Set.of(), Set.of(), Set.of()));
        assertThat(rules.uniqueCn(Fixtures.MEU_OU, wanted).orElse(null)).isEqualTo(expected);
        rules.uniqueCn(Fixtures.MEU_OU, wanted)
                .ifPresent(s -> assertThat(s.length()).isLessThanOrEqualTo(64));
    }

    @org.junit.jupiter.api.Test
    void longCnIsTruncatedTo64AndSuffixedWithin64() {
        String seventy = "A".repeat(70);
        NamingRules free = new NamingRules(TakenNames.none());
        assertThat(free.uniqueCn(Fixtures.MEU_OU, seventy)).contains("A".repeat(64));
        NamingRules taken = new NamingRules(new TakenNames(Set.of("a".repeat(64)), Set.of(), Set.of(), Set.of()));
        assertThat(taken.uniqueCn(Fixtures.MEU_OU, seventy)).contains("A".repeat(62) + "-2");
    }

    @ParameterizedTest(name = "UPN {0} taken [{3}] -> {4}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "jdoe@src.example;Jane Doe;jdoe;;jdoe@src.example",
                "jdoe@src.example;Jane Doe;jdoe;JDOE@src.example;JaneDoe@src.example",
                "jdoe@src.example;Jane Doe;jdoe2;jdoe@src.example|janedoe@src.example;jdoe2@src.example",
                "jdoe@src.example;Jane Doe;jdoe;jdoe@src.example|janedoe@src.example;jdoe2@src.example",
                "jdoe@src.example;jdoe;jdoe;jdoe@src.example|jdoe2@src.example;jdoe3@src.example",
                "no-at-sign;Jane;jdoe;;NULL",
            })
    void userPrincipalName(String sourceUpn, String cn, String sam, String taken, String expected) {
        NamingRules rules = new NamingRules(new TakenNames(Set.of(), Set.of(), set(taken), Set.of()));
        assertThat(rules.uniqueUserPrincipalName(sourceUpn, cn, sam).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "DN of {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Jane Doe;CN=Jane Doe,OU=Pre-staged,DC=tgt,DC=example",
                "'Doe, Jane';CN=Doe\\, Jane,OU=Pre-staged,DC=tgt,DC=example",
                "#1 Fan+Co;CN=\\#1 Fan\\+Co,OU=Pre-staged,DC=tgt,DC=example",
            })
    void childDnEscapes(String cn, String dn) {
        assertThat(NamingRules.childDn(cn, Fixtures.MEU_OU)).isEqualTo(dn);
    }
}
