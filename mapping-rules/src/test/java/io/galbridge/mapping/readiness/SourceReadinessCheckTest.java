package io.galbridge.mapping.readiness;

import static io.galbridge.mapping.readiness.Fixtures.janeMailbox;
import static io.galbridge.mapping.readiness.Fixtures.withProxies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourceReadinessCheckTest {

    private static final DirectoryEntry MANUAL_CONTACT = DirectoryEntry.builder(
                    "CN=Jane (manual),OU=Contacts,DC=tgt,DC=example")
            .add("objectClass", "contact")
            .add("mailNickname", "janemanual")
            .add("proxyAddresses", "SMTP:Jane.Doe@src.example")
            .add("targetAddress", "SMTP:jane.doe@src.example")
            .build();
    private static final DirectoryEntry GALSYNC_CONTACT = DirectoryEntry.builder("CN=Jane Doe," + Fixtures.SYNC_OU)
            .add("objectClass", "contact")
            .add("mailNickname", "jdoe")
            .add("proxyAddresses", "SMTP:jane.doe@src.example", "X500:" + Fixtures.SRC_LEGDN)
            .add("targetAddress", "SMTP:jane.doe@src.example")
            .build();
    private static final DirectoryEntry TARGET_MAILBOX = DirectoryEntry.builder(
                    "CN=Jane Doe,OU=Staff,DC=tgt,DC=example")
            .add("objectClass", "user")
            .add("sAMAccountName", "jane.doe")
            .add("userAccountControl", "512")
            .add("mailNickname", "janedoe")
            .add("proxyAddresses", "SMTP:jane.doe@src.example")
            .add("homeMDB", "CN=DB07,CN=Databases,CN=Configuration,DC=tgt,DC=example")
            .addBytes("msExchMailboxGuid", new byte[16])
            .build();
    private static final DirectoryEntry TARGET_JDOE = DirectoryEntry.builder("CN=John Doe,OU=Staff,DC=tgt,DC=example")
            .add("objectClass", "user")
            .add("sAMAccountName", "JDOE")
            .build();

    private static ReadinessContext context(boolean writable, DirectoryEntry... targetEntries) {
        return new ReadinessContext(
                Optional.of("route.src.example"),
                Optional.of("route.tgt.example"),
                Set.of("tgt.example", "route.tgt.example"),
                writable,
                TargetDirectoryIndex.of(List.of(targetEntries), Fixtures.TARGET_CLASSIFIER),
                Optional.empty());
    }

    private static final ReadinessContext CLEAN = context(true);

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(
                        "E1 manual contact holds the primary",
                        withProxies(janeMailbox()).build(),
                        context(true, MANUAL_CONTACT),
                        "GB-E1",
                        Severity.ERROR,
                        "CN=Jane (manual),OU=Contacts,DC=tgt,DC=example (K4) already holds [SMTP:jane.doe@src.example]"),
                arguments(
                        "E1 two target objects hold addresses",
                        withProxies(janeMailbox()).build(),
                        context(true, GALSYNC_CONTACT, MANUAL_CONTACT),
                        "GB-E1",
                        Severity.ERROR,
                        "Multiple target objects"),
                arguments(
                        "E2 target mailbox with the same address",
                        withProxies(janeMailbox()).build(),
                        context(true, TARGET_MAILBOX),
                        "GB-E2",
                        Severity.ERROR,
                        "Target mailbox CN=Jane Doe,OU=Staff,DC=tgt,DC=example (K2a)"),
                arguments(
                        "E4 no proxy in the target delivery domain",
                        janeMailbox()
                                .add("proxyAddresses", "SMTP:jane.doe@src.example", "smtp:jdoe@route.src.example")
                                .build(),
                        CLEAN,
                        "GB-E4",
                        Severity.ERROR,
                        "TargetDeliveryDomain route.tgt.example"),
                arguments(
                        "E4 targetAddress would loop",
                        withProxies(janeMailbox()).build(),
                        new ReadinessContext(
                                Optional.empty(),
                                Optional.empty(),
                                Set.of("SRC.example"),
                                true,
                                TargetDirectoryIndex.empty(),
                                Optional.empty()),
                        "GB-E4",
                        Severity.ERROR,
                        "SMTP:jane.doe@src.example, in a domain the target forest is authoritative for"),
                arguments(
                        "E5 no legacyExchangeDN",
                        withProxies(DirectoryEntry.builder("CN=Broken,OU=Staff,DC=src,DC=example")
                                        .add("objectClass", "user")
                                        .add("userAccountControl", "512")
                                        .add("mailNickname", "broken")
                                        .add("homeMDB", "CN=DB01,DC=src,DC=example")
                                        .addBytes("msExchMailboxGuid", new byte[16]))
                                .build(),
                        CLEAN,
                        "GB-E5",
                        Severity.ERROR,
                        "no legacyExchangeDN"),
                arguments(
                        "E5 malformed legacyExchangeDN",
                        withProxies(DirectoryEntry.builder("CN=Odd,OU=Staff,DC=src,DC=example")
                                        .add("objectClass", "user")
                                        .add("userAccountControl", "512")
                                        .add("mailNickname", "odd")
                                        .add("legacyExchangeDN", "cn=odd")
                                        .add("homeMDB", "CN=DB01,DC=src,DC=example")
                                        .addBytes("msExchMailboxGuid", new byte[16]))
                                .build(),
                        CLEAN,
                        "GB-E5",
                        Severity.ERROR,
                        "'cn=odd'"),
                arguments(
                        "E7 linked mailbox",
                        withProxies(janeMailbox()
                                        .set("msExchRecipientTypeDetails", "2")
                                        .set("userAccountControl", "514"))
                                .addBytes("msExchMasterAccountSid", Fixtures.ACCOUNT_FOREST_SID)
                                .build(),
                        CLEAN,
                        "GB-E7",
                        Severity.WARNING,
                        "msExchMasterAccountSid"),
                arguments(
                        "E8 shared mailbox",
                        withProxies(janeMailbox()
                                        .set("userAccountControl", "514")
                                        .set("msExchRecipientTypeDetails", "4"))
                                .addBytes("msExchMasterAccountSid", Fixtures.SELF)
                                .build(),
                        CLEAN,
                        "GB-E8",
                        Severity.WARNING,
                        "Shared, room or equipment"),
                arguments(
                        "E9 disabled without master SID",
                        withProxies(janeMailbox().set("userAccountControl", "514"))
                                .build(),
                        CLEAN,
                        "GB-E9",
                        Severity.ERROR,
                        "without msExchMasterAccountSid"),
                arguments(
                        "E10 group",
                        DirectoryEntry.builder("CN=All Staff,OU=Groups,DC=src,DC=example")
                                .add("objectClass", "group")
                                .add("proxyAddresses", "SMTP:allstaff@src.example")
                                .build(),
                        CLEAN,
                        "GB-E10",
                        Severity.ERROR,
                        "objectClass group"),
                arguments(
                        "E11 hidden",
                        withProxies(janeMailbox().add("msExchHideFromAddressLists", "TRUE"))
                                .build(),
                        CLEAN,
                        "GB-E11",
                        Severity.WARNING,
                        "msExchHideFromAddressLists"),
                arguments(
                        "E17 proxyAddresses not writable",
                        withProxies(janeMailbox()).build(),
                        context(false),
                        "GB-E17",
                        Severity.ERROR,
                        "not writable"),
                arguments(
                        "E20 hybrid remote mailbox",
                        DirectoryEntry.builder("CN=Cloud Chloe,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("proxyAddresses", "SMTP:chloe@src.example")
                                .add("targetAddress", "SMTP:chloe@src.mail.onmicrosoft.com")
                                .add("msExchRecipientTypeDetails", "2147483648")
                                .build(),
                        CLEAN,
                        "GB-E20",
                        Severity.ERROR,
                        "RemoteUserMailbox"),
                arguments(
                        "E21 non-ASCII CN",
                        withProxies(janeMailbox().set("cn", "Jürgen Müller")).build(),
                        CLEAN,
                        "GB-E21",
                        Severity.WARNING,
                        "Jürgen Müller"),
                arguments(
                        "E22 long sAMAccountName",
                        withProxies(janeMailbox().set("sAMAccountName", "jane.doe.contractor12"))
                                .build(),
                        CLEAN,
                        "GB-E22",
                        Severity.WARNING,
                        "'jane.doe.contractor12' has 21 characters"),
                arguments(
                        "E22 sAMAccountName taken in the target",
                        withProxies(janeMailbox()).build(),
                        context(true, TARGET_JDOE),
                        "GB-E22",
                        Severity.WARNING,
                        "CN=John Doe,OU=Staff,DC=tgt,DC=example"),
                arguments(
                        "E23 no primary SMTP",
                        janeMailbox()
                                .add("proxyAddresses", "smtp:jdoe@route.src.example", "smtp:jdoe@route.tgt.example")
                                .build(),
                        CLEAN,
                        "GB-E23",
                        Severity.ERROR,
                        "no primary SMTP"),
                arguments(
                        "E23 no proxy in the mailbox delivery domain",
                        janeMailbox()
                                .add("proxyAddresses", "SMTP:jane.doe@src.example", "smtp:jdoe@route.tgt.example")
                                .build(),
                        CLEAN,
                        "GB-E23",
                        Severity.ERROR,
                        "MailboxDeliveryDomain route.src.example"),
                arguments(
                        "E25 archive without name",
                        withProxies(janeMailbox())
                                .addBytes("msExchArchiveGUID", new byte[16])
                                .build(),
                        CLEAN,
                        "GB-E25",
                        Severity.ERROR,
                        "msExchArchiveName"),
                arguments(
                        "E26 discovery mailbox",
                        withProxies(janeMailbox().set("msExchRecipientTypeDetails", "536870912"))
                                .build(),
                        CLEAN,
                        "GB-E26",
                        Severity.ERROR,
                        "DiscoveryMailbox"),
                arguments(
                        "not a mailbox",
                        DirectoryEntry.builder("CN=Partner,OU=Contacts,DC=src,DC=example")
                                .add("objectClass", "contact")
                                .add("targetAddress", "SMTP:p@partner.example")
                                .build(),
                        CLEAN,
                        "GB-NOT-MAILBOX",
                        Severity.ERROR,
                        "K4 MAIL_CONTACT"),
                arguments(
                        "proxyAddresses with case duplicates",
                        janeMailbox()
                                .add("proxyAddresses", "SMTP:jane.doe@src.example", "smtp:JANE.DOE@src.example")
                                .build(),
                        CLEAN,
                        "GB-PROXY",
                        Severity.ERROR,
                        "smtp:JANE.DOE@src.example"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports(
            String name,
            DirectoryEntry entry,
            ReadinessContext context,
            String code,
            Severity severity,
            String mentions) {
        DirectoryEntry e = entry;
        List<Finding> findings = new SourceReadinessCheck(context).check(e, Fixtures.SOURCE_CLASSIFIER.classify(e));
        assertThat(findings).as(findings.toString()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.objectDn()).isEqualTo(e.dn());
            assertThat(f.explanation()).contains(mentions);
            assertThat(f.fix()).isNotBlank();
        });
    }

    @Test
    void readyMailboxHasNoFindings() {
        DirectoryEntry jane = withProxies(janeMailbox()).build();
        ReadinessContext ctx = context(true, GALSYNC_CONTACT);
        assertThat(new SourceReadinessCheck(ctx).check(jane, Fixtures.SOURCE_CLASSIFIER.classify(jane)))
                .isEmpty();
    }

    @Test
    void ownPrestagedMailUserIsNotAConflict() {
        DirectoryEntry jane = withProxies(janeMailbox()).build();
        DirectoryEntry meu = Fixtures.janeMeu()
                .add("proxyAddresses", "SMTP:jane.doe@src.example", "x500:" + Fixtures.SRC_LEGDN)
                .build();
        assertThat(new SourceReadinessCheck(context(true, meu)).check(jane, Fixtures.SOURCE_CLASSIFIER.classify(jane)))
                .isEmpty();
    }

    @Test
    void twentyCharacterSamAccountNameIsFine() {
        DirectoryEntry jane = withProxies(janeMailbox().set("sAMAccountName", "jane.doe.contractor1"))
                .build();
        assertThat(new SourceReadinessCheck(CLEAN).check(jane, Fixtures.SOURCE_CLASSIFIER.classify(jane)))
                .isEmpty();
    }

    @Test
    void indexReportsAddressesHeldTwiceInTheTarget() {
        TargetDirectoryIndex index = TargetDirectoryIndex.of(
                List.of(GALSYNC_CONTACT, MANUAL_CONTACT, TARGET_JDOE), Fixtures.TARGET_CLASSIFIER);
        assertThat(index.duplicateAddresses()).containsOnlyKeys(ProxyAddress.parse("smtp:JANE.DOE@src.example"));
        assertThat(index.duplicateAddresses().values().iterator().next())
                .extracting(TargetDirectoryIndex.Holder::dn)
                .containsExactly(GALSYNC_CONTACT.dn(), MANUAL_CONTACT.dn());
        assertThat(index.samAccountNameOwner("jdoe"))
                .map(TargetDirectoryIndex.Holder::dn)
                .contains(TARGET_JDOE.dn());
        DirectoryEntry broken = DirectoryEntry.builder("CN=Broken,DC=tgt,DC=example")
                .add("objectClass", "contact")
                .add("proxyAddresses", "garbage", "SMTP:broken@tgt.example")
                .build();
        assertThat(TargetDirectoryIndex.of(List.of(broken), Fixtures.TARGET_CLASSIFIER)
                        .holdersOf(ProxyAddress.parse("smtp:broken@tgt.example")))
                .extracting(TargetDirectoryIndex.Holder::dn)
                .containsExactly("CN=Broken,DC=tgt,DC=example");
    }

    @Test
    void findingValidatesItsParts() {
        assertThatThrownBy(() -> new Finding("E23", Severity.ERROR, "CN=x", "e", "f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'E23'");
        assertThatThrownBy(() -> new Finding("GB-E23", Severity.ERROR, " ", "e", "f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objectDn");
        assertThat(new Finding("GB-E23", Severity.WARNING, "CN=x", "e.", "f.").toString())
                .isEqualTo("GB-E23 WARNING CN=x: e. Fix: f.");
        assertThat(TargetDirectoryIndex.empty().holdersOf(ProxyAddress.parse("SMTP:nobody@tgt.example")))
                .isEmpty();
        assertThat(TargetDirectoryIndex.empty().samAccountNameOwner("jdoe")).isEmpty();
    }
}
