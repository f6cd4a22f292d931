package io.galbridge.mapping.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecipientClassifierTest {

    /** The target forest: GALSync replicas live in SYNC_OU; Jane's mailbox GUID was pre-staged here. */
    private static final ClassifierContext TARGET =
            new ClassifierContext(List.of(new DnScope(Entries.SYNC_OU)), Set.of(), Set.of(Entries.JANE_MAILBOX_GUID));

    /** The source forest: mailboxes move to the target, whose delivery domain is route.tgt.example. */
    private static final ClassifierContext SOURCE = new ClassifierContext(
            List.of(new DnScope("OU=GAL Sync,DC=src,DC=example")), Set.of("Route.Tgt.Example"), Set.of());

    static Stream<Arguments> entries() {
        byte[] self = SecurityIdentifier.SELF.toBytes();
        byte[] foreign = Entries.ACCOUNT_FOREST_SID.toBytes();
        return Stream.of(
                // K0
                arguments(
                        "plain user",
                        SOURCE,
                        DirectoryEntry.builder("CN=Svc Backup,OU=Service,DC=src,DC=example")
                                .add("objectClass", "top", "person", "organizationalPerson", "user")
                                .add("userAccountControl", "66048")
                                .add("mail", "backup@src.example")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "mailNickname"),
                arguments(
                        "mail-disabled user with RTD User",
                        SOURCE,
                        DirectoryEntry.builder("CN=Old,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("mailNickname", "old")
                                .add("msExchRecipientTypeDetails", "65536")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "msExchRecipientTypeDetails User (65536)"),
                arguments(
                        "computer with leftover mailNickname",
                        SOURCE,
                        DirectoryEntry.builder("CN=KIOSK01,OU=Computers,DC=src,DC=example")
                                .add("objectClass", "top", "person", "organizationalPerson", "user", "computer")
                                .add("mailNickname", "kiosk01")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "objectClass computer"),
                arguments(
                        "user with neither homeMDB nor targetAddress",
                        SOURCE,
                        DirectoryEntry.builder("CN=Half,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("mailNickname", "half")
                                .add("proxyAddresses", "SMTP:half@src.example")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "neither homeMDB nor targetAddress"),
                arguments(
                        "security group without primary SMTP",
                        SOURCE,
                        DirectoryEntry.builder("CN=Finance ACL,OU=Groups,DC=src,DC=example")
                                .add("objectClass", "top", "group")
                                .add("groupType", "-2147483646")
                                .add("mailNickname", "financeacl")
                                .add("proxyAddresses", "smtp:financeacl@src.example")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "primary SMTP: value in proxyAddresses"),
                arguments(
                        "contact without targetAddress",
                        SOURCE,
                        DirectoryEntry.builder("CN=Vendor,OU=Contacts,DC=src,DC=example")
                                .add("objectClass", "top", "person", "organizationalPerson", "contact")
                                .add("mailNickname", "vendor")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "without targetAddress"),
                arguments(
                        "organizational unit with proxyAddresses",
                        SOURCE,
                        DirectoryEntry.builder("OU=Odd,DC=src,DC=example")
                                .add("objectClass", "top", "organizationalUnit")
                                .add("proxyAddresses", "SMTP:odd@src.example")
                                .build(),
                        RecipientKind.NOT_RECIPIENT,
                        "objectClass [top, organizationalunit]"),
                // K1
                arguments(
                        "arbitration mailbox",
                        SOURCE,
                        Entries.mailbox("SystemMailbox{1f05a927-9d0e-4d43-8e0a-5a2c9e0c3b1e}", "8388608", "514")
                                .build(),
                        RecipientKind.SYSTEM_MAILBOX,
                        "ArbitrationMailbox"),
                arguments(
                        "discovery mailbox",
                        SOURCE,
                        Entries.mailbox("DiscoverySearchMailbox", "536870912", "514")
                                .build(),
                        RecipientKind.SYSTEM_MAILBOX,
                        "DiscoveryMailbox"),
                arguments(
                        "audit log mailbox",
                        SOURCE,
                        Entries.mailbox("SystemMailboxAudit", "8796093022208", "514")
                                .build(),
                        RecipientKind.SYSTEM_MAILBOX,
                        "msExchRecipientTypeDetails"),
                // K2a
                arguments(
                        "regular user mailbox",
                        SOURCE,
                        Entries.janeMailbox().build(),
                        RecipientKind.USER_MAILBOX,
                        "userAccountControl=512"),
                // K2b
                arguments(
                        "linked mailbox",
                        SOURCE,
                        Entries.mailbox("Linked Larry", "2", "514")
                                .addBytes("msExchMasterAccountSid", foreign)
                                .build(),
                        RecipientKind.LINKED_MAILBOX,
                        "msExchMasterAccountSid S-1-5-21-1004336348-1177238915-682003330-1122"),
                // K2c
                arguments(
                        "room mailbox",
                        SOURCE,
                        Entries.mailbox("Room Everest", "16", "514")
                                .addBytes("msExchMasterAccountSid", self)
                                .add("msExchRecipientDisplayType", "7")
                                .build(),
                        RecipientKind.RESOURCE_MAILBOX,
                        "msExchMasterAccountSid SELF"),
                arguments(
                        "shared mailbox",
                        SOURCE,
                        Entries.mailbox("Shared Sales", "4", "514")
                                .addBytes("msExchMasterAccountSid", self)
                                .build(),
                        RecipientKind.RESOURCE_MAILBOX,
                        "SharedMailbox"),
                arguments(
                        "equipment mailbox with enabled account",
                        SOURCE,
                        Entries.mailbox("Beamer", "32", "512").build(),
                        RecipientKind.RESOURCE_MAILBOX,
                        "msExchRecipientTypeDetails EquipmentMailbox"),
                // K2d
                arguments(
                        "disabled mailbox without master SID",
                        SOURCE,
                        Entries.mailbox("Left Company", "1", "514").build(),
                        RecipientKind.INVALID_MAILBOX,
                        "without msExchMasterAccountSid"),
                arguments(
                        "enabled mailbox with master SID",
                        SOURCE,
                        Entries.mailbox("Confused", "1", "512")
                                .addBytes("msExchMasterAccountSid", self)
                                .build(),
                        RecipientKind.INVALID_MAILBOX,
                        "enabled (userAccountControl=512) with msExchMasterAccountSid S-1-5-10"),
                arguments(
                        "linked RTD without master SID",
                        SOURCE,
                        Entries.mailbox("Half Linked", "2", "512").build(),
                        RecipientKind.INVALID_MAILBOX,
                        "LinkedMailbox (2) without msExchMasterAccountSid"),
                arguments(
                        "mailbox with targetAddress",
                        SOURCE,
                        Entries.janeMailbox()
                                .add("targetAddress", "SMTP:jdoe@route.tgt.example")
                                .build(),
                        RecipientKind.INVALID_MAILBOX,
                        "homeMDB and targetAddress"),
                arguments(
                        "mailbox without mailNickname",
                        SOURCE,
                        DirectoryEntry.builder("CN=NoAlias,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("homeMDB", Entries.HOME_MDB)
                                .build(),
                        RecipientKind.INVALID_MAILBOX,
                        "mailNickname is missing"),
                arguments(
                        "mailbox without mailbox GUID",
                        SOURCE,
                        DirectoryEntry.builder("CN=NoGuid,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("mailNickname", "noguid")
                                .add("homeMDB", Entries.HOME_MDB)
                                .build(),
                        RecipientKind.INVALID_MAILBOX,
                        "msExchMailboxGuid is missing"),
                // K3
                arguments(
                        "GAL-only mail user",
                        SOURCE,
                        DirectoryEntry.builder("CN=Contractor Carl,OU=External,DC=src,DC=example")
                                .add("objectClass", "top", "person", "organizationalPerson", "user")
                                .add("userAccountControl", "512")
                                .add("mailNickname", "ccarl")
                                .add("proxyAddresses", "SMTP:carl@contractor.example")
                                .add("targetAddress", "SMTP:carl@contractor.example")
                                .add("msExchRecipientTypeDetails", "128")
                                .add("msExchRecipientDisplayType", "6")
                                .build(),
                        RecipientKind.MAIL_USER,
                        "no msExchMailboxGuid"),
                arguments(
                        "hybrid remote mailbox",
                        SOURCE,
                        DirectoryEntry.builder("CN=Cloud Chloe,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("mailNickname", "chloe")
                                .add("proxyAddresses", "SMTP:chloe@src.example", "smtp:chloe@src.mail.onmicrosoft.com")
                                .add("targetAddress", "SMTP:chloe@src.mail.onmicrosoft.com")
                                .addBytes("msExchMailboxGuid", Entries.ROOM_MAILBOX_GUID.toBytes())
                                .add("msExchRecipientTypeDetails", "2147483648")
                                .add("msExchRemoteRecipientType", "4")
                                .build(),
                        RecipientKind.MAIL_USER,
                        "msExchRemoteRecipientType=4"),
                // K3a
                arguments(
                        "source mail user after the move",
                        SOURCE,
                        DirectoryEntry.builder("CN=Jane Doe,OU=Staff,DC=src,DC=example")
                                .add("objectClass", "user")
                                .add("userAccountControl", "512")
                                .add("mailNickname", "jdoe")
                                .add("proxyAddresses", "SMTP:jane.doe@src.example", "smtp:jdoe@route.tgt.example")
                                .add("targetAddress", "SMTP:jdoe@route.tgt.example")
                                .addBytes("msExchMailboxGuid", Entries.JANE_MAILBOX_GUID.toBytes())
                                .add("msExchRecipientTypeDetails", "128")
                                .build(),
                        RecipientKind.MOVED_MAIL_USER,
                        "targetAddress SMTP:jdoe@route.tgt.example is in a target delivery domain"),
                // K4
                arguments(
                        "authoritative contact",
                        SOURCE,
                        DirectoryEntry.builder("CN=Partner Pat,OU=Contacts,DC=src,DC=example")
                                .add("objectClass", "top", "person", "organizationalPerson", "contact")
                                .add("mailNickname", "ppat")
                                .add("proxyAddresses", "SMTP:pat@partner.example")
                                .add("targetAddress", "SMTP:pat@partner.example")
                                .add("legacyExchangeDN", Entries.SRC_ORG + "ppat")
                                .add("msExchRecipientTypeDetails", "64")
                                .build(),
                        RecipientKind.MAIL_CONTACT,
                        "targetAddress"),
                // K5
                arguments(
                        "mail-enabled universal distribution group",
                        SOURCE,
                        DirectoryEntry.builder("CN=All Staff,OU=Groups,DC=src,DC=example")
                                .add("objectClass", "top", "group")
                                .add("groupType", "8")
                                .add("mailNickname", "allstaff")
                                .add("proxyAddresses", "SMTP:allstaff@src.example")
                                .add("msExchRecipientTypeDetails", "256")
                                .build(),
                        RecipientKind.MAIL_GROUP,
                        "objectClass group with a primary SMTP"),
                arguments(
                        "dynamic distribution list",
                        SOURCE,
                        DirectoryEntry.builder("CN=All Sales,OU=Groups,DC=src,DC=example")
                                .add("objectClass", "top", "msExchDynamicDistributionList")
                                .add("mailNickname", "allsales")
                                .add("proxyAddresses", "SMTP:allsales@src.example")
                                .add("msExchRecipientTypeDetails", "2048")
                                .build(),
                        RecipientKind.MAIL_GROUP,
                        "objectClass msExchDynamicDistributionList"),
                // K6
                arguments(
                        "GALSync contact",
                        TARGET,
                        Entries.janeGalSyncContact().build(),
                        RecipientKind.GALSYNC_CONTACT,
                        "sync OU OU=GAL Sync"),
                arguments(
                        "GALSync contact, DN spelt differently",
                        TARGET,
                        DirectoryEntry.builder("cn=Doe\\, Jane , ou=gal sync,ou=EXCHANGE, dc=TGT,dc=example")
                                .add("objectClass", "contact")
                                .add("targetAddress", "SMTP:jane.doe@src.example")
                                .build(),
                        RecipientKind.GALSYNC_CONTACT,
                        "sync OU"),
                // K7
                arguments(
                        "pre-staged mail user",
                        TARGET,
                        Entries.janePrestagedMeu().build(),
                        RecipientKind.PRESTAGED_MAIL_USER,
                        "msExchMailboxGuid 3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
                arguments(
                        "pre-staged mail user in a forest with target delivery domains",
                        SOURCE,
                        Entries.janePrestagedMeu().build(),
                        RecipientKind.PRESTAGED_MAIL_USER,
                        "msExchMailboxGuid"),
                // K8
                arguments(
                        "mailbox after the move into the target",
                        TARGET,
                        DirectoryEntry.builder("CN=Jane Doe,OU=Migrated Users,DC=tgt,DC=example")
                                .add("objectClass", "user")
                                .add("userAccountControl", "514")
                                .add("mailNickname", "jdoe")
                                .add("proxyAddresses", "SMTP:jane.doe@src.example")
                                .add("homeMDB", "CN=DB07,CN=Databases,CN=Configuration,DC=tgt,DC=example")
                                .addBytes("msExchMailboxGuid", Entries.JANE_MAILBOX_GUID.toBytes())
                                .add("msExchRecipientTypeDetails", "1")
                                .build(),
                        RecipientKind.MOVED_MAILBOX,
                        "msExchMailboxGuid 3f2504e0-4f89-11d3-9a0c-0305e82c3301 was pre-staged"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void classifies(
            String name, ClassifierContext context, DirectoryEntry entry, RecipientKind kind, String reasonMentions) {
        Classification c = new RecipientClassifier(context).classify(entry);
        assertThat(c.kind()).as(c.toString()).isEqualTo(kind);
        assertThat(c.reason()).contains(reasonMentions);
    }

    @Test
    void withoutMovedInGuidsTheMovedMailboxIsAnOrdinaryMailboxCase() {
        DirectoryEntry entry = DirectoryEntry.builder("CN=Jane Doe,OU=Migrated Users,DC=tgt,DC=example")
                .add("objectClass", "user")
                .add("userAccountControl", "514")
                .add("mailNickname", "jdoe")
                .add("homeMDB", "CN=DB07,CN=Databases,CN=Configuration,DC=tgt,DC=example")
                .addBytes("msExchMailboxGuid", Entries.JANE_MAILBOX_GUID.toBytes())
                .build();
        assertThat(new RecipientClassifier(ClassifierContext.none())
                        .classify(entry)
                        .kind())
                .isEqualTo(RecipientKind.INVALID_MAILBOX);
    }

    @Test
    void malformedDecidingAttributesAreReportedNotGuessed() {
        DirectoryEntry badRtd =
                Entries.janeMailbox().add("msExchRecipientTypeDetails", "2").build();
        RecipientClassifier classifier = new RecipientClassifier(SOURCE);
        assertThatThrownBy(() -> classifier.classify(badRtd))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("msExchRecipientTypeDetails")
                .hasMessageContaining("CN=Jane Doe,OU=Staff,DC=src,DC=example");
        DirectoryEntry badTarget = DirectoryEntry.builder("CN=X,DC=src,DC=example")
                .add("objectClass", "user")
                .add("targetAddress", "nobody")
                .addBytes("msExchMailboxGuid", Entries.JANE_MAILBOX_GUID.toBytes())
                .build();
        assertThat(classifier.classify(badTarget))
                .isEqualTo(new Classification(
                        RecipientKind.PRESTAGED_MAIL_USER,
                        "no homeMDB, msExchMailboxGuid 3f2504e0-4f89-11d3-9a0c-0305e82c3301 present,"
                                + " targetAddress nobody"));
    }

    @Test
    void mailboxKindsAreMarked() {
        assertThat(RecipientKind.values())
                .filteredOn(RecipientKind::isMailbox)
                .containsExactly(
                        RecipientKind.USER_MAILBOX,
                        RecipientKind.LINKED_MAILBOX,
                        RecipientKind.RESOURCE_MAILBOX,
                        RecipientKind.INVALID_MAILBOX,
                        RecipientKind.MOVED_MAILBOX);
        assertThat(RecipientKind.MOVED_MAIL_USER.code()).isEqualTo("K3a");
    }

    @Test
    void classificationAndScopeValidateInput() {
        assertThatThrownBy(() -> new Classification(RecipientKind.MAIL_USER, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MAIL_USER");
        assertThat(new Classification(RecipientKind.MAIL_USER, "x").toString()).isEqualTo("K3 MAIL_USER: x");
        assertThatThrownBy(() -> new DnScope("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnScope("OU=A,,DC=b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'OU=A,,DC=b'");
        assertThatThrownBy(() -> new DnScope("no equals sign"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no equals sign");
        DnScope scope = new DnScope("OU=GAL Sync,DC=tgt,DC=example");
        assertThat(scope.contains("OU=GAL Sync,DC=tgt,DC=example")).isTrue();
        assertThat(scope.contains("DC=tgt,DC=example")).isFalse();
        assertThat(scope.contains("CN=x,OU=Other GAL Sync,DC=tgt,DC=example")).isFalse();
        assertThat(scope.contains("CN=Doe\\, Jane,OU=GAL Sync,DC=tgt,DC=example"))
                .isTrue();
        assertThat(scope.contains("CN=a\\,OU=GAL Sync,DC=tgt,DC=example")).isFalse();
        assertThat(TARGET.isInSyncOu("CN=Jane," + Entries.SYNC_OU)).isTrue();
        assertThat(SOURCE.isTargetDeliveryDomain("ROUTE.tgt.example")).isTrue();
    }
}
