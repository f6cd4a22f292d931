package io.galbridge.mapping.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.recipient.DnScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetReadinessCheckTest {

    private static final ReadinessContext CONTEXT = new ReadinessContext(
            Optional.of("route.src.example"),
            Optional.of("route.tgt.example"),
            Set.of("tgt.example", "route.tgt.example"),
            true,
            TargetDirectoryIndex.empty(),
            Optional.of(new DnScope("CN=Configuration,DC=tgt,DC=example")));

    private static final DirectoryEntry SOURCE =
            Fixtures.withProxies(Fixtures.janeMailbox()).build();

    private static DirectoryEntry.Builder readyMeu() {
        return Fixtures.janeMeu()
                .add(
                        "proxyAddresses",
                        "SMTP:jane.doe@src.example",
                        "smtp:jdoe@route.src.example",
                        "smtp:jdoe@route.tgt.example",
                        "x500:" + Fixtures.SRC_LEGDN)
                .add(
                        "legacyExchangeDN",
                        "/o=Target/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5e4d3c2b-jdoe");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(
                        "E3 primary SMTP restamped by a policy",
                        readyMeu()
                                .set(
                                        "proxyAddresses",
                                        "SMTP:jdoe@tgt.example",
                                        "smtp:jane.doe@src.example",
                                        "smtp:jdoe@route.src.example",
                                        "x500:" + Fixtures.SRC_LEGDN)
                                .build(),
                        "GB-E3",
                        Severity.ERROR,
                        "Primary SMTP SMTP:jdoe@tgt.example differs from the source primary SMTP:jane.doe@src.example"),
                arguments(
                        "E4 targetAddress in a target-authoritative domain",
                        readyMeu()
                                .set("targetAddress", "SMTP:jdoe@route.tgt.example")
                                .build(),
                        "GB-E4",
                        Severity.ERROR,
                        "targetAddress SMTP:jdoe@route.tgt.example"),
                arguments(
                        "E5 pre-staged mail user without legacyExchangeDN",
                        readyMeu().remove("legacyExchangeDN").build(),
                        "GB-E5",
                        Severity.ERROR,
                        "no legacyExchangeDN"),
                arguments(
                        "E6 X500 of the source legacyExchangeDN missing",
                        readyMeu()
                                .set("proxyAddresses", "SMTP:jane.doe@src.example", "smtp:jdoe@route.src.example")
                                .build(),
                        "GB-E6",
                        Severity.ERROR,
                        "X500:" + Fixtures.SRC_LEGDN),
                arguments(
                        "E12 ADMT copy with a source homeMDB",
                        DirectoryEntry.builder("CN=Jane Doe,OU=ADMT,DC=tgt,DC=example")
                                .add("objectClass", "user")
                                .add("userAccountControl", "512")
                                .add("mailNickname", "jdoe")
                                .add("homeMDB", "CN=DB01,CN=Databases,CN=Configuration,DC=src,DC=example")
                                .addBytes("msExchMailboxGuid", Fixtures.JANE_GUID.toBytes())
                                .build(),
                        "GB-E12",
                        Severity.ERROR,
                        "homeMDB CN=DB01,CN=Databases,CN=Configuration,DC=src,DC=example"),
                arguments(
                        "E24 targetAddress not in the mailbox delivery domain",
                        readyMeu()
                                .set("targetAddress", "SMTP:jane.doe@src.example")
                                .build(),
                        "GB-E24",
                        Severity.WARNING,
                        "MailboxDeliveryDomain route.src.example"),
                arguments(
                        "E24 unparseable targetAddress",
                        readyMeu().set("targetAddress", "jane.doe@src.example").build(),
                        "GB-E24",
                        Severity.WARNING,
                        "'jane.doe@src.example'"),
                arguments(
                        "GB-PROXY case duplicates",
                        readyMeu()
                                .set("proxyAddresses", "SMTP:jane.doe@src.example", "smtp:Jane.Doe@src.example")
                                .build(),
                        "GB-PROXY",
                        Severity.ERROR,
                        "smtp:Jane.Doe@src.example"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports(String name, DirectoryEntry target, String code, Severity severity, String mentions) {
        List<Finding> findings = new TargetReadinessCheck(CONTEXT)
                .check(target, Fixtures.TARGET_CLASSIFIER.classify(target), Optional.of(SOURCE));
        assertThat(findings).as(findings.toString()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.objectDn()).isEqualTo(target.dn());
            assertThat(f.explanation()).contains(mentions);
            assertThat(f.fix()).isNotBlank();
        });
    }

    @Test
    void readyMailUserAndLocalMailboxHaveNoFindings() {
        DirectoryEntry meu = readyMeu().build();
        assertThat(new TargetReadinessCheck(CONTEXT)
                        .check(meu, Fixtures.TARGET_CLASSIFIER.classify(meu), Optional.of(SOURCE)))
                .isEmpty();
        DirectoryEntry local = DirectoryEntry.builder("CN=Tom,OU=Staff,DC=tgt,DC=example")
                .add("objectClass", "user")
                .add("userAccountControl", "512")
                .add("mailNickname", "tom")
                .add("homeMDB", "CN=DB07,CN=Databases,CN=Configuration,DC=tgt,DC=example")
                .addBytes("msExchMailboxGuid", new byte[16])
                .build();
        assertThat(new TargetReadinessCheck(CONTEXT)
                        .check(local, Fixtures.TARGET_CLASSIFIER.classify(local), Optional.empty()))
                .isEmpty();
    }

    @Test
    void withoutSourceOnlyTargetSideChecksRun() {
        DirectoryEntry meu =
                readyMeu().set("proxyAddresses", "SMTP:jdoe@tgt.example").build();
        assertThat(new TargetReadinessCheck(CONTEXT)
                        .check(meu, Fixtures.TARGET_CLASSIFIER.classify(meu), Optional.empty()))
                .isEmpty();
    }
}
