package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.mapping.prestage.ConversionStep;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.identityconnectors.test.common.TestHelpers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The target connector end to end through the ConnId facade, on the embedded target forest. */
@WithForests(ForestKind.EMBEDDED)
class TargetAdConnectorTest {

    @Test
    void schemaHasTheThreeObjectClasses(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        assertThat(facade.schema().getObjectClassInfo())
                .extracting(i -> i.getType())
                .contains("galContact", "mailUser", "recipient");
        facade.test();
    }

    @Test
    void galContactIsCreatedByTheRulesOwnedAndIdempotent(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        Set<Attribute> src = TargetForestFixture.sourceMailbox("jane.roe", UUID.randomUUID(), UUID.randomUUID());
        Uid uid = facade.create(TargetAttributes.GAL_CONTACT, src, null);
        ConnectorObject contact = facade.getObject(TargetAttributes.GAL_CONTACT, uid, null);
        assertThat(contact.getName().getNameValue()).endsWith(fx.contactOu);
        List<Object> proxies = contact.getAttributeByName("proxyAddresses").getValue();
        assertThat(proxies).contains("SMTP:jane.roe@src.test", "X500:" + TargetForestFixture.legacyDn("jane.roe"));
        assertThat(contact.getAttributeByName("targetAddress").getValue().get(0).toString())
                .as("GALSync: the last SMTP proxy in the source forest's mail domains wins")
                .isEqualToIgnoringCase("SMTP:jane.roe@route.src.test");
        assertThat(contact.getAttributeByName("legacyExchangeDN")
                        .getValue()
                        .get(0)
                        .toString())
                .startsWith(TargetForestFixture.PREFIX + "/cn=jane.roe");
        assertThat(contact.getAttributeByName("ownershipMark").getValue().get(0).toString())
                .startsWith("galbridge:src.test:");
        assertThat(facade.create(TargetAttributes.GAL_CONTACT, src, null)).isEqualTo(uid);
    }

