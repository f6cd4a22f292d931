package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.plan.EntryChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * E13: the MEC→MEU conversion, interrupted after every single change of an uninterrupted run,
 * converges from observed state to the same final directory, and no address is ever lost.
 */
class ContactConversionCrashTest {

    static final String TARGET_BASE = "DC=tgt,DC=example";
    static final String CONTACT_DN = "CN=Jane Doe,OU=GAL,DC=tgt,DC=example";
    static final String GROUP = "CN=Finance,OU=Groups,DC=tgt,DC=example";
    static final String MANAGED_GROUP = "CN=Budget,OU=Groups,DC=tgt,DC=example";
    static final String REPORT = "CN=Junior,OU=GAL,DC=tgt,DC=example";
    static final String BOSS = "CN=Boss,OU=GAL,DC=tgt,DC=example";
    static final OwnershipStamp OURS = new OwnershipStamp(OwnershipMarker.DEFAULT, "src.example");

    static List<EntryChange> trace;
    static Map<String, Map<String, List<String>>> finalState;
    static List<ProxyAddress> contactAddresses;

    static InMemoryDirectory initial() {
        InMemoryDirectory d = new InMemoryDirectory();
        d.put(Fixtures.source().build());
        d.put(Fixtures.contact().add("manager", BOSS).build());
        d.put(DirectoryEntry.builder(BOSS)
                .add("objectClass", "contact")
                .add("mail", "boss@contoso.com")
                .build());
        d.put(DirectoryEntry.builder(REPORT)
                .add("objectClass", "contact")
                .add("manager", CONTACT_DN)
                .build());
        d.put(DirectoryEntry.builder(GROUP)
                .add("objectClass", "group")
                .add("member", CONTACT_DN, BOSS)
                .build());
        d.put(DirectoryEntry.builder(MANAGED_GROUP)
                .add("objectClass", "group")
                .add("managedBy", CONTACT_DN)
                .build());
        return d;
    }

    static MailUserPlanner planner() {
        return new MailUserPlanner(
                Fixtures.PROFILE, PrestageOptions.defaults(), TakenNames.none(), OURS, () -> Fixtures.FIXED_UUID);
    }

    static MailUserPlan planFrom(InMemoryDirectory d) {
        return planner().plan(List.of(d.read(Fixtures.SOURCE_DN).orElseThrow()), d.below(TARGET_BASE));
    }

    static ConversionState observe(InMemoryDirectory d, ContactConversion c) {
        return new ConversionState(
                d.read(c.contactDn()),
                d.read(c.mailUserDn()),
                d.read(c.sourceDn()).orElseThrow());
    }

    /** Carries out a plan to completion, reporting every change applied. */
    static void run(InMemoryDirectory d, MailUserPlan plan, Consumer<EntryChange> applied) {
        Consumer<EntryChange> apply = ch -> {
            d.apply(ch);
            applied.accept(ch);
        };
        if (plan instanceof MailUserPlan.ConvertContact convert) {
            ContactConversion c = convert.conversion();
            for (int i = 0; i < 20; i++) {
                List<EntryChange> changes = c.nextChanges(observe(d, c));
                if (changes.isEmpty()) {
                    return;
                }
                changes.forEach(apply);
            }
            throw new AssertionError("conversion did not converge in 20 rounds");
        }
        if (plan instanceof MailUserPlan.MergeIntoMailUser merge) {
            if (!merge.change().isEmpty()) {
                apply.accept(merge.change());
            }
            merge.writeBack()
                    .changeFor(d.read(Fixtures.SOURCE_DN).orElseThrow())
                    .ifPresent(apply);
            return;
        }
        throw new AssertionError("unexpected plan " + plan);
    }

    @BeforeAll
    static void uninterruptedRun() {
        InMemoryDirectory d = initial();
        contactAddresses =
                ProxyValues.parseLenient(d.read(CONTACT_DN).orElseThrow().strings("proxyAddresses"));
        MailUserPlan plan = planFrom(d);
        assertThat(plan).isInstanceOf(MailUserPlan.ConvertContact.class);
        List<EntryChange> applied = new ArrayList<>();
        run(d, plan, applied::add);
        trace = List.copyOf(applied);
        finalState = d.snapshot();
    }

