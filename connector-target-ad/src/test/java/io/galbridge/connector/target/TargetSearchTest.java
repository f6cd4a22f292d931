package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.Filter;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.identityconnectors.test.common.TestHelpers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SearchOp filter translation through the facade, whose filtered results handler runs in validation mode (so
 * a translation that returns more than the filter matches fails). Values with filter metacharacters, NUL and
 * non-ASCII text must be found exactly.
 */
@WithForests(ForestKind.EMBEDDED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetSearchTest {

    /** displayName values of the seeded contacts: each tricky value next to what a naive filter would match. */
    private static final List<String> NAMES = List.of(
            "star*name",
            "starXname",
            "paren(open)",
            "parenopen",
            "back\\slash",
            "back5cslash",
            "nul\u0000byte",
            "nul",
            "Zoë Ångström",
            "Zoe Angstrom",
            "東京 オフィス",
            "plain person");

    private TargetForestFixture fx;
    private ConnectorFacade facade;

    @BeforeAll
    void seed(@ForestRole("target") TestForest target) throws Exception {
        fx = new TargetForestFixture(target);
        facade = fx.facade(fx.configuration());
        try (LDAPConnection c = target.connect()) {
            int n = 0;
            for (String name : NAMES) {
                String cn = "search contact " + n++;
                Entry e = new Entry(new DN(new RDN("CN", cn), new DN(fx.contactOu)));
                e.addAttribute("objectClass", "top", "person", "organizationalPerson", "contact");
                e.addAttribute("cn", cn);
                e.addAttribute("displayName", name);
                e.addAttribute("mailNickname", "search" + n);
                c.add(e);
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String v : NAMES) {
            out.add(Arguments.of("equals " + v, (Function<String, Filter>) x -> eq(x), v, matcher(String::equals)));
            String start = v.substring(0, Math.max(1, v.length() - 2));
            out.add(Arguments.of(
                    "starts " + start,
                    (Function<String, Filter>) x -> FilterBuilder.startsWith(dn(x)),
                    start,
                    matcher(String::startsWith)));
            String end = v.substring(Math.min(2, v.length() - 1));
            out.add(Arguments.of(
                    "ends " + end,
                    (Function<String, Filter>) x -> FilterBuilder.endsWith(dn(x)),
                    end,
                    matcher(String::endsWith)));
            String middle = v.length() > 4 ? v.substring(2, v.length() - 2) : v;
            out.add(Arguments.of(
                    "contains " + middle,
                    (Function<String, Filter>) x -> FilterBuilder.contains(dn(x)),
                    middle,
                    matcher(String::contains)));
        }
        return out.stream();
    }

    private static BiPredicate<String, String> matcher(BiPredicate<String, String> p) {
        return (have, wanted) -> p.test(have.toLowerCase(Locale.ROOT), wanted.toLowerCase(Locale.ROOT));
    }

    private static Attribute dn(String value) {
        return AttributeBuilder.build("displayName", value);
    }

    private static Filter eq(String value) {
        return FilterBuilder.equalTo(dn(value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheMatchingValues(
            String label, Function<String, Filter> filter, String value, BiPredicate<String, String> matches) {
        List<String> expected =
                NAMES.stream().filter(n -> matches.test(n, value)).sorted().toList();
        assertThat(names(filter.apply(value))).as(label).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void combinesAndOrNot() {
        Filter starOrParen = FilterBuilder.or(eq("star*name"), eq("paren(open)"));
        assertThat(names(starOrParen)).containsExactly("paren(open)", "star*name");
        Filter startsStarButNotX =
                FilterBuilder.and(FilterBuilder.startsWith(dn("star")), FilterBuilder.not(eq("starXname")));
        assertThat(names(startsStarButNotX)).containsExactly("star*name");
        Filter notNul = FilterBuilder.and(FilterBuilder.startsWith(dn("nul")), FilterBuilder.not(eq("nul")));
        assertThat(names(notNul)).containsExactly("nul\u0000byte");
    }

    /**
     * The directory compares objectGUIDs, so an upper-case UID finds the object; the connector's
     * {@code AttributeNormalizer} lower-cases UIDs, so the framework's filter check (validation mode on) keeps it
     * and {@code getObject} finds it too.
     */
    @Test
    void findsByUidIgnoringCase() {
        ConnectorObject zoe = TestHelpers.searchToList(facade, TargetAttributes.GAL_CONTACT, eq("Zoë Ångström"))
                .get(0);
        String upper = zoe.getUid().getUidValue().toUpperCase(Locale.ROOT);
        assertThat(upper).isNotEqualTo(zoe.getUid().getUidValue());
        List<ConnectorObject> found =
                TestHelpers.searchToList(facade, TargetAttributes.GAL_CONTACT, FilterBuilder.equalTo(new Uid(upper)));
        assertThat(found).extracting(ConnectorObject::getUid).containsExactly(zoe.getUid());
        assertThat(facade.getObject(TargetAttributes.GAL_CONTACT, new Uid(upper), null))
                .isNotNull()
                .extracting(ConnectorObject::getName)
                .isEqualTo(zoe.getName());
    }

    /**
     * Decision 0004: a host's case-insensitive equality (Syncope's "ignore case match") reaches the directory as
     * an equality, and the value comes back as stored. The embedded server compares displayName without regard
     * to case as AD does; it does not do so for DNs, so the {@code __NAME__} case is IdentifiersTest's, on Samba.
     */
    @Test
    void findsByEqualityIgnoringCaseAndKeepsTheStoredSpelling() {
        ConnectorObject plain = TestHelpers.searchToList(facade, TargetAttributes.GAL_CONTACT, eq("plain person"))
                .get(0);
        List<ConnectorObject> found = TestHelpers.searchToList(
                facade, TargetAttributes.GAL_CONTACT, FilterBuilder.equalsIgnoreCase(dn("PLAIN Person")));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.getUid()).isEqualTo(plain.getUid());
            assertThat(o.getAttributeByName("displayName").getValue()).containsExactly("plain person");
        });
        assertThat(TestHelpers.searchToList(
                        facade, TargetAttributes.GAL_CONTACT, FilterBuilder.equalsIgnoreCase(dn("plain persons"))))
                .as("still an equality, not a substring match")
                .isEmpty();
    }

    @Test
    void anUnknownUidFindsNothing() {
        assertThat(TestHelpers.searchToList(
                        facade,
                        TargetAttributes.GAL_CONTACT,
                        FilterBuilder.equalTo(new Uid(UUID.randomUUID().toString()))))
                .isEmpty();
    }

    private List<String> names(Filter filter) {
        return TestHelpers.searchToList(facade, TargetAttributes.GAL_CONTACT, filter).stream()
                .map(o -> o.getAttributeByName("displayName").getValue().get(0).toString())
                .sorted()
                .toList();
    }
}
