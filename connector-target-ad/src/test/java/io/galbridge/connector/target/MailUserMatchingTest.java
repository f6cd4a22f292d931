package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.Test;

/**
 * Pre-staging against existing target objects (spec 2.6): mail users reused, ADMT users cleaned, duplicates
 * refused, and new names made unique, through the ConnId facade on the embedded target forest.
 */
@WithForests(ForestKind.EMBEDDED)
class MailUserMatchingTest {

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String user(String dn, String cn, String extra) {
        return "dn: " + dn + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
                + "objectClass: user\ncn: " + cn + "\nsAMAccountName: u" + token() + "\n" + extra;
    }

    @Test
    void foreignMailUserIsRefusedWithoutUseLocalObjectAndMergedWithIt(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "meu" + token();
        String dn = "CN=" + alias + "," + fx.mailUserOu;
        target.seedLdif(user(
                dn,
                alias,
                "mailNickname: " + alias + "\ntargetAddress: SMTP:" + alias + "@elsewhere.test\nproxyAddresses: SMTP:"
                        + alias + "@src.test\nproxyAddresses: smtp:" + alias + "@tgt.test\n"));
        UUID mailbox = UUID.randomUUID();
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), mailbox);

        assertThatThrownBy(() -> fx.facade(fx.configuration()).create(TargetAttributes.MAIL_USER, src, null))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining(dn)
                .hasMessageContaining("useLocalObject");
        assertThat(target.read(dn, "msExchMailboxGuid").hasAttribute("msExchMailboxGuid"))
                .isFalse();

        TargetAdConfiguration reuse = fx.configuration();
        reuse.setUseLocalObject(true);
        Uid uid = fx.facade(reuse).create(TargetAttributes.MAIL_USER, src, null);
        ConnectorObject meu = fx.facade(reuse).getObject(TargetAttributes.MAIL_USER, uid, null);
        assertThat(meu.getName().getNameValue()).isEqualToIgnoringCase(dn);
        assertThat(meu.getAttributeByName("msExchMailboxGuid").getValue())
                .containsExactly((Object) TargetForestFixture.guidBytes(mailbox));
        assertThat(meu.getAttributeByName("proxyAddresses").getValue())
                .as("the foreign MEU keeps its addresses and gains the source's X500")
                .contains("smtp:" + alias + "@tgt.test")
                .anySatisfy(p ->
                        assertThat(p.toString()).isEqualToIgnoringCase("x500:" + TargetForestFixture.legacyDn(alias)));
        assertThat(meu.getAttributeByName("targetAddress").getValue())
                .as("a foreign MEU's targetAddress is left alone without overwriteLocalObject")
                .containsExactly("SMTP:" + alias + "@elsewhere.test");
    }

    @Test
    void ownedMailUserIsReusedWithoutTheSwitchAndItsTargetAddressCorrected(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "owned" + token();
        UUID sourceGuid = UUID.randomUUID();
        String dn = "CN=" + alias + "," + fx.mailUserOu;
        target.seedLdif(user(
                dn,
                alias,
                "mailNickname: " + alias + "\ntargetAddress: SMTP:" + alias + "@stale.test\nproxyAddresses: SMTP:"
                        + alias + "@src.test\nadminDescription: galbridge:src.test:" + sourceGuid + "\n"));
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, sourceGuid, UUID.randomUUID());

        Uid uid = fx.facade(fx.configuration()).create(TargetAttributes.MAIL_USER, src, null);

        ConnectorObject meu = fx.facade(fx.configuration()).getObject(TargetAttributes.MAIL_USER, uid, null);
        assertThat(meu.getName().getNameValue()).isEqualToIgnoringCase(dn);
        assertThat(meu.getAttributeByName("targetAddress").getValue()).containsExactly("SMTP:" + alias + "@src.test");
        assertThat(meu.getAttributeByName("ownershipMark").getValue())
                .containsExactly("galbridge:src.test:" + sourceGuid);
    }

    @Test
    void overwriteLocalObjectWithoutUseLocalObjectIsAConfigurationError(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        TargetAdConfiguration c = fx.configuration();
        c.setOverwriteLocalObject(true);
        assertThatThrownBy(() -> fx.facade(c).test())
                .isInstanceOf(org.identityconnectors.framework.common.exceptions.ConfigurationException.class)
                .hasMessageContaining("overwriteLocalObject")
                .hasMessageContaining("useLocalObject");
    }

    @Test
    void admtUserIsCleanedIntoAMailUserKeepingTheAccount(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "admt" + token();
        String dn = "CN=" + alias + "," + fx.mailUserOu;
        String sam = "admt" + token();
        target.seedLdif("dn: " + dn + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
                + "objectClass: user\ncn: " + alias + "\nsAMAccountName: " + sam + "\nmailNickname: " + alias
                + "\nhomeMDB: CN=DB1,CN=Databases,CN=Configuration,DC=src,DC=test\nmsExchHomeServerName: "
                + "/o=Src/ou=First/cn=Configuration/cn=Servers/cn=MBX1\nproxyAddresses: SMTP:" + alias + "@src.test\n");
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());

        assertThatThrownBy(() -> fx.facade(fx.configuration()).create(TargetAttributes.MAIL_USER, src, null))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining(dn)
                .hasMessageContaining("useLocalObject");

        TargetAdConfiguration reuse = fx.configuration();
        reuse.setUseLocalObject(true);
        fx.facade(reuse).create(TargetAttributes.MAIL_USER, src, null);
        SearchResultEntry cleaned = target.read(dn, "*");
        assertThat(cleaned.hasAttribute("homeMDB")).isFalse();
        assertThat(cleaned.hasAttribute("msExchHomeServerName")).isFalse();
        assertThat(cleaned.getAttributeValue("sAMAccountName")).isEqualTo(sam);
        assertThat(cleaned.getAttributeValue("targetAddress")).isEqualTo("SMTP:" + alias + "@src.test");
        assertThat(cleaned.getAttributeValue("adminDescription")).startsWith("galbridge:src.test:");
    }

    @Test
    void severalObjectsWithTheSourcesAddressesAreRefusedNamingAll(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "dup" + token();
        String first = "CN=" + alias + " one," + fx.mailUserOu;
        String second = "CN=" + alias + " two," + target.baseDn();
        String proxy = "mailNickname: " + alias + "\ntargetAddress: SMTP:" + alias + "@src.test\nproxyAddresses: SMTP:"
                + alias + "@src.test\n";
        target.seedLdif(user(first, alias + " one", proxy));
        target.seedLdif(user(second, alias + " two", proxy));
        Set<Attribute> src = TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID());
        TargetAdConfiguration reuse = fx.configuration();
        reuse.setUseLocalObject(true);

        assertThatThrownBy(() -> fx.facade(reuse).create(TargetAttributes.MAIL_USER, src, null))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining(first)
                .hasMessageContaining(second);
    }

    @Test
    void cnSamAccountNameAndUpnCollisionsGetUniqueNames(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        String alias = "collide" + token() + ".person.with.a.long.name";
        String sam20 = alias.substring(0, 20);
        String other = "OU=Others " + token() + "," + target.baseDn();
        target.seedLdif("dn: " + other + "\nobjectClass: top\nobjectClass: organizationalUnit\n");
        target.seedLdif(user("CN=" + alias + "," + fx.mailUserOu, alias, ""));
        target.seedLdif("dn: CN=sam holder," + other
                + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
                + "cn: sam holder\nsAMAccountName: " + sam20 + "\n");
        target.seedLdif(user("CN=upn holder," + other, "upn holder", "userPrincipalName: " + alias + "@src.test\n"));

        Uid uid = fx.facade(fx.configuration())
                .create(
                        TargetAttributes.MAIL_USER,
                        TargetForestFixture.sourceMailbox(alias, UUID.randomUUID(), UUID.randomUUID()),
                        null);

        ConnectorObject meu = fx.facade(fx.configuration()).getObject(TargetAttributes.MAIL_USER, uid, null);
        assertThat(meu.getName().getNameValue()).isEqualToIgnoringCase("CN=" + alias + "-2," + fx.mailUserOu);
        String sam = meu.getAttributeByName("sAMAccountName").getValue().get(0).toString();
        assertThat(sam)
                .hasSizeLessThanOrEqualTo(20)
                .isNotEqualToIgnoringCase(sam20)
                .isEqualTo(alias.substring(0, 19) + "2");
        String upn =
                meu.getAttributeByName("userPrincipalName").getValue().get(0).toString();
        assertThat(upn).isNotEqualToIgnoringCase(alias + "@src.test").endsWith("@src.test");
    }
}
