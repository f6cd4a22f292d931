package io.galbridge.hosttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.List;
import java.util.Map;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClassInfo;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.Filter;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code __UID__} and {@code __NAME__} as hosts see and match them, through the packaged bundles on a Samba
 * forest: decision 0004 (names keep AD's spelling; case-insensitive lookups go through the host's settings or
 * {@code EqualsIgnoreCaseFilter}) and decision 0005 ({@code __UID__} stays in the schema). Both connectors read
 * the same forest: the source connector as if it were a source, the target connector through its read-only
 * {@code recipient} class.
 */
@WithForests(value = ForestKind.SAMBA, forests = "target=tgt.test")
class IdentifiersTest {

    private static final int RECIPIENTS = 8;
    private static String contactOu;
    private static String mailUserOu;

    private final BundleHost host = BundleHost.fromBuild();

    @BeforeAll
    static void seed(@ForestRole("target") TestForest forest) throws Exception {
        try (LDAPConnection c = forest.connect()) {
            RecipientFixtures.forForest(forest.spec())
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        contactOu = "OU=Identifier Contacts," + forest.baseDn();
        mailUserOu = "OU=Identifier Mail Users," + forest.baseDn();
        forest.seedLdif("dn: " + contactOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n\n" + "dn: "
                + mailUserOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n");
    }

    /** What a host asks for: the object's name as AD spells it, with its case inverted, or its UID inverted. */
    enum Query {
        EXACT_NAME,
        IGNORE_CASE_NAME,
        CHANGED_CASE_NAME,
        CHANGED_CASE_UID;

        Filter filter(ConnectorObject object) {
            String name = object.getName().getNameValue();
            return switch (this) {
                case EXACT_NAME -> FilterBuilder.equalTo(new Name(name));
                case IGNORE_CASE_NAME -> FilterBuilder.equalsIgnoreCase(new Name(invertCase(name)));
                case CHANGED_CASE_NAME -> FilterBuilder.equalTo(new Name(invertCase(name)));
                case CHANGED_CASE_UID ->
                    FilterBuilder.equalTo(new Uid(invertCase(object.getUid().getUidValue())));
            };
        }
    }

    /**
     * FOUND: exactly the object, with AD's spelling of its name (never the query's, never lower-cased);
     * NONE: the framework drops it; REFUSED: the framework's validation mode reports the connector's (correct,
     * case-insensitive) answer as a filter violation.
     */
    @ParameterizedTest(name = "{0} connector, {1}, {2}: {3}")
    @CsvSource({
        "source, VALIDATING, EXACT_NAME, FOUND",
        "source, VALIDATING, IGNORE_CASE_NAME, FOUND",
        "source, VALIDATING, CHANGED_CASE_UID, FOUND",
        "source, VALIDATING, CHANGED_CASE_NAME, REFUSED",
        "source, FRAMEWORK_DEFAULT, CHANGED_CASE_NAME, NONE",
        "source, CASE_INSENSITIVE, CHANGED_CASE_NAME, FOUND",
        "source, HANDLERS_OFF, CHANGED_CASE_NAME, FOUND",
        "target, VALIDATING, EXACT_NAME, FOUND",
        "target, VALIDATING, IGNORE_CASE_NAME, FOUND",
        "target, VALIDATING, CHANGED_CASE_UID, FOUND",
        "target, VALIDATING, CHANGED_CASE_NAME, REFUSED",
        "target, FRAMEWORK_DEFAULT, CHANGED_CASE_NAME, NONE",
        "target, CASE_INSENSITIVE, CHANGED_CASE_NAME, FOUND",
        "target, HANDLERS_OFF, CHANGED_CASE_NAME, FOUND"
    })
    void aNameLookupMatchesAsTheHostsResultsHandlingSays(
            String connector,
            ResultsHandling handling,
            Query query,
            String expected,
            @ForestRole("target") TestForest forest) {
        ConnectorObject object = HostLoadingTest.search(
                        facade(connector, forest, ResultsHandling.HANDLERS_OFF), HostLoadingTest.RECIPIENT)
                .get(3);
        ConnectorFacade facade = facade(connector, forest, handling);
        ObjectList found = new ObjectList();
        Filter filter = query.filter(object);
        switch (expected) {
            case "FOUND" -> {
                facade.search(HostLoadingTest.RECIPIENT, filter, found, null);
                assertThat(found.objects()).singleElement().satisfies(o -> {
                    assertThat(o.getUid()).isEqualTo(object.getUid());
                    assertThat(o.getName().getNameValue())
                            .isEqualTo(object.getName().getNameValue());
                });
            }
            case "NONE" -> {
                facade.search(HostLoadingTest.RECIPIENT, filter, found, null);
                assertThat(found.objects()).isEmpty();
            }
            case "REFUSED" ->
                assertThatThrownBy(() -> facade.search(HostLoadingTest.RECIPIENT, filter, found, null))
                        .hasStackTraceContaining("failed to pass the framework filter");
            default -> throw new IllegalArgumentException("unknown expectation " + expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BundleHost.SOURCE_CONNECTOR, BundleHost.TARGET_CONNECTOR})
    void everyObjectClassDescribesUidAsTheReadOnlyObjectGuid(
            String connectorClass, @ForestRole("target") TestForest forest) {
        String role = connectorClass.equals(BundleHost.SOURCE_CONNECTOR) ? "source" : "target";
        ConnectorFacade facade = facade(role, forest, ResultsHandling.VALIDATING);
        List<ObjectClassInfo> classes = List.copyOf(facade.schema().getObjectClassInfo());
        assertThat(classes).isNotEmpty();
        for (ObjectClassInfo oc : classes) {
            AttributeInfo uid = oc.getAttributeInfo().stream()
                    .filter(a -> a.is(Uid.NAME))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(oc.getType() + " lacks __UID__"));
            assertThat(uid.getType()).as(oc.getType()).isEqualTo(String.class);
            assertThat(uid.isReadable()).as(oc.getType()).isTrue();
            assertThat(uid.isCreateable()).as(oc.getType()).isFalse();
            assertThat(uid.isUpdateable()).as(oc.getType()).isFalse();
            assertThat(uid.isRequired()).as(oc.getType()).isFalse();
            assertThat(uid.isMultiValued()).as(oc.getType()).isFalse();
        }
    }

    private ConnectorFacade facade(String connector, TestForest forest, ResultsHandling handling) {
        Map<String, Object> props = connector.equals("source")
                ? HostForests.sourceProperties(forest)
                : HostForests.targetProperties(forest, contactOu, mailUserOu);
        return host.facade(
                connector.equals("source") ? BundleHost.SOURCE_CONNECTOR : BundleHost.TARGET_CONNECTOR,
                props,
                handling);
    }

    /** Upper-case letters become lower-case and vice versa, as the contract suite's case test does. */
    static String invertCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints()
                .forEach(c -> b.appendCodePoint(
                        Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
        return b.toString();
    }
}
