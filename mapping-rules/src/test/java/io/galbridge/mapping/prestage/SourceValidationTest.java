package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** P1, P5–P8, E5, E9 and malformed data: refusals with clear messages. */
class SourceValidationTest {

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(
                        "no mailNickname (an MEU)", RefusalReason.SOURCE_NOT_A_MAILBOX, "mailNickname", (UnaryOperator<
                                        DirectoryEntry>)
                                e -> without(e, "mailNickname")),
                Arguments.of(
                        "no msExchHomeServerName (remote mailbox)",
                        RefusalReason.SOURCE_NOT_A_MAILBOX,
                        "msExchHomeServerName",
                        (UnaryOperator<DirectoryEntry>) e -> without(e, "msExchHomeServerName")),
                Arguments.of(
                        "no msExchMailboxGuid", RefusalReason.SOURCE_NOT_A_MAILBOX, "msExchMailboxGuid", (UnaryOperator<
                                        DirectoryEntry>)
                                e -> without(e, "msExchMailboxGuid")),
                Arguments.of(
                        "a contact", RefusalReason.SOURCE_NOT_A_MAILBOX, "not a user", (UnaryOperator<DirectoryEntry>)
                                e -> Fixtures.contact().build()),
                Arguments.of(
                        "disabled, no master SID",
                        RefusalReason.SOURCE_DISABLED_WITHOUT_MASTER_SID,
                        "SELF",
                        (UnaryOperator<DirectoryEntry>) e -> replace(e, "userAccountControl", "514")),
                Arguments.of(
                        "no legacyExchangeDN",
                        RefusalReason.SOURCE_WITHOUT_LEGACY_EXCHANGE_DN,
                        "MissingLegacyDN",
                        (UnaryOperator<DirectoryEntry>) e -> without(e, "legacyExchangeDN")),
                Arguments.of(
                        "case-duplicate proxies",
                        RefusalReason.INVALID_DIRECTORY_DATA,
                        "Duplicate proxy",
                        (UnaryOperator<DirectoryEntry>)
                                e -> replace(e, "proxyAddresses", "SMTP:a@contoso.com", "smtp:A@contoso.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void refusesBrokenSources(String name, RefusalReason reason, String hint, UnaryOperator<DirectoryEntry> breakIt) {
        DirectoryEntry source = breakIt.apply(Fixtures.source().build());
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults()).plan(List.of(source), List.of());
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.message()).contains(source.dn()).contains(hint);
            assertThat(r.sourceDn()).contains(source.dn());
        });
    }

    @Test
    void sourceNotFoundIsP5() {
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults()).plan(List.of(), List.of());
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.SOURCE_NOT_FOUND);
            assertThat(r.sourceDn()).isEmpty();
        });
    }

    @Test
    void ambiguousSourceIsP6AndNamesEveryCandidate() {
        DirectoryEntry other = DirectoryEntry.builder("CN=Jane Doe,OU=Contractors,DC=src,DC=example")
                .build();
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults())
                .plan(List.of(Fixtures.source().build(), other), List.of());
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.SOURCE_AMBIGUOUS);
            assertThat(r.conflictingDns()).containsExactly(Fixtures.SOURCE_DN, other.dn());
        });
    }

    @Test
    void disabledSharedMailboxWithSelfIsValid() {
        DirectoryEntry shared = Fixtures.source()
                .addBytes("msExchMasterAccountSid", SecurityIdentifier.SELF.toBytes())
                .build();
        shared = replace(replace(shared, "userAccountControl", "514"), "msExchRecipientTypeDetails", "4");
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults()).plan(List.of(shared), List.of());
        assertThat(plan).isInstanceOf(MailUserPlan.CreateMailUser.class);
        assertThat(((MailUserPlan.CreateMailUser) plan).warnings()).isEmpty();
    }

    @Test
    void enabledWithMasterSidIsAWarningE9() {
        DirectoryEntry source = Fixtures.source()
                .addBytes("msExchMasterAccountSid", Fixtures.FOREIGN_SID.toBytes())
                .build();
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults()).plan(List.of(source), List.of());
        assertThat(((MailUserPlan.CreateMailUser) plan).warnings())
                .singleElement()
                .asString()
                .contains("enabled yet has msExchMasterAccountSid");
    }

    @Test
    void overwriteWithoutUseLocalObjectIsP1() {
        assertThatThrownBy(() -> new PrestageOptions(false, true, false, false, null))
                .isInstanceOf(PrestageConfigurationException.class)
                .hasMessageContaining("overwriteLocalObject requires useLocalObject");
    }

    @Test
    void blankDeliveryDomainMeansNone() {
        assertThat(new PrestageOptions(false, false, false, false, "  ").deliveryDomain())
                .isEmpty();
        assertThat(PrestageOptions.defaults()
                        .withMailboxDeliveryDomain(" route.example ")
                        .deliveryDomain())
                .contains("route.example");
    }

    static DirectoryEntry without(DirectoryEntry e, String attribute) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(e.dn());
        for (String a : e.attributeNames()) {
            if (!a.equalsIgnoreCase(attribute)) {
                copy(e, a, b);
            }
        }
        return b.build();
    }

    static DirectoryEntry replace(DirectoryEntry e, String attribute, String... values) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(e.dn());
        for (String a : e.attributeNames()) {
            if (!a.equalsIgnoreCase(attribute)) {
                copy(e, a, b);
            }
        }
        return b.add(attribute, values).build();
    }

    private static void copy(DirectoryEntry e, String a, DirectoryEntry.Builder b) {
        if (PrestageAttributes.isBinary(a)) {
            b.addBytes(a, e.bytesValues(a).toArray(new byte[0][]));
        } else {
            b.addAll(a, e.strings(a));
        }
    }
}
