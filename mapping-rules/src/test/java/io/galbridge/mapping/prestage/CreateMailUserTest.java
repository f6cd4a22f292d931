package io.galbridge.mapping.prestage;

import static io.galbridge.mapping.prestage.PlanAttributes.find;
import static io.galbridge.mapping.prestage.PlanAttributes.single;
import static io.galbridge.mapping.prestage.PlanAttributes.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.plan.EntryChange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Path A (spec 2.7) and the special types of 2.13. */
class CreateMailUserTest {

    private static MailUserPlan.CreateMailUser create(
            DirectoryEntry source, PrestageOptions options, NameAvailability names) {
        MailUserPlan plan = Fixtures.planner(options, names, Ownership.NONE).plan(List.of(source), List.of());
        assertThat(plan).isInstanceOf(MailUserPlan.CreateMailUser.class);
        return (MailUserPlan.CreateMailUser) plan;
    }

    private static MailUserPlan.CreateMailUser create(DirectoryEntry source) {
        return create(source, PrestageOptions.defaults(), TakenNames.none());
    }

    @Test
    void newMailUserCarriesTheMandatorySetTheConstantsAndEveryAddress() {
        MailUserPlan.CreateMailUser plan = create(Fixtures.source().build());
        EntryChange c = plan.create();
        assertThat(c.kind()).isEqualTo(EntryChange.Kind.CREATE);
        assertThat(c.dn()).isEqualTo("CN=Jane Doe,OU=Pre-staged,DC=tgt,DC=example");
        assertThat(strings(c, "objectClass")).containsExactly("top", "person", "organizationalPerson", "user");
        assertThat(single(c, "msExchRecipientDisplayType")).isEqualTo("-2147483642");
        assertThat(single(c, "msExchRecipientTypeDetails")).isEqualTo("128");
        assertThat(single(c, "msExchVersion")).isEqualTo("44220983382016");
        assertThat(single(c, "userAccountControl")).isEqualTo("514");
        assertThat(single(c, "sAMAccountName")).isEqualTo("jdoe");
        assertThat(single(c, "userPrincipalName")).isEqualTo("jdoe@src.example");
        assertThat(single(c, "targetAddress")).isEqualTo("SMTP:jane.doe@contoso.com");
        assertThat(single(c, "legacyExchangeDN")).isEqualTo(Fixtures.GENERATED_LEGDN);
        assertThat(find(c, "msExchMailboxGuid").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(Fixtures.MAILBOX_GUID.toBytes());
        assertThat(strings(c, "proxyAddresses"))
                .containsExactly(
                        "SMTP:jane.doe@contoso.com",
                        "smtp:jdoe@contoso.mail.example",
                        "smtp:jdoe@src.route.example",
                        "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe",
                        "x500:" + Fixtures.SOURCE_LEGDN);
        assertThat(strings(c, "givenName")).containsExactly("Jane");
        assertThat(strings(c, "department")).containsExactly("Finance");
        assertThat(find(c, "homeMDB")).isEmpty();
        assertThat(find(c, "objectSid")).isEmpty();
        assertThat(plan.writeBack().sourceDn()).isEqualTo(Fixtures.SOURCE_DN);
        assertThat(plan.writeBack().x500Addresses())
                .extracting(Object::toString)
                .containsExactly("x500:" + Fixtures.GENERATED_LEGDN);
    }

    @Test
    void sourceX500AlreadyPresentInAnotherCaseIsNotAppendedTwice() {
        DirectoryEntry source = SourceValidationTest.replace(
                Fixtures.source().build(),
                "proxyAddresses",
                "SMTP:jane.doe@contoso.com",
                "X500:" + Fixtures.SOURCE_LEGDN.toUpperCase(java.util.Locale.ROOT));
        assertThat(strings(create(source).create(), "proxyAddresses"))
                .containsExactly(
                        "SMTP:jane.doe@contoso.com",
                        "X500:" + Fixtures.SOURCE_LEGDN.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void collidingNamesAreMadeUniqueForestWide() {
        TakenNames taken = new TakenNames(
                Set.of("Jane Doe"), Set.of("jdoe"), Set.of("jdoe@src.example"), Set.of(Fixtures.GENERATED_LEGDN));
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults(), taken, Ownership.NONE)
                .plan(List.of(Fixtures.source().build()), List.of());
        // The only legacyExchangeDN the fixed GUID source can produce is taken: P14.
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> assertThat(r.reason())
                .isEqualTo(RefusalReason.NAME_NOT_AVAILABLE));
        TakenNames namesOnly = new TakenNames(Set.of("Jane Doe"), Set.of("jdoe"), Set.of("jdoe@src.example"), Set.of());
        EntryChange c = create(Fixtures.source().build(), PrestageOptions.defaults(), namesOnly)
                .create();
        assertThat(c.dn()).isEqualTo("CN=Jane Doe-2,OU=Pre-staged,DC=tgt,DC=example");
        assertThat(single(c, "cn")).isEqualTo("Jane Doe-2");
        assertThat(single(c, "sAMAccountName")).isEqualTo("jdoe2");
        assertThat(single(c, "userPrincipalName")).isEqualTo("JaneDoe-2@src.example");
    }

    @Test
    void archiveIdentityIsCopiedRawE25() {
        DirectoryEntry source = Fixtures.source()
                .addBytes("msExchArchiveGUID", Fixtures.ARCHIVE_GUID.toBytes())
                .add("msExchArchiveName", "In-Place Archive - Jane Doe")
                .add("thumbnailPhoto", "not really a photo")
                .build();
        EntryChange c = create(source).create();
        assertThat(find(c, "msExchArchiveGUID").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(Fixtures.ARCHIVE_GUID.toBytes());
        assertThat(single(c, "msExchArchiveName")).isEqualTo("In-Place Archive - Jane Doe");
        assertThat(find(c, "thumbnailPhoto").orElseThrow().binaryValues()).hasSize(1);
    }

    @Test
    void noTargetAddressIsP13() {
        PrestageOptions options = PrestageOptions.defaults().withMailboxDeliveryDomain("tgt.route.example");
        MailUserPlan plan =
                Fixtures.planner(options).plan(List.of(Fixtures.source().build()), List.of());
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.NO_TARGET_ADDRESS);
            assertThat(r.message()).contains(Fixtures.SOURCE_DN).contains("MailboxDeliveryDomain");
        });
    }

    @Test
    void deliveryDomainPicksTheRoutingAddressVerbatim() {
        PrestageOptions options = PrestageOptions.defaults().withMailboxDeliveryDomain("SRC.route.example");
        EntryChange c =
                create(Fixtures.source().build(), options, TakenNames.none()).create();
        assertThat(single(c, "targetAddress")).isEqualTo("smtp:jdoe@src.route.example");
    }

    @ParameterizedTest(name = "RTD {0} RDT {1} -> RDT {2}, copies {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "16;7;-2147481850;msExchResourceCapacity",
                "32;8;-2147481594;msExchResourceCapacity",
                "1;-2147481850;-2147481850;msExchResourceDisplay",
                "137438953472;0;-2147479546;msExchTeamMailboxSharePointUrl",
                "1;16;-2147479546;msExchTeamMailboxSharePointUrl",
                "4;0;-2147483642;-",
                "1;1073741824;-2147483642;-",
            })
    void specialTypes(String rtd, String rdt, String expectedRdt, String copied) {
        DirectoryEntry source = Fixtures.source()
                .add("msExchResourceCapacity", "12")
                .add("msExchResourceDisplay", "Room")
                .add("msExchTeamMailboxSharePointUrl", "https://sp.contoso.com/sites/team")
                .add("msExchDelegateListLink", "CN=Owner,OU=Staff,DC=src,DC=example")
                .build();
        source = SourceValidationTest.replace(source, "msExchRecipientTypeDetails", rtd);
        source = SourceValidationTest.replace(source, "msExchRecipientDisplayType", rdt);
        MailUserPlan.CreateMailUser plan = create(source);
        assertThat(single(plan.create(), "msExchRecipientDisplayType")).isEqualTo(expectedRdt);
        assertThat(single(plan.create(), "msExchRecipientTypeDetails")).isEqualTo("128");
        if (!copied.equals("-")) {
            assertThat(find(plan.create(), copied)).isPresent();
        } else {
            assertThat(find(plan.create(), "msExchResourceCapacity")).isEmpty();
            assertThat(find(plan.create(), "msExchTeamMailboxSharePointUrl")).isEmpty();
        }
        boolean team = expectedRdt.equals("-2147479546");
        assertThat(plan.links().stream().anyMatch(l -> l.rule().readAttribute().equals("msExchDelegateListLink")))
                .isEqualTo(team);
    }

    @Test
    void linkedMailUserGetsMasterSidAndHistory() {
        byte[] history = SecurityIdentifier.parse("S-1-5-21-1-2-3-500").toBytes();
        DirectoryEntry linked = Fixtures.source()
                .addBytes("msExchMasterAccountSid", Fixtures.FOREIGN_SID.toBytes())
                .addBytes("msExchMasterAccountHistory", history)
                .build();
        linked = SourceValidationTest.replace(linked, "userAccountControl", "514");
        EntryChange c = create(linked, PrestageOptions.defaults().withLinkedMailUser(), TakenNames.none())
                .create();
        assertThat(single(c, "msExchRecipientDisplayType")).isEqualTo("-1073741818");
        assertThat(find(c, "msExchMasterAccountSid").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(Fixtures.FOREIGN_SID.toBytes());
        assertThat(find(c, "msExchMasterAccountHistory").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(history);
    }

    @Test
    void linkedMailUserOfAnEnabledMailboxUsesItsObjectSid() {
        EntryChange c = create(
                        Fixtures.source().build(), PrestageOptions.defaults().withLinkedMailUser(), TakenNames.none())
                .create();
        assertThat(find(c, "msExchMasterAccountSid").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(Fixtures.ACCOUNT_SID.toBytes());
    }

    @Test
    void linkedSwitchOnASelfMailboxChangesNothing() {
        DirectoryEntry shared = Fixtures.source()
                .addBytes("msExchMasterAccountSid", SecurityIdentifier.SELF.toBytes())
                .build();
        shared = SourceValidationTest.replace(shared, "userAccountControl", "514");
        EntryChange c = create(shared, PrestageOptions.defaults().withLinkedMailUser(), TakenNames.none())
                .create();
        assertThat(single(c, "msExchRecipientDisplayType")).isEqualTo("-2147483642");
        assertThat(find(c, "msExchMasterAccountSid")).isEmpty();
    }

    @Test
    void disabledEmailAddressPolicyAndLinksAndDeliverAndRedirect() {
        DirectoryEntry source = Fixtures.source()
                .add("manager", "CN=Boss,OU=Staff,DC=src,DC=example")
                .add("memberOf", "CN=Finance,OU=Groups,DC=src,DC=example", "CN=All,OU=Groups,DC=src,DC=example")
                .add("altRecipient", "CN=Deputy,OU=Staff,DC=src,DC=example")
                .add("deliverAndRedirect", "true")
                .build();
        MailUserPlan.CreateMailUser plan =
                create(source, PrestageOptions.defaults().withDisabledEmailAddressPolicy(), TakenNames.none());
        assertThat(strings(plan.create(), "msExchPoliciesExcluded"))
                .containsExactly(PrestageAttributes.EMAIL_ADDRESS_POLICY_EXCLUDED);
        assertThat(single(plan.create(), "deliverAndRedirect")).isEqualTo("TRUE");
        assertThat(plan.links())
                .extracting(l -> l.rule().writtenAttribute() + "@" + l.rule().placement() + "=" + l.sourceDn())
                .containsExactly(
                        "manager@ON_MAIL_USER=CN=Boss,OU=Staff,DC=src,DC=example",
                        "altRecipient@ON_MAIL_USER=CN=Deputy,OU=Staff,DC=src,DC=example",
                        "member@ON_COUNTERPART=CN=Finance,OU=Groups,DC=src,DC=example",
                        "member@ON_COUNTERPART=CN=All,OU=Groups,DC=src,DC=example");
    }
}
