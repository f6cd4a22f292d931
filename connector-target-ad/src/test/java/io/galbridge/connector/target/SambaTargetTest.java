package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.Test;

/**
 * The target connector on a real AD implementation (Samba AD DC): the server generates objectGUID and
 * objectSid, keeps back-links, checks DN-valued attributes and removes a deleted contact from its groups.
 */
@WithForests(value = ForestKind.SAMBA, forests = "target=tgt.test")
class SambaTargetTest {

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void createsAGalContactAndAMailUser(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        facade.test();
        String contactAlias = "sgc" + token();
        Uid contactUid = facade.create(
                TargetAttributes.GAL_CONTACT,
                TargetForestFixture.sourceMailbox(contactAlias, UUID.randomUUID(), UUID.randomUUID()),
                null);
        ConnectorObject contact = facade.getObject(TargetAttributes.GAL_CONTACT, contactUid, null);
        SearchResultEntry stored =
                target.read(contact.getName().getNameValue(), "objectClass", "adminDescription", "targetAddress");
        assertThat(stored.getAttributeValues("objectClass")).contains("contact");
        assertThat(stored.getAttributeValue("adminDescription")).startsWith("galbridge:src.test:");
        assertThat(stored.getAttributeValue("targetAddress"))
                .isEqualToIgnoringCase("SMTP:" + contactAlias + "@route.src.test");

        String userAlias = "smu" + token();
        Uid meuUid = facade.create(
                TargetAttributes.MAIL_USER,
                TargetForestFixture.sourceMailbox(userAlias, UUID.randomUUID(), UUID.randomUUID()),
                null);
        ConnectorObject meu = facade.getObject(TargetAttributes.MAIL_USER, meuUid, null);
        SearchResultEntry user =
                target.read(meu.getName().getNameValue(), "objectSid", "sAMAccountName", "targetAddress");
        assertThat(user.getAttributeValueBytes("objectSid"))
                .as("Samba assigns the SID")
                .isNotEmpty();
        assertThat(user.getAttributeValue("sAMAccountName")).isEqualTo(userAlias);
        assertThat(user.getAttributeValue("targetAddress")).isEqualTo("SMTP:" + userAlias + "@src.test");
    }

    @Test
    void convertsAnOwnedContactKeepingItsGroupMembership(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = "sconv" + token();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());
        Uid contactUid = facade.create(TargetAttributes.GAL_CONTACT, src, null);
        String contactDn = facade.getObject(TargetAttributes.GAL_CONTACT, contactUid, null)
                .getName()
                .getNameValue();
        String groupDn = "CN=Group " + alias + "," + target.baseDn();
        target.seedLdif("dn: " + groupDn + "\nobjectClass: top\nobjectClass: group\ncn: Group " + alias
                + "\nsAMAccountName: g" + alias + "\nmember: " + contactDn + "\n");

        Uid meuUid = facade.create(TargetAttributes.MAIL_USER, src, null);

        String meuDn = facade.getObject(TargetAttributes.MAIL_USER, meuUid, null)
                .getName()
                .getNameValue();
        assertThat(target.read(contactDn)).isNull();
        assertThat(target.read(groupDn, "member").getAttributeValues("member"))
                .as("the MEU replaces the contact in the group")
                .singleElement()
                .asString()
                .isEqualToIgnoringCase(meuDn);
        assertThat(target.read(meuDn, "memberOf").getAttributeValues("memberOf"))
                .as("Samba maintains the back-link")
                .singleElement()
                .asString()
                .isEqualToIgnoringCase(groupDn);
    }

    /**
     * Optimistic naming on AD: the add under the taken preferred name fails with 68, the connector reads the taken
     * names and moves on to the department variant; a repeated create with {@code galbridge.replicaAbsent} collides
     * again at the preferred name, joins, finds its replica under the variant and returns its UID.
     */
    @Test
    void aNameCollisionMovesToTheDepartmentVariant(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String alias = "scn" + token();
        String cn = "Ana Tomé";
        fx.seedContact(cn + " (" + alias + ")");
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, cn, "Legal", UUID.randomUUID());

        Uid uid = facade.create(TargetAttributes.GAL_CONTACT, src, TargetForestFixture.replicaAbsent());
        Uid again = facade.create(TargetAttributes.GAL_CONTACT, src, TargetForestFixture.replicaAbsent());

        assertThat(facade.getObject(TargetAttributes.GAL_CONTACT, uid, null)
                        .getAttributeByName("cn")
                        .getValue())
                .containsExactly(cn + " (" + alias + ") (Legal)");
        assertThat(again.getUidValue()).isEqualTo(uid.getUidValue());
        assertThat(fx.contacts("cn")).hasSize(2);
    }
}
