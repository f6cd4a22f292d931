package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GALSync CN rules (spec 3.4) hold with optimistic naming: the connector adds under the preferred name without
 * reading the names taken in the contact OU, and only a collision makes it read them and move on to {@code
 * cn (department)}, then {@code cn(1)}, {@code cn(2)}, ... Each vector seeds contacts that join no source (their
 * names are merely taken) and creates one replica, once with {@code galbridge.replicaAbsent} and once without.
 * {@code %a} in a vector stands for the source's mailNickname, which is unique per run.
 */
@WithForests(ForestKind.EMBEDDED)
class ContactNamingTest {

    private static final String LONG = "Maximilian Alexander Konstantin von Hohenzollern-Sigmaringen Junior Partner";

    /** A naming case: names already taken in the OU, the source's cn and department, the name expected. */
    record Vector(String title, List<String> taken, String cn, String department, String expected) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Arguments> vectors() {
        List<Vector> vectors = List.of(
                new Vector("free base name", List.of(), "Jane Roe", "Sales", "Jane Roe"),
                new Vector(
                        "base taken: department variant", List.of("Jane Roe"), "Jane Roe", "Sales", "Jane Roe (Sales)"),
                new Vector(
                        "base taken in another case: department variant",
                        List.of("JANE ROE"),
                        "Jane Roe",
                        "Sales",
                        "Jane Roe (Sales)"),
                new Vector(
                        "base and department variant taken: counter",
                        List.of("Jane Roe", "Jane Roe (Sales)"),
                        "Jane Roe",
                        "Sales",
                        "Jane Roe(1)"),
                new Vector(
                        "base taken, no department: counter",
                        List.of("John Smith"),
                        "John Smith",
                        null,
                        "John Smith(1)"),
                new Vector(
                        "counter 1 taken as well: counter 2",
                        List.of("John Smith", "John Smith (Finance)", "John Smith(1)"),
                        "John Smith",
                        "Finance",
                        "John Smith(2)"),
                new Vector(
                        "non-ASCII name gets the alias", List.of(), "Jürgen Müller", "Vertrieb", "Jürgen Müller (%a)"),
                new Vector(
                        "non-ASCII name with alias taken: department variant",
                        List.of("Jürgen Müller (%a)"),
                        "Jürgen Müller",
                        "Vertrieb",
                        "Jürgen Müller (%a) (Vertrieb)"),
                new Vector("CJK name with alias taken: counter", List.of("王伟 (%a)"), "王伟", null, "王伟 (%a)(1)"),
                new Vector(
                        "64-character base taken: base truncated for the counter",
                        List.of(LONG.substring(0, 64)),
                        LONG,
                        "Legal",
                        "Maximilian Alexander Konstantin von Hohenzollern-Sigmaringen(1)"));
        List<Arguments> out = new ArrayList<>();
        for (Vector v : vectors) {
            out.add(Arguments.of(v, true));
            out.add(Arguments.of(v, false));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, replicaAbsent={1}")
    @MethodSource("vectors")
    void theGalSyncCnRulesHold(Vector vector, boolean replicaAbsent, @ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "n" + UUID.randomUUID().toString().substring(0, 8);
        for (String taken : vector.taken()) {
            fx.seedContact(taken.replace("%a", alias));
        }
        ConnectorFacade facade = fx.facade(fx.configuration());
        UUID sourceGuid = UUID.randomUUID();

        Uid uid = facade.create(
                TargetAttributes.GAL_CONTACT,
                TargetForestFixture.sourceMailbox(alias, vector.cn(), vector.department(), sourceGuid),
                replicaAbsent ? TargetForestFixture.replicaAbsent() : null);

        ConnectorObject contact = facade.getObject(TargetAttributes.GAL_CONTACT, uid, null);
        String expected = vector.expected().replace("%a", alias);
        assertThat(contact.getAttributeByName("cn").getValue()).containsExactly(expected);
        List<SearchResultEntry> contacts = fx.contacts("cn");
        assertThat(contacts)
                .as("the seeded contacts and exactly one replica")
                .hasSize(vector.taken().size() + 1);
        assertThat(contacts)
                .filteredOn(e -> e.getAttributeValue("cn").equals(expected))
                .hasSize(1);
    }
}
