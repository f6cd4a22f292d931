package io.galbridge.mapping.prestage;

import static io.galbridge.mapping.prestage.PlanAttributes.find;
import static io.galbridge.mapping.prestage.PlanAttributes.single;
import static io.galbridge.mapping.prestage.PlanAttributes.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paths B (2.8, 2.10, E24, E28), C planning (2.9) and the ADMT clean-up (E7, E12). */
class ExistingObjectPlanTest {

    private static MailUserPlan plan(PrestageOptions options, Ownership ownership, DirectoryEntry... targets) {
        return Fixtures.planner(options, TakenNames.none(), ownership)
                .plan(List.of(Fixtures.source().build()), List.of(targets));
    }

    @ParameterizedTest(name = "owned={0} overwrite={1}: targetAddress corrected={2}")
    @CsvSource({"true,false,true", "false,false,false", "false,true,true"})
    void mergeCorrectsTargetAddressOnlyOnManagedMeusE24(boolean owned, boolean overwrite, boolean corrected) {
        PrestageOptions options = overwrite
                ? PrestageOptions.defaults().withOverwriteLocalObject()
                : PrestageOptions.defaults().withUseLocalObject();
        MailUserPlan.MergeIntoMailUser merge = (MailUserPlan.MergeIntoMailUser)
                plan(options, e -> owned, Fixtures.mailUser().build());
        EntryChange c = merge.change();
        assertThat(c.kind()).isEqualTo(EntryChange.Kind.MODIFY);
        assertThat(c.dn()).isEqualTo(merge.mailUserDn());
        assertThat(find(c, "targetAddress").isPresent()).isEqualTo(corrected);
        if (corrected) {
            assertThat(single(c, "targetAddress")).isEqualTo("SMTP:jane.doe@contoso.com");
        }
        assertThat(find(c, "msExchMailboxGuid").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(Fixtures.MAILBOX_GUID.toBytes());
        assertThat(single(c, "msExchVersion")).isEqualTo("44220983382016");
        assertThat(find(c, "legacyExchangeDN")).isEmpty();
        assertThat(merge.writeBack().x500Addresses())
                .extracting(Object::toString)
                .containsExactly("x500:" + Fixtures.PREFIX.value() + "/cn=jdoe-existing");
    }

    @Test
    void adoptedMeuAndCreatedMeuCarryTheOwnershipMark() {
        OwnershipStamp stamp = new OwnershipStamp(io.galbridge.mapping.config.OwnershipMarker.DEFAULT, "src.example");
        MailUserPlanner planner = new MailUserPlanner(
                Fixtures.PROFILE,
                PrestageOptions.defaults().withUseLocalObject(),
                TakenNames.none(),
                stamp,
                () -> Fixtures.FIXED_UUID);
        String mark = "galbridge:src.example:" + Fixtures.SOURCE_GUID;
        MailUserPlan merge = planner.plan(
                List.of(Fixtures.source().build()), List.of(Fixtures.mailUser().build()));
        assertThat(single(((MailUserPlan.MergeIntoMailUser) merge).change(), "adminDescription"))
                .isEqualTo(mark);
        MailUserPlan create = planner.plan(List.of(Fixtures.source().build()), List.of());
        assertThat(single(((MailUserPlan.CreateMailUser) create).create(), "adminDescription"))
                .isEqualTo(mark);
        MailUserPlan clean = planner.plan(
                List.of(Fixtures.source().build()), List.of(Fixtures.admtUser().build()));
        assertThat(single(((MailUserPlan.CleanAdmtUser) clean).change(), "adminDescription"))
                .isEqualTo(mark);
        MailUserPlan markedAlready = planner.plan(
                List.of(Fixtures.source().build()),
                List.of(Fixtures.mailUser().add("adminDescription", mark).build()));
        assertThat(find(((MailUserPlan.MergeIntoMailUser) markedAlready).change(), "adminDescription"))
                .isEmpty();
    }

    /** A rerun of pre-staging (after a kill, or twice by hand) finds its own write-back in the source. */
    @ParameterizedTest(name = "owned={0}: legacyExchangeDN regenerated={1}")
    @CsvSource({"true,false", "false,true"})
    void theWrittenBackX500OfAnOwnedMeuIsNoAdmtCopy(boolean owned, boolean regenerated) {
        String meuLegDn = Fixtures.PREFIX.value() + "/cn=jdoe-existing";
        DirectoryEntry source =
                Fixtures.source().add("proxyAddresses", "x500:" + meuLegDn).build();
        MailUserPlan.MergeIntoMailUser merge = (MailUserPlan.MergeIntoMailUser)
                Fixtures.planner(PrestageOptions.defaults().withUseLocalObject(), TakenNames.none(), e -> owned)
                        .plan(List.of(source), List.of(Fixtures.mailUser().build()));
        assertThat(find(merge.change(), "legacyExchangeDN").isPresent()).isEqualTo(regenerated);
        assertThat(merge.writeBack().x500Addresses())
                .extracting(Object::toString)
                .contains("x500:" + (regenerated ? Fixtures.GENERATED_LEGDN : meuLegDn));
    }

    @Test
    void aMarkKeptInACopiedAttributeReplacesTheCopiedValue() {
        OwnershipStamp stamp =
                new OwnershipStamp(new io.galbridge.mapping.config.OwnershipMarker("description"), "src.example");
        MailUserPlanner planner = new MailUserPlanner(
                Fixtures.PROFILE,
                PrestageOptions.defaults().withUseLocalObject(),
                TakenNames.none(),
                stamp,
                () -> Fixtures.FIXED_UUID);
        String mark = "galbridge:src.example:" + Fixtures.SOURCE_GUID;
        MailUserPlan.ConvertContact convert = (MailUserPlan.ConvertContact) planner.plan(
                List.of(Fixtures.source().build()),
                List.of(Fixtures.contact().add("description", mark).build()));
        assertThat(convert.conversion().createAttributes())
                .filteredOn(m -> m.attribute().equalsIgnoreCase("description"))
                .singleElement()
                .satisfies(m -> assertThat(m.stringValues()).containsExactly(mark));
    }

    @Test
    void mergeAddsOnlyTheMissingSourceX500AsValueLevelAdd() {
        MailUserPlan.MergeIntoMailUser merge = (MailUserPlan.MergeIntoMailUser) plan(
                PrestageOptions.defaults().withUseLocalObject(),
                Ownership.NONE,
                Fixtures.mailUser().build());
        Modification proxies = find(merge.change(), "proxyAddresses").orElseThrow();
        assertThat(proxies.operation()).isEqualTo(Modification.Operation.ADD);
        assertThat(proxies.stringValues()).containsExactly("x500:" + Fixtures.SOURCE_LEGDN);
        assertThat(find(merge.change(), "displayName")).isEmpty();
        assertThat(merge.links()).isEmpty();
    }

    @Test
    void mergeKeepsAHigherMsExchVersionE28AndGeneratesAMissingLegacyDnE5() {
        DirectoryEntry meu = SourceValidationTest.without(
                SourceValidationTest.replace(Fixtures.mailUser().build(), "msExchVersion", "88218628259840"),
                "legacyExchangeDN");
        MailUserPlan.MergeIntoMailUser merge = (MailUserPlan.MergeIntoMailUser)
                plan(PrestageOptions.defaults().withUseLocalObject(), Ownership.NONE, meu);
        assertThat(find(merge.change(), "msExchVersion")).isEmpty();
        assertThat(single(merge.change(), "legacyExchangeDN")).isEqualTo(Fixtures.GENERATED_LEGDN);
        assertThat(merge.writeBack().x500Addresses())
                .extracting(Object::toString)
                .containsExactly("x500:" + Fixtures.GENERATED_LEGDN);
    }

    @Test
    void overwriteMergesSourceAddressesWithoutDroppingAnyAndCopiesTheSets() {
        DirectoryEntry meu = SourceValidationTest.replace(
                Fixtures.mailUser().build(), "proxyAddresses", "SMTP:jane@fabrikam.com", "smtp:jane.doe@contoso.com");
        MailUserPlan.MergeIntoMailUser merge = (MailUserPlan.MergeIntoMailUser) plan(
                PrestageOptions.defaults().withOverwriteLocalObject().withDisabledEmailAddressPolicy(),
                Ownership.NONE,
                meu);
        Modification proxies = find(merge.change(), "proxyAddresses").orElseThrow();
        assertThat(proxies.operation()).isEqualTo(Modification.Operation.REPLACE);
        assertThat(proxies.stringValues())
                .containsExactly(
                        "smtp:jane@fabrikam.com",
                        "SMTP:jane.doe@contoso.com",
                        "smtp:jdoe@contoso.mail.example",
                        "smtp:jdoe@src.route.example",
                        "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe",
                        "x500:" + Fixtures.SOURCE_LEGDN);
        assertThat(single(merge.change(), "displayName")).isEqualTo("Jane Doe");
        assertThat(single(merge.change(), "department")).isEqualTo("Finance");
        assertThat(strings(merge.change(), "msExchPoliciesExcluded"))
                .containsExactly(PrestageAttributes.EMAIL_ADDRESS_POLICY_EXCLUDED);
    }

    @Test
    void linkedMergeOfADisabledLinkedMailbox() {
        DirectoryEntry linked = Fixtures.source()
                .addBytes("msExchMasterAccountSid", Fixtures.FOREIGN_SID.toBytes())
                .build();
        linked = SourceValidationTest.replace(linked, "userAccountControl", "514");
        MailUserPlan plan = Fixtures.planner(
                        PrestageOptions.defaults().withUseLocalObject().withLinkedMailUser())
                .plan(List.of(linked), List.of(Fixtures.mailUser().build()));
        EntryChange c = ((MailUserPlan.MergeIntoMailUser) plan).change();
        assertThat(single(c, "msExchRecipientDisplayType")).isEqualTo("-1073741818");
        assertThat(find(c, "msExchMasterAccountSid").orElseThrow().binaryValues())
                .singleElement()
                .isEqualTo(Fixtures.FOREIGN_SID.toBytes());
    }

    @Test
    void convertPlanCarriesEveryContactAddressAndBothX500s() {
        MailUserPlan.ConvertContact convert = (MailUserPlan.ConvertContact) plan(
                PrestageOptions.defaults().withUseLocalObject(),
                Ownership.NONE,
                Fixtures.contact().build());
        ContactConversion c = convert.conversion();
        assertThat(c.contactDn()).isEqualTo("CN=Jane Doe,OU=GAL,DC=tgt,DC=example");
        assertThat(c.mailUserDn()).isEqualTo("CN=Jane Doe,OU=Pre-staged,DC=tgt,DC=example");
        assertThat(c.steps()).containsExactly(ConversionStep.values());
        List<Modification> attrs = c.createAttributes();
        assertThat(find(attrs, "proxyAddresses").orElseThrow().stringValues())
                .containsExactly(
                        "SMTP:jane.doe@contoso.com",
                        "smtp:jdoe@contoso.mail.example",
                        "X500:" + Fixtures.SOURCE_LEGDN,
                        "X500:/o=Other/ou=Replica/cn=Recipients/cn=jdoe-other",
                        "smtp:jdoe@src.route.example",
                        "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe",
                        "x500:/o=Fabrikam/ou=External (FYDIBOHF25SPDLT)/cn=Recipients/cn=jdoe-contact");
        assertThat(find(attrs, "displayName").orElseThrow().stringValues()).containsExactly("Jane Doe (Contoso)");
        assertThat(find(attrs, "department").orElseThrow().stringValues()).containsExactly("Finance (GAL)");
        assertThat(find(attrs, "sAMAccountName").orElseThrow().stringValues()).containsExactly("jdoe");
        assertThat(find(attrs, "targetAddress").orElseThrow().stringValues())
                .containsExactly("SMTP:jane.doe@contoso.com");
        assertThat(find(attrs, "msExchMailboxGuid")).isEmpty();
        assertThat(find(c.completion(), "msExchMailboxGuid")).isPresent();
        assertThat(find(attrs, "msExchOriginatingForest")).isEmpty();
        assertThat(find(attrs, "legacyExchangeDN")).isEmpty();
    }

    @Test
    void convertOfARoomContactTakesTheRoomDisplayTypeFromTheContact() {
        DirectoryEntry contact =
                SourceValidationTest.replace(Fixtures.contact().build(), "msExchRecipientDisplayType", "-2147481850");
        MailUserPlan.ConvertContact convert =
                (MailUserPlan.ConvertContact) plan(PrestageOptions.defaults(), e -> true, contact);
        assertThat(find(convert.conversion().createAttributes(), "msExchRecipientDisplayType")
                        .orElseThrow()
                        .stringValues())
                .containsExactly("-2147481850");
    }

    @Test
    void convertOverwriteMakesTheSourcePrimaryAndKeepsTheContactAddresses() {
        DirectoryEntry contact = SourceValidationTest.replace(
                Fixtures.contact().build(),
                "proxyAddresses",
                "SMTP:jdoe@contoso.mail.example",
                "X500:" + Fixtures.SOURCE_LEGDN);
        MailUserPlan.ConvertContact convert = (MailUserPlan.ConvertContact)
                plan(PrestageOptions.defaults().withOverwriteLocalObject(), Ownership.NONE, contact);
        List<String> proxies = find(convert.conversion().createAttributes(), "proxyAddresses")
                .orElseThrow()
                .stringValues();
        assertThat(proxies).contains("SMTP:jane.doe@contoso.com", "smtp:jdoe@contoso.mail.example");
        assertThat(find(convert.conversion().createAttributes(), "displayName")
                        .orElseThrow()
                        .stringValues())
                .containsExactly("Jane Doe");
    }

    @Test
    void contactWithoutUsableSourceAddressKeepsItsOwnTargetAddress() {
        PrestageOptions options =
                PrestageOptions.defaults().withUseLocalObject().withMailboxDeliveryDomain("nowhere.example");
        MailUserPlan.ConvertContact convert = (MailUserPlan.ConvertContact)
                plan(options, Ownership.NONE, Fixtures.contact().build());
        assertThat(find(convert.conversion().createAttributes(), "targetAddress")
                        .orElseThrow()
                        .stringValues())
                .containsExactly("SMTP:jane.doe@contoso.com");
        DirectoryEntry noTarget =
                SourceValidationTest.without(Fixtures.contact().build(), "targetAddress");
        assertThat(plan(options, Ownership.NONE, noTarget))
                .isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> assertThat(r.reason())
                        .isEqualTo(RefusalReason.NO_TARGET_ADDRESS));
    }