    @Test
    void uninterruptedRunEndsWithTheMeuAndNoContact() {
        InMemoryDirectory d = initial();
        run(d, planFrom(d), ch -> {});
        String meuDn = "CN=Jane Doe,OU=Pre-staged,DC=tgt,DC=example";
        DirectoryEntry meu = d.read(meuDn).orElseThrow();
        assertThat(d.read(CONTACT_DN)).isEmpty();
        assertThat(ProxyValues.parseLenient(meu.strings("proxyAddresses"))).containsAll(contactAddresses);
        assertThat(meu.strings("proxyAddresses"))
                .contains(
                        "X500:" + Fixtures.SOURCE_LEGDN,
                        "x500:/o=Fabrikam/ou=External (FYDIBOHF25SPDLT)/cn=Recipients/cn=jdoe-contact");
        assertThat(meu.guid("msExchMailboxGuid")).contains(Fixtures.MAILBOX_GUID);
        assertThat(meu.string("legacyExchangeDN")).contains(Fixtures.GENERATED_LEGDN);
        assertThat(meu.string("sAMAccountName")).contains("jdoe");
        assertThat(meu.string("targetAddress")).contains("SMTP:jane.doe@contoso.com");
        assertThat(meu.string("adminDescription")).contains("galbridge:src.example:" + Fixtures.SOURCE_GUID);
        assertThat(meu.strings("memberOf")).containsExactly(GROUP);
        assertThat(meu.strings("directReports")).containsExactly(REPORT);
        assertThat(meu.strings("managedObjects")).containsExactly(MANAGED_GROUP);
        assertThat(meu.strings("manager")).containsExactly(BOSS);
        assertThat(d.read(Fixtures.SOURCE_DN).orElseThrow().strings("proxyAddresses"))
                .contains(
                        "x500:" + Fixtures.GENERATED_LEGDN,
                        "x500:/o=Fabrikam/ou=External (FYDIBOHF25SPDLT)/cn=Recipients/cn=jdoe-contact",
                        "x500:/o=Other/ou=Replica/cn=Recipients/cn=jdoe-other");
        assertThat(trace)
                .extracting(EntryChange::kind)
                .containsSubsequence(
                        EntryChange.Kind.CREATE,
                        EntryChange.Kind.MODIFY,
                        EntryChange.Kind.DELETE,
                        EntryChange.Kind.MODIFY);
        // A second run finds nothing to do.
        MailUserPlan again = planFrom(d);
        assertThat(again).isInstanceOfSatisfying(MailUserPlan.MergeIntoMailUser.class, m -> {
            assertThat(m.change().isEmpty()).as(m.change().toString()).isTrue();
            assertThat(m.writeBack().changeFor(d.read(Fixtures.SOURCE_DN).orElseThrow()))
                    .isEmpty();
        });
    }

    static Stream<Integer> crashPoints() {
        return IntStream.rangeClosed(0, trace == null ? 12 : trace.size()).boxed();
    }

    @ParameterizedTest(name = "crash after {0} changes, re-plan from observed state")
    @MethodSource("crashPoints")
    void replanningAfterACrashConverges(int applied) {
        if (applied > trace.size()) {
            return;
        }
        InMemoryDirectory d = initial();
        for (EntryChange ch : trace.subList(0, applied)) {
            d.apply(ch);
            assertNoAddressLost(d);
        }
        run(d, planFrom(d), ch -> assertNoAddressLost(d));
        assertThat(d.snapshot()).isEqualTo(finalState);
    }

    @ParameterizedTest(name = "crash after {0} changes, resume the journaled conversion")
    @MethodSource("crashPoints")
    void resumingTheJournaledConversionConverges(int applied) {
        if (applied > trace.size()) {
            return;
        }
        InMemoryDirectory fresh = initial();
        MailUserPlan journaled = planFrom(fresh);
        InMemoryDirectory d = initial();
        trace.subList(0, applied).forEach(d::apply);
        run(d, journaled, ch -> assertNoAddressLost(d));
        assertThat(d.snapshot()).isEqualTo(finalState);
    }

    @Test
    void deletingTheContactBeforeTheMeuHoldsItsAddressesIsRefused() {
        InMemoryDirectory d = initial();
        ContactConversion c = ((MailUserPlan.ConvertContact) planFrom(d)).conversion();
        ConversionState before = observe(d, c);
        assertThat(c.nextStep(before)).contains(ConversionStep.CREATE_MAIL_USER);
        assertThatThrownBy(() -> ConversionStep.DELETE_CONTACT.changes(c, before))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to delete contact " + CONTACT_DN);
        assertThatThrownBy(() -> ConversionStep.COMPLETE_MAIL_USER.changes(c, before))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConversionStep.WRITE_BACK.changes(c, before))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConversionStep.REPOINT_LINKS.changes(c, before))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addressesTheContactGainedAfterPlanningAreCarriedBeforeTheDelete() {
        InMemoryDirectory d = initial();
        ContactConversion c = ((MailUserPlan.ConvertContact) planFrom(d)).conversion();
        c.nextChanges(observe(d, c)).forEach(d::apply);
        d.apply(EntryChange.modify(
                CONTACT_DN,
                List.of(io.galbridge.mapping.plan.Modification.add("proxyAddresses", "smtp:late@contoso.com"))));
        assertThat(c.nextStep(observe(d, c))).contains(ConversionStep.CREATE_MAIL_USER);
        run(d, new MailUserPlan.ConvertContact(c, List.of()), ch -> assertNoAddressLost(d));
        assertThat(d.read(c.mailUserDn()).orElseThrow().strings("proxyAddresses"))
                .contains("smtp:late@contoso.com");
    }

    /** The contact's addresses are always held by the contact or the MEU (or both). */
    private static void assertNoAddressLost(InMemoryDirectory d) {
        List<ProxyAddress> held = new ArrayList<>();
        d.read(CONTACT_DN).ifPresent(e -> held.addAll(ProxyValues.parseLenient(e.strings("proxyAddresses"))));
        d.read("CN=Jane Doe,OU=Pre-staged,DC=tgt,DC=example")
                .ifPresent(e -> held.addAll(ProxyValues.parseLenient(e.strings("proxyAddresses"))));
        assertThat(held).containsAll(contactAddresses);
    }
}
