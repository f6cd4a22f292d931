package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Invariants of {@link ProxyAddressSet} after any sequence of merges and removals. */
class ProxyAddressSetPropertiesTest {

    /** One step: add (true) or remove (false) a value. */
    record Step(boolean add, ProxyAddress value) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> local = Arbitraries.of("jane", "JANE", "jdoe", "J.Doe", "room1", "straße");
        Arbitrary<String> domain = Arbitraries.of("contoso.com", "Contoso.COM", "route.contoso.com", "fabrikam.com");
        Arbitrary<ProxyAddress> smtp = Combinators.combine(Arbitraries.of("SMTP", "smtp", "Smtp"), local, domain)
                .as((t, l, d) -> new ProxyAddress(t, l + "@" + d));
        Arbitrary<ProxyAddress> x500 = Combinators.combine(Arbitraries.of("X500", "x500"), local)
                .as((t, l) -> new ProxyAddress(t, "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=" + l));
        Arbitrary<ProxyAddress> sip = Combinators.combine(Arbitraries.of("sip", "SIP"), local, domain)
                .as((t, l, d) -> new ProxyAddress(t, l + "@" + d));
        Arbitrary<ProxyAddress> foreign = Combinators.combine(Arbitraries.of("EUM", "eum", "SPO", "X400", "FOO"), local)
                .as(ProxyAddress::new);
        Arbitrary<ProxyAddress> any = Arbitraries.oneOf(smtp, x500, sip, foreign);
        Arbitrary<Boolean> add = Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
        Arbitrary<Step> step = Combinators.combine(add, any).as(Step::new);
        return step.list().ofMaxSize(25);
    }

    private static ProxyAddressSet run(List<Step> steps) {
        ProxyAddressSet s = ProxyAddressSet.empty();
        for (Step step : steps) {
            s = step.add() ? s.with(step.value()) : s.without(step.value());
        }
        return s;
    }

    @Property
    void atMostOnePrimarySmtpAndOneSip(@ForAll("steps") List<Step> steps) {
        ProxyAddressSet s = run(steps);
        assertThat(s.stream().filter(ProxyAddress::isPrimarySmtp)).hasSizeLessThanOrEqualTo(1);
        assertThat(s.stream().filter(ProxyAddress::isSip)).hasSizeLessThanOrEqualTo(1);
    }

    @Property
    void noTwoValuesDifferOnlyInCase(@ForAll("steps") List<Step> steps) {
        ProxyAddressSet s = run(steps);
        Set<ProxyAddress> distinct = new HashSet<>(s.asList());
        assertThat(distinct).hasSameSizeAs(s.asList());
        // and the stored form survives a strict re-parse
        assertThat(ProxyAddressSet.parse(s.values())).isEqualTo(s);
    }

    @Property
    void lastAddedPrimarySmtpIsThePrimary(@ForAll("steps") List<Step> steps) {
        ProxyAddressSet s = run(steps);
        Step lastPrimaryAdd = null;
        for (Step step : steps) {
            if (step.value().isPrimarySmtp() && step.add()) {
                lastPrimaryAdd = step;
            }
            if (!step.add() && lastPrimaryAdd != null && step.value().equals(lastPrimaryAdd.value())) {
                lastPrimaryAdd = null;
            }
        }
        if (lastPrimaryAdd != null) {
            assertThat(s.primarySmtp()).contains(lastPrimaryAdd.value());
        }
    }

    @Property
    void foreignValuesArePreservedExactly(@ForAll("steps") List<Step> steps) {
        ProxyAddressSet s = run(steps);
        ProxyAddress eum = new ProxyAddress("EUM", "4711;phone-context=contoso.com");
        ProxyAddressSet withForeign = ProxyAddressSet.empty().with(eum).withAll(s);
        assertThat(withForeign.find(eum)).get().matches(eum::exactlyEquals);
        for (ProxyAddress p : s) {
            if (!p.isSmtp() && !p.isSip()) {
                assertThat(s.with(p).find(p)).get().matches(p::exactlyEquals);
            }
        }
    }

    @Property
    void reAddingIsIdempotent(@ForAll("steps") List<Step> steps) {
        ProxyAddressSet s = run(steps);
        for (ProxyAddress p : s) {
            assertThat(s.with(p)).isEqualTo(s);
        }
        assertThat(s.withAll(s)).isEqualTo(s);
    }

    @Property
    void addedValueIsPresentAndRemovedValueIsAbsent(@ForAll("steps") List<Step> steps) {
        ProxyAddressSet s = run(steps);
        if (!steps.isEmpty()) {
            Step last = steps.get(steps.size() - 1);
            assertThat(s.containsAddress(last.value())).isEqualTo(last.add());
        }
    }
}