    /** The source forest comes from the DN's DC components, parsed as a DN: an escaped comma is part of a value. */
    @Test
    void sourceForestIsReadFromTheParsedDn(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "escaped" + UUID.randomUUID().toString().substring(0, 6);
        Set<Attribute> src =
                new HashSet<>(TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()));
        src.removeIf(a -> a.is(TargetAttributes.SOURCE_DN));
        src.add(AttributeBuilder.build(
                TargetAttributes.SOURCE_DN, "CN=Roe\\, Jane\\,DC=evil,OU=People,DC=src,DC=test"));
        ConnectorFacade facade = fx.facade(fx.configuration());
        Uid uid = facade.create(TargetAttributes.GAL_CONTACT, src, null);
        assertThat(facade.getObject(TargetAttributes.GAL_CONTACT, uid, null)
                        .getAttributeByName("ownershipMark")
                        .getValue()
                        .get(0)
                        .toString())
                .startsWith("galbridge:src.test:");
    }

    @Test
    void mailUserWithoutMatchIsCreated(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        Uid uid = facade.create(
                TargetAttributes.MAIL_USER,
                TargetForestFixture.sourceMailbox("new.user", UUID.randomUUID(), UUID.randomUUID()),
                null);
        ConnectorObject meu = facade.getObject(TargetAttributes.MAIL_USER, uid, null);
        assertThat(meu.getName().getNameValue()).isEqualToIgnoringCase("CN=new.user," + fx.mailUserOu);
        assertThat(meu.getAttributeByName("targetAddress").getValue().get(0).toString())
                .isEqualToIgnoringCase("SMTP:new.user@src.test");
        assertThat(meu.getAttributeByName("writeBackX500").getValue()).isNotEmpty();
    }

    @Test
    void foreignContactIsRefusedWithoutTheSwitchAndConvertedWithIt(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "foreign.contact";
        String contactDn = "CN=" + alias + "," + fx.contactOu;
        target.seedLdif("dn: " + contactDn
                + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
                + "objectClass: contact\ncn: " + alias + "\nmailNickname: " + alias + "\ntargetAddress: SMTP:" + alias
                + "@src.test\nproxyAddresses: SMTP:" + alias + "@src.test\nproxyAddresses: X500:"
                + TargetForestFixture.legacyDn(alias) + "\nproxyAddresses: X500:/o=Third/cn=" + alias + "\n");
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> fx.facade(fx.configuration()).create(TargetAttributes.MAIL_USER, src, null))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining(contactDn)
                .hasMessageContaining("useLocalObject");
        TargetAdConfiguration withSwitch = fx.configuration();
        withSwitch.setUseLocalObject(true);
        Uid uid = fx.facade(withSwitch).create(TargetAttributes.MAIL_USER, src, null);
        ConnectorObject meu = fx.facade(withSwitch).getObject(TargetAttributes.MAIL_USER, uid, null);
        assertThat(meu.getAttributeByName("proxyAddresses").getValue())
                .contains("X500:/o=Third/cn=" + alias, "X500:" + TargetForestFixture.legacyDn(alias));
        assertThat(target.read(contactDn)).isNull();
    }

    @Test
    void mailboxMatchIsRefusedNamingIt(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "taken.mailbox";
        String dn = "CN=" + alias + "," + fx.mailUserOu;
        target.seedLdif("dn: " + dn + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
                + "objectClass: user\ncn: " + alias + "\nsAMAccountName: tm"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\nmailNickname: " + alias + "\nhomeMDB: CN=DB,CN=Configuration," + target.baseDn()
                + "\nproxyAddresses: SMTP:" + alias + "@src.test\n");
        assertThatThrownBy(() -> fx.facade(fx.configuration())
                        .create(
                                TargetAttributes.MAIL_USER,
                                TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()),
                                null))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining(dn);
    }

    @Test
    void contactGalbridgeDoesNotOwnIsNeverDeleted(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String dn = "CN=someone else," + fx.contactOu;
        target.seedLdif("dn: " + dn + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
                + "objectClass: contact\ncn: someone else\nmailNickname: someone\ntargetAddress: SMTP:x@y.test\n");
        ConnectorFacade facade = fx.facade(fx.configuration());
        List<ConnectorObject> found = TestHelpers.searchToList(
                facade,
                TargetAttributes.GAL_CONTACT,
                FilterBuilder.equalTo(AttributeBuilder.build("mailNickname", "someone")));
        assertThat(found).hasSize(1);
        Uid uid = found.get(0).getUid();
        assertThatThrownBy(() -> facade.delete(TargetAttributes.GAL_CONTACT, uid, null))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining(dn);
        assertThat(target.read(dn)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = ConversionStep.class,
            names = {"CREATE_MAIL_USER", "REPOINT_LINKS", "DELETE_CONTACT", "COMPLETE_MAIL_USER"})
    void ownedContactConversionConvergesAfterACrashAfterEachStep(
            ConversionStep crashAfter, @ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "conv" + crashAfter.ordinal() + "x"
                + UUID.randomUUID().toString().substring(0, 6);
        UUID sourceGuid = UUID.randomUUID();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, sourceGuid, UUID.randomUUID());
        ConnectorFacade facade = fx.facade(fx.configuration());
        Uid contactUid = facade.create(TargetAttributes.GAL_CONTACT, src, null);
        ConnectorObject contact = facade.getObject(TargetAttributes.GAL_CONTACT, contactUid, null);
        String contactDn = contact.getName().getNameValue();
        Set<Object> contactAddresses =
                new HashSet<>(contact.getAttributeByName("proxyAddresses").getValue());
        String groupDn = "CN=Group " + alias + "," + fx.contactOu.replace("GAL Contacts", "Mail Users");
        target.seedLdif(
                "dn: " + groupDn + "\nobjectClass: top\nobjectClass: group\ncn: Group " + alias + "\nsAMAccountName: g"
                        + alias.substring(0, Math.min(alias.length(), 18)) + "\nmember: " + contactDn + "\n");

        TargetAdConnector crashing = new TargetAdConnector(step -> {
            if (step == crashAfter) {
                throw new IllegalStateException("simulated crash after " + step);
            }
        });
        crashing.init(fx.configuration());
        try {
            assertThatThrownBy(() -> crashing.create(TargetAttributes.MAIL_USER, src, null))
                    .hasMessageContaining("simulated crash");
        } finally {
            crashing.dispose();
        }
        Uid meuUid = facade.create(TargetAttributes.MAIL_USER, src, null);
        ConnectorObject meu = facade.getObject(TargetAttributes.MAIL_USER, meuUid, null);
        assertThat(meu.getName().getNameValue()).endsWith(fx.mailUserOu);
        assertThat(new HashSet<>(meu.getAttributeByName("proxyAddresses").getValue()))
                .containsAll(contactAddresses)
                .contains("x500:"
                        + contact.getAttributeByName("legacyExchangeDN")
                                .getValue()
                                .get(0));
        assertThat(target.read(contactDn)).isNull();
        SearchResultEntry group = target.read(groupDn, "member");
        assertThat(group.getAttributeValues("member")).contains(meu.getName().getNameValue());
        assertThat(meu.getAttributeByName("msExchMailboxGuid")).isNotNull();
        try (LDAPConnection c = target.connect()) {
            assertThat(c.search(fx.mailUserOu, com.unboundid.ldap.sdk.SearchScope.SUB, "(mailNickname=" + alias + ")")
                            .getEntryCount())
                    .as("never a duplicate")
                    .isEqualTo(1);
        }
    }
}
