package io.galbridge.connector.target;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.testkit.TestForest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.identityconnectors.test.common.TestHelpers;

/** Builds configurations, facades and source-mailbox attribute sets for tests against the target forest. */
final class TargetForestFixture {

    static final String PREFIX = "/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients";
    private static final AtomicInteger OUS = new AtomicInteger();

    final TestForest forest;
    final String contactOu;
    final String mailUserOu;

    /** Seeds a fresh pair of OUs so tests do not see each other's objects. */
    TargetForestFixture(TestForest forest) throws Exception {
        this.forest = forest;
        int n = OUS.incrementAndGet();
        contactOu = "OU=GAL Contacts " + n + "," + forest.baseDn();
        mailUserOu = "OU=Mail Users " + n + "," + forest.baseDn();
        forest.seedLdif("dn: " + contactOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n\n" + "dn: "
                + mailUserOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n");
    }

    TargetAdConfiguration configuration() {
        TargetAdConfiguration c = new TargetAdConfiguration();
        c.setServerUrls(new String[] {forest.ldapsUrl()});
        c.setBindDn(forest.bindDn());
        c.setBindPassword(new GuardedString(forest.password().toCharArray()));
        c.setCaCertificateFile(forest.caCertificatePem().toString());
        c.setForestDnsName(forest.spec().dnsName());
        c.setUseGlobalCatalog(false);
        c.setMailDomains(new String[] {forest.spec().dnsName()});
        c.setContactOu(contactOu);
        c.setMailUserOu(mailUserOu);
        c.setLegacyExchangeDnPrefix(PREFIX);
        c.setSourceForests(new String[] {"src.test=src.test,route.src.test"});
        return c;
    }

    /**
     * A facade whose filtered results handler checks every result against the filter (validation mode); the
     * connector normalises UIDs, so the framework's comparison agrees with the directory's.
     */
    ConnectorFacade facade(TargetAdConfiguration c) {
        APIConfiguration api = TestHelpers.createTestConfiguration(TargetAdConnector.class, c);
        api.getResultsHandlerConfiguration().setFilteredResultsHandlerInValidationMode(true);
        api.getResultsHandlerConfiguration().setEnableFilteredResultsHandler(true);
        return ConnectorFacadeFactory.getInstance().newInstance(api);
    }

    /** A source mailbox of src.test named {@code alias}, with a primary, a secondary and an X500 address. */
    static Set<Attribute> sourceMailbox(String alias, UUID sourceGuid, UUID mailboxGuid) {
        List<Attribute> a = new ArrayList<>();
        a.add(AttributeBuilder.build("sourceDn", "CN=" + alias + ",OU=People,DC=src,DC=test"));
        a.add(AttributeBuilder.build("sourceObjectGuid", sourceGuid.toString()));
        a.add(AttributeBuilder.build("cn", alias));
        a.add(AttributeBuilder.build("displayName", "Display " + alias));
        a.add(AttributeBuilder.build("mail", alias + "@src.test"));
        a.add(AttributeBuilder.build("mailNickname", alias));
        a.add(AttributeBuilder.build("sAMAccountName", alias));
        a.add(AttributeBuilder.build("userPrincipalName", alias + "@src.test"));
        a.add(AttributeBuilder.build("userAccountControl", "512"));
        a.add(AttributeBuilder.build("msExchHomeServerName", "/o=Src/ou=First/cn=Configuration/cn=Servers/cn=MBX1"));
        a.add(AttributeBuilder.build("homeMDB", "CN=DB1,CN=Databases,CN=Configuration,DC=src,DC=test"));
        a.add(AttributeBuilder.build("msExchMailboxGuid", (Object) guidBytes(mailboxGuid)));
        a.add(AttributeBuilder.build("legacyExchangeDN", legacyDn(alias)));
        a.add(AttributeBuilder.build(
                "proxyAddresses",
                "SMTP:" + alias + "@src.test",
                "smtp:" + alias + "@route.src.test",
                "X500:/o=Old/ou=First/cn=Recipients/cn=" + alias));
        a.add(AttributeBuilder.build("msExchRecipientTypeDetails", "1"));
        return Set.copyOf(a);
    }

    /** {@link #sourceMailbox} with this cn and, when not null, this department. */
    static Set<Attribute> sourceMailbox(String alias, String cn, String department, UUID sourceGuid) {
        List<Attribute> a = new ArrayList<>(sourceMailbox(alias, sourceGuid, UUID.randomUUID()));
        a.removeIf(x -> x.is("cn"));
        a.add(AttributeBuilder.build("cn", cn));
        if (department != null) {
            a.add(AttributeBuilder.build("department", department));
        }
        return Set.copyOf(a);
    }

    /** Create options asserting {@link TargetOperationOptions#REPLICA_ABSENT}. */
    static OperationOptions replicaAbsent() {
        return new OperationOptionsBuilder()
                .setOption(TargetOperationOptions.REPLICA_ABSENT, Boolean.TRUE)
                .build();
    }

    /** Adds a plain contact named {@code cn} to the contact OU (joins no source: no mark, no X500); returns its DN. */
    DN seedContact(String cn) throws LDAPException {
        DN dn = new DN(new RDN("cn", cn), new DN(contactOu));
        try (LDAPConnection c = forest.connect()) {
            c.add(new Entry(
                    dn,
                    new com.unboundid.ldap.sdk.Attribute(
                            "objectClass", "top", "person", "organizationalPerson", "contact"),
                    new com.unboundid.ldap.sdk.Attribute("cn", cn)));
        }
        return dn;
    }

    /** The contacts one level below the contact OU with the attributes asked for. */
    List<SearchResultEntry> contacts(String... attributes) throws LDAPException {
        try (LDAPConnection c = forest.connect()) {
            return c.search(
                            contactOu,
                            SearchScope.ONE,
                            Filter.createEqualityFilter("objectClass", "contact"),
                            attributes)
                    .getSearchEntries();
        }
    }

    static String legacyDn(String alias) {
        return "/o=Src/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + alias;
    }

    static byte[] guidBytes(UUID uuid) {
        return io.galbridge.mapping.model.ExchangeGuid.fromUuid(uuid).toBytes();
    }

    static String ldif(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
