package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.identityconnectors.test.common.TestHelpers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Create refuses every attribute that is neither {@code __NAME__} nor a createable attribute of the object class,
 * with or without values, naming the attribute and the class, and writes nothing (contract-suite.md C1).
 */
@WithForests(ForestKind.EMBEDDED)
class CreateAttributeRefusalTest {

    static Stream<Arguments> refused() {
        Stream.Builder<Arguments> out = Stream.builder();
        for (ObjectClass oc : new ObjectClass[] {TargetAttributes.GAL_CONTACT, TargetAttributes.MAIL_USER}) {
            // the ConnId contract suite's probe: a name and no value
            out.add(Arguments.of(oc, AttributeBuilder.build("nonExistingAndUnlikelyAttrName"), "not in the schema"));
            // a real AD attribute galbridge does not manage
            out.add(Arguments.of(
                    oc, AttributeBuilder.build("msDS-cloudExtensionAttribute1", "HR-4711"), "not in the schema"));
            // operational attributes a generic host may send
            out.add(Arguments.of(oc, AttributeBuilder.buildEnabled(true), "not in the schema"));
            out.add(Arguments.of(
                    oc,
                    AttributeBuilder.buildPassword(new GuardedString("Pa55w.rd!".toCharArray())),
                    "not in the schema"));
            // in the schema, but read-only
            out.add(Arguments.of(
                    oc,
                    AttributeBuilder.build(
                            TargetAttributes.OWNERSHIP_MARK, "galbridge:src.test:3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
                    "read-only"));
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void createRefusesAttributesOutsideTheSchema(
            ObjectClass oc, Attribute extra, String reason, @ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = "refused" + UUID.randomUUID().toString().substring(0, 8);
        Set<Attribute> src =
                new HashSet<>(TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()));
        src.add(extra);

        assertThatThrownBy(() -> facade.create(oc, src, null))
                .isExactlyInstanceOf(InvalidAttributeValueException.class)
                .hasMessageContaining("'" + extra.getName() + "'")
                .hasMessageContaining(oc.getObjectClassValue())
                .hasMessageContaining(reason);
        assertThat(TestHelpers.searchToList(
                        facade, oc, FilterBuilder.equalTo(AttributeBuilder.build("mailNickname", alias))))
                .as("nothing is written when create is refused")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writableClasses")
    void nameAndAnyCaseOfSchemaNamesAreAcceptedAndTheNamingPolicyChoosesTheDn(
            ObjectClass oc, @ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = "named" + UUID.randomUUID().toString().substring(0, 8);
        Set<Attribute> src =
                new HashSet<>(TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()));
        src.add(new Name("CN=ignored,OU=Elsewhere," + target.baseDn()));
        // ConnId attribute names are case-insensitive: a host's spelling of a schema attribute is accepted
        src.removeIf(a -> a.is("displayName"));
        src.add(AttributeBuilder.build("DISPLAYNAME", "Display " + alias));

        Uid uid = facade.create(oc, src, null);

        ConnectorObject created = facade.getObject(oc, uid, null);
        assertThat(created.getName().getNameValue()).startsWithIgnoringCase("CN=" + alias + ",");
        assertThat(created.getAttributeByName("displayName").getValue()).containsExactly("Display " + alias);
    }

    static Stream<ObjectClass> writableClasses() {
        return Stream.of(TargetAttributes.GAL_CONTACT, TargetAttributes.MAIL_USER);
    }
}
