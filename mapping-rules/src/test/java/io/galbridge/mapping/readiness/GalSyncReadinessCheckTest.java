package io.galbridge.mapping.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GalSyncReadinessCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(
                        "E5 mailbox without legacyExchangeDN",
                        Fixtures.withProxies(Fixtures.janeMailbox().remove("legacyExchangeDN"))
                                .build(),
                        "GB-E5",
                        Severity.ERROR,
                        "No legacyExchangeDN"),
                arguments(
                        "E10 mail-enabled group",
                        DirectoryEntry.builder("CN=All Staff,OU=Groups,DC=src,DC=example")
                                .add("objectClass", "group")
                                .add("mailNickname", "allstaff")
                                .add("proxyAddresses", "SMTP:allstaff@src.example")
                                .add("legacyExchangeDN", Fixtures.SRC_LEGDN.replace("jdoe", "allstaff"))
                                .build(),
                        "GB-E10",
                        Severity.WARNING,
                        "membership"),
                arguments(
                        "E11 hidden mailbox",
                        Fixtures.withProxies(Fixtures.janeMailbox().set("msExchHideFromAddressLists", "TRUE"))
                                .build(),
                        "GB-E11",
                        Severity.WARNING,
                        "msExchHideFromAddressLists"),
                arguments(
                        "E20 hybrid remote mailbox",
                        DirectoryEntry.builder("CN=Cloud Chloe,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("mailNickname", "chloe")
                                .add("proxyAddresses", "SMTP:chloe@src.example")
                                .add("targetAddress", "SMTP:chloe@src.mail.onmicrosoft.com")
                                .add("legacyExchangeDN", Fixtures.SRC_LEGDN.replace("jdoe", "chloe"))
                                .add("msExchRecipientTypeDetails", "2147483648")
                                .add("msExchRemoteRecipientType", "4")
                                .build(),
                        "GB-E20",
                        Severity.WARNING,
                        "2147483648"),
                arguments(
                        "E26 arbitration mailbox",
                        Fixtures.withProxies(Fixtures.janeMailbox().set("msExchRecipientTypeDetails", "8388608"))
                                .build(),
                        "GB-E26",
                        Severity.ERROR,
                        "ArbitrationMailbox"),
                arguments(
                        "pre-staged mail user is never replicated",
                        Fixtures.janeMeu()
                                .add("proxyAddresses", "SMTP:jane.doe@src.example")
                                .build(),
                        "GB-GAL-SCOPE",
                        Severity.ERROR,
                        "K7 PRESTAGED_MAIL_USER"),
                arguments(
                        "contact without proxies or alias",
                        DirectoryEntry.builder("CN=Partner,OU=Contacts,DC=src,DC=example")
                                .add("objectClass", "contact")
                                .add("targetAddress", "SMTP:p@partner.example")
                                .add("legacyExchangeDN", "/o=Source/cn=Recipients/cn=partner")
                                .build(),
                        "GB-GAL-PROXY",
                        Severity.ERROR,
                        "proxyAddresses"),
                arguments(
                        "contact without alias",
                        DirectoryEntry.builder("CN=Partner,OU=Contacts,DC=src,DC=example")
                                .add("objectClass", "contact")
                                .add("proxyAddresses", "SMTP:p@partner.example")
                                .add("targetAddress", "SMTP:p@partner.example")
                                .add("legacyExchangeDN", "/o=Source/cn=Recipients/cn=partner")
                                .build(),
                        "GB-GAL-ALIAS",
                        Severity.ERROR,
                        "mailNickname"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports(String name, DirectoryEntry source, String code, Severity severity, String mentions) {
        List<Finding> findings = new GalSyncReadinessCheck().check(source, Fixtures.SOURCE_CLASSIFIER.classify(source));
        assertThat(findings).as(findings.toString()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.objectDn()).isEqualTo(source.dn());
            assertThat(f.explanation()).contains(mentions);
        });
    }

    @Test
    void regularMailboxIsReadyForTheGal() {
        DirectoryEntry jane = Fixtures.withProxies(Fixtures.janeMailbox()).build();
        assertThat(new GalSyncReadinessCheck().check(jane, Fixtures.SOURCE_CLASSIFIER.classify(jane)))
                .isEmpty();
    }
}
