package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.identityconnectors.test.common.TestHelpers;
import org.junit.jupiter.api.Test;

/** UpdateDeltaOp and DeleteOp through the ConnId facade: value-level changes, ownership, unknown UIDs. */
@WithForests(ForestKind.EMBEDDED)
class UpdateAndDeleteTest {

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static Uid contact(ConnectorFacade facade, String alias) {
        return facade.create(
                TargetAttributes.GAL_CONTACT,
                TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()),
                null);
    }

    @Test
    void proxyAddAndRemoveKeepForeignValues(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = "upd" + token();
        Uid uid = contact(facade, alias);
        String dn = facade.getObject(TargetAttributes.GAL_CONTACT, uid, null)
                .getName()
                .getNameValue();
        try (LDAPConnection c = target.connect()) {
            c.modify(
                    dn,
                    new Modification(
                            ModificationType.ADD,
                            "proxyAddresses",
                            "X500:/o=Foreign/cn=" + alias,
                            "smtp:" + alias + "@foreign.test"));
        }

        facade.updateDelta(
                TargetAttributes.GAL_CONTACT,
                uid,
                Set.of(new AttributeDeltaBuilder()
                        .setName("proxyAddresses")
                        .addValueToAdd("smtp:" + alias + "@added.src.test")
                        .addValueToRemove("smtp:" + alias + "@route.src.test")
                        .build()),
                null);

        List<String> proxies = List.of(target.read(dn, "proxyAddresses").getAttributeValues("proxyAddresses"));
        assertThat(proxies)
                .contains(
                        "smtp:" + alias + "@added.src.test",
                        "X500:/o=Foreign/cn=" + alias,
                        "smtp:" + alias + "@foreign.test")
                .noneMatch(p -> p.equalsIgnoreCase("smtp:" + alias + "@route.src.test"));

        AttributeDelta replace = AttributeDeltaBuilder.build("proxyAddresses", List.of("SMTP:" + alias + "@src.test"));
        facade.updateDelta(TargetAttributes.GAL_CONTACT, uid, Set.of(replace), null);
        assertThat(target.read(dn, "proxyAddresses").getAttributeValues("proxyAddresses"))
                .as("a replace never drops an X500")
                .contains("SMTP:" + alias + "@src.test", "X500:/o=Foreign/cn=" + alias)
                .doesNotContain("smtp:" + alias + "@foreign.test");
    }

    @Test
    void updateOfAnObjectGalbridgeDoesNotOwnIsRefused(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "unowned" + token();
        String dn = "CN=" + alias + "," + fx.contactOu;
        target.seedLdif("dn: " + dn + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
                + "objectClass: contact\ncn: " + alias + "\nmailNickname: " + alias + "\ntargetAddress: SMTP:" + alias
                + "@else.test\nadminDescription: hand-made by an administrator\n");
        ConnectorFacade facade = fx.facade(fx.configuration());
        Uid uid = TestHelpers.searchToList(
                        facade,
                        TargetAttributes.GAL_CONTACT,
                        FilterBuilder.equalTo(AttributeBuilder.build("mailNickname", alias)))
                .get(0)
                .getUid();
        Set<AttributeDelta> change = Set.of(AttributeDeltaBuilder.build("displayName", List.of("Changed")));

        assertThatThrownBy(() -> facade.updateDelta(TargetAttributes.GAL_CONTACT, uid, change, null))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining(dn);
        assertThat(target.read(dn, "displayName").hasAttribute("displayName")).isFalse();
    }

    @Test
    void ownedContactIsDeletedAndAnUnknownUidIsReported(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        Uid uid = contact(facade, "del" + token());
        ConnectorObject before = facade.getObject(TargetAttributes.GAL_CONTACT, uid, null);

        facade.delete(TargetAttributes.GAL_CONTACT, uid, null);

        assertThat(target.read(before.getName().getNameValue())).isNull();
        assertThat(facade.getObject(TargetAttributes.GAL_CONTACT, uid, null)).isNull();
        assertThatThrownBy(() -> facade.delete(TargetAttributes.GAL_CONTACT, uid, null))
                .isInstanceOf(UnknownUidException.class);
        Uid neverSeen = new Uid(UUID.randomUUID().toString());
        assertThatThrownBy(() -> facade.delete(TargetAttributes.GAL_CONTACT, neverSeen, null))
                .isInstanceOf(UnknownUidException.class);
    }
}
