package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the decision matrix (spec 2.6) plus the owned-object and E7/E12 rows. */
class MailUserPlannerDecisionTest {

    enum Switches {
        NONE(PrestageOptions.defaults()),
        USE_LOCAL(PrestageOptions.defaults().withUseLocalObject()),
        OVERWRITE(PrestageOptions.defaults().withOverwriteLocalObject());

        final PrestageOptions options;

        Switches(PrestageOptions options) {
            this.options = options;
        }
    }

    static Stream<Arguments> matrix() {
        Supplier<DirectoryEntry> none = () -> null;
        Supplier<DirectoryEntry> meu = () -> Fixtures.mailUser().build();
        Supplier<DirectoryEntry> mec = () -> Fixtures.contact().build();
        Supplier<DirectoryEntry> mbx = () -> Fixtures.targetMailbox().build();
        Supplier<DirectoryEntry> dg = () -> Fixtures.distributionGroup().build();
        Supplier<DirectoryEntry> ddl = () -> Fixtures.dynamicGroup().build();
        Supplier<DirectoryEntry> sec = () -> Fixtures.securityGroup().build();
        Supplier<DirectoryEntry> admt = () -> Fixtures.admtUser().build();
        Supplier<DirectoryEntry> plain = () -> Fixtures.plainUser()
                .add("proxyAddresses", "x500:" + Fixtures.SOURCE_LEGDN.toUpperCase(java.util.Locale.ROOT))
                .build();
        String create = "CreateMailUser",
                merge = "MergeIntoMailUser",
                convert = "ConvertContact",
                clean = "CleanAdmtUser";
        String p10 = "TARGET_IS_MAILBOX_OR_GROUP", p11 = "USE_LOCAL_OBJECT_REQUIRED", p12 = "UNSUPPORTED_TARGET_TYPE";
        return Stream.of(
                Arguments.of("no match", none, false, Switches.NONE, create),
                Arguments.of("no match", none, false, Switches.USE_LOCAL, create),
                Arguments.of("no match", none, false, Switches.OVERWRITE, create),
                Arguments.of("MEU", meu, false, Switches.NONE, p11),
                Arguments.of("MEU", meu, false, Switches.USE_LOCAL, merge),
                Arguments.of("MEU", meu, false, Switches.OVERWRITE, merge),
                Arguments.of("owned MEU", meu, true, Switches.NONE, merge),
                Arguments.of("MEC", mec, false, Switches.NONE, p11),
                Arguments.of("MEC", mec, false, Switches.USE_LOCAL, convert),
                Arguments.of("MEC", mec, false, Switches.OVERWRITE, convert),
                Arguments.of("owned MEC", mec, true, Switches.NONE, convert),
                Arguments.of("mailbox", mbx, false, Switches.NONE, p10),
                Arguments.of("mailbox", mbx, false, Switches.USE_LOCAL, p10),
                Arguments.of("mailbox", mbx, false, Switches.OVERWRITE, p10),
                Arguments.of("owned mailbox", mbx, true, Switches.NONE, p10),
                Arguments.of("distribution group", dg, false, Switches.NONE, p10),
                Arguments.of("distribution group", dg, false, Switches.USE_LOCAL, p10),
                Arguments.of("distribution group", dg, false, Switches.OVERWRITE, p10),
                Arguments.of("DDL", ddl, false, Switches.NONE, p10),
                Arguments.of("DDL", ddl, false, Switches.USE_LOCAL, p10),
                Arguments.of("DDL", ddl, false, Switches.OVERWRITE, p10),
                Arguments.of("security group", sec, false, Switches.NONE, p12),
                Arguments.of("security group", sec, false, Switches.USE_LOCAL, p12),
                Arguments.of("security group", sec, false, Switches.OVERWRITE, p12),
                Arguments.of("ADMT user", admt, false, Switches.NONE, p12),
                Arguments.of("ADMT user", admt, false, Switches.USE_LOCAL, clean),
                Arguments.of("ADMT user", admt, false, Switches.OVERWRITE, clean),
                Arguments.of("plain user", plain, false, Switches.NONE, p12),
                Arguments.of("plain user", plain, false, Switches.USE_LOCAL, clean),
                Arguments.of("plain user", plain, false, Switches.OVERWRITE, clean));
    }

    @ParameterizedTest(name = "{0} (owned={2}) with {3} -> {4}")
    @MethodSource("matrix")
    void decisionMatrix(String row, Supplier<DirectoryEntry> match, boolean owned, Switches switches, String expected) {
        DirectoryEntry target = match.get();
        List<DirectoryEntry> candidates = target == null ? List.of() : List.of(target);
        MailUserPlan plan = Fixtures.planner(switches.options, TakenNames.none(), e -> owned)
                .plan(List.of(Fixtures.source().build()), candidates);
        if (plan instanceof MailUserPlan.Refusal r) {
            assertThat(r.reason().name()).as(r.message()).isEqualTo(expected);
            assertThat(r.conflictingDns()).containsExactly(target.dn());
            assertThat(r.message()).contains(target.dn()).contains(Fixtures.SOURCE_DN);
            boolean switchHelps = r.reason() == RefusalReason.USE_LOCAL_OBJECT_REQUIRED
                    || (r.reason() == RefusalReason.UNSUPPORTED_TARGET_TYPE && row.contains("user"));
            assertThat(r.allowingSwitch())
                    .isEqualTo(switchHelps ? Optional.of(PrestageSwitch.USE_LOCAL_OBJECT) : Optional.empty());
        } else {
            assertThat(plan.getClass().getSimpleName()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "two matches: {0}")
    @MethodSource("twoMatches")
    void severalMatchesRefuseWithEveryDn(String name, List<DirectoryEntry> matches) {
        MailUserPlan plan = Fixtures.planner(PrestageOptions.defaults().withUseLocalObject())
                .plan(List.of(Fixtures.source().build()), matches);
        assertThat(plan).isInstanceOfSatisfying(MailUserPlan.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.MULTIPLE_TARGET_MATCHES);
            assertThat(r.conflictingDns())
                    .containsExactlyElementsOf(
                            matches.stream().map(DirectoryEntry::dn).toList());
        });
    }

    static Stream<Arguments> twoMatches() {
        return Stream.of(
                Arguments.of(
                        "manual contact and GALSync contact",
                        List.of(
                                Fixtures.contact().build(),
                                DirectoryEntry.builder("CN=Jane manual,OU=Contacts,DC=tgt,DC=example")
                                        .add("objectClass", "contact")
                                        .add("proxyAddresses", "smtp:JANE.DOE@contoso.com")
                                        .build())),
                Arguments.of(
                        "contact and an MEU lacking its addresses",
                        List.of(Fixtures.contact().build(), Fixtures.mailUser().build())),
                Arguments.of(
                        "mailbox and MEU",
                        List.of(
                                Fixtures.targetMailbox().build(),
                                Fixtures.mailUser().build())));
    }
}