    @Test
    void admtUserIsCleanedKeepingTheAccount() {
        MailUserPlan.CleanAdmtUser clean = (MailUserPlan.CleanAdmtUser) plan(
                PrestageOptions.defaults().withUseLocalObject(),
                Ownership.NONE,
                Fixtures.admtUser().build());
        EntryChange c = clean.change();
        assertThat(c.dn()).isEqualTo("CN=Jane Doe,OU=Migrated,DC=tgt,DC=example");
        for (String polluted : List.of("homeMDB", "homeMTA", "msExchHomeServerName", "showInAddressBook")) {
            Modification m = find(c, polluted).orElseThrow();
            assertThat(m.operation()).isEqualTo(Modification.Operation.DELETE);
            assertThat(m.values()).isEmpty();
        }
        assertThat(find(c, "userAccountControl")).isEmpty();
        assertThat(find(c, "sAMAccountName")).isEmpty();
        assertThat(single(c, "msExchRecipientTypeDetails")).isEqualTo("128");
        assertThat(single(c, "targetAddress")).isEqualTo("SMTP:jane.doe@contoso.com");
        // ADMT copied the source's legacyExchangeDN: a duplicate, replaced by a new one.
        assertThat(single(c, "legacyExchangeDN")).isEqualTo(Fixtures.GENERATED_LEGDN);
        assertThat(clean.writeBack().x500Addresses())
                .extracting(Object::toString)
                .containsExactly("x500:" + Fixtures.GENERATED_LEGDN);
    }

    @Test
    void linkedMailboxMatchesTheAccountForestUserBySidE7() {
        DirectoryEntry linked = Fixtures.source()
                .addBytes("msExchMasterAccountSid", Fixtures.FOREIGN_SID.toBytes())
                .build();
        linked = SourceValidationTest.replace(linked, "userAccountControl", "514");
        linked = SourceValidationTest.replace(linked, "msExchRecipientTypeDetails", "2");
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults().withUseLocalObject())
                .plan(
                        List.of(linked),
                        List.of(Fixtures.plainUser().build(), Fixtures.contact().build()));
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.CleanAdmtUser.class, clean -> {
            assertThat(clean.userDn()).isEqualTo("CN=Jane Doe,OU=Accounts,DC=tgt,DC=example");
            assertThat(find(clean.change(), "homeMDB")).isEmpty();
            assertThat(find(clean.change(), "proxyAddresses").orElseThrow().operation())
                    .isEqualTo(Modification.Operation.ADD);
        });
    }
}
