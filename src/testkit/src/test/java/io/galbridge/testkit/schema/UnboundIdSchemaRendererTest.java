package io.galbridge.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.schema.Schema;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnboundIdSchemaRendererTest {
    private static final String BASE = "dc=source,dc=test";
    private static final String OU = "ou=Recipients," + BASE;
    private static final ExchangeSchema CATALOG = ExchangeSchema.standard();

    private static InMemoryDirectoryServer server;
    private static LDAPConnection connection;

    @BeforeAll
    static void startServer() throws LDAPException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(new UnboundIdSchemaRenderer().render());
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.startListening();
        connection = server.getConnection();
        connection.add(new Entry(
                BASE,
                new Attribute("objectClass", "top", "domain", "domainDNS"),
                new Attribute("dc", "source"),
                new Attribute("objectGUID", RealisticValues.GUID),
                new Attribute("objectSid", RealisticValues.DOMAIN_SID)));
        connection.add(new Entry(
                OU,
                new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "Recipients"),
                new Attribute("objectGUID", RealisticValues.GUID),
                new Attribute("uSNChanged", "4711"),
                new Attribute("whenChanged", "20260314120000.0Z")));
    }

    @AfterAll
    static void stopServer() {
        connection.close();
        server.shutDown(true);
    }

    static Stream<List<String>> adShapedEntries() {
        return Stream.of(
                List.of("user", "cn=Jane Doe", "top", "person", "organizationalPerson", "user"),
                List.of("contact", "cn=Jane Doe (Source)", "top", "person", "organizationalPerson", "contact"),
                List.of("group", "cn=Sales", "top", "group"),
                List.of("msExchDynamicDistributionList", "cn=All Sales", "top", "msExchDynamicDistributionList"));
    }

    @ParameterizedTest(name = "{0} accepts every catalog attribute it allows")
    @MethodSource("adShapedEntries")
    void acceptsAnAdShapedEntryWithEveryAllowedAttribute(List<String> vector) throws LDAPException {
        String className = vector.get(0);
        String dn = vector.get(1) + "," + OU;
        Entry entry = new Entry(dn, new Attribute("objectClass", vector.subList(2, vector.size())));
        RealisticValues values = new RealisticValues(OU);
        List<String> allowed = List.copyOf(CATALOG.allowedAttributes(className));
        for (String name : allowed) {
            if (!name.equalsIgnoreCase("cn")) {
                entry.addAttribute(values.valueOf(CATALOG.requireAttribute(name)));
            }
        }
        entry.addAttribute("cn", entry.getRDN().getAttributeValues()[0]);

        connection.add(entry);

        SearchResultEntry read = connection.getEntry(dn, "*");
        assertThat(read.getAttributes())
                .extracting(Attribute::getBaseName)
                .containsAll(allowed.stream().filter(n -> !n.equals("cn")).toList());
        assertThat(read.getAttributeValueBytes("objectGUID")).isEqualTo(RealisticValues.GUID);
        if (allowed.contains("msExchRecipientDisplayType")) {
            assertThat(read.getAttributeValueAsInteger("msExchRecipientDisplayType"))
                    .isEqualTo(-2147483642);
            assertThat(read.getAttributeValues("proxyAddresses")).hasSize(3);
        }
    }

    @ParameterizedTest(name = "a {0} needs neither sn nor a listed auxiliary class")
    @MethodSource("adShapedEntries")
    void acceptsAMinimalAdShapedEntryWithoutSn(List<String> vector) throws LDAPException {
        String dn = vector.get(1).replace("cn=", "cn=Minimal ") + "," + OU;
        Entry entry = new Entry(dn, new Attribute("objectClass", vector.subList(2, vector.size())));
        entry.addAttribute("cn", entry.getRDN().getAttributeValues()[0]);
        entry.addAttribute("msExchRecipientTypeDetails", "128");

        connection.add(entry);

        assertThat(connection.getEntry(dn).hasAttribute("sn")).isFalse();
    }

    @Test
    void acceptsTheContainersAndComputersOfAFreshDomain() throws LDAPException {
        String computers = "CN=Computers," + BASE;
        String workstation = "CN=WS01," + computers;

        connection.add(new Entry(
                computers,
                new Attribute("objectClass", "top", "container"),
                new Attribute("cn", "Computers"),
                new Attribute("description", "Default container for upgraded computer accounts"),
                new Attribute("objectGUID", RealisticValues.GUID)));
        connection.add(new Entry(
                workstation,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user", "computer"),
                new Attribute("cn", "WS01"),
                new Attribute("sAMAccountName", "WS01$"),
                new Attribute("userAccountControl", "4096"),
                new Attribute("objectSid", RealisticValues.DOMAIN_SID)));

        assertThat(connection.getEntry(BASE).getObjectClassValues()).contains("domainDNS");
        assertThat(connection.getEntry(computers).getAttributeValueBytes("objectGUID"))
                .isEqualTo(RealisticValues.GUID);
        assertThat(connection.getEntry(workstation).getAttributeValue("sAMAccountName"))
                .isEqualTo("WS01$");
    }

    @Test
    void rejectsAContainerWithoutCn() {
        Entry entry = new Entry(
                "ou=Not A Container," + BASE,
                new Attribute("objectClass", "top", "container"),
                new Attribute("ou", "Not A Container"));

        assertThatThrownBy(() -> connection.add(entry))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.OBJECT_CLASS_VIOLATION));
    }

    @ParameterizedTest(name = "{0} is rendered with Microsoft's OID {1} under {2}")
    @CsvSource({
        "container, 1.2.840.113556.1.3.23, top",
        "domainDNS, 1.2.840.113556.1.5.67, domain",
        "computer,  1.2.840.113556.1.3.30, user",
    })
    void addsTheAdTreeClassesUnboundIdLacks(String name, String oid, String superior) {
        Schema schema = new UnboundIdSchemaRenderer().render();

        assertThat(schema.getObjectClass(name).getOID()).isEqualTo(oid);
        assertThat(schema.getObjectClass(name).getSuperiorClasses()).containsExactly(superior);
    }

    @Test
    void everyCatalogAttributeIsKnownToTheRenderedSchemaUnderItsName() {
        Schema schema = new UnboundIdSchemaRenderer().render();
        for (AttributeDefinition attribute : CATALOG.attributes()) {
            assertThat(schema.getAttributeType(attribute.ldapDisplayName()))
                    .as(attribute.ldapDisplayName())
                    .isNotNull();
        }
    }

    @Test
    void rejectsAnAttributeTheCatalogDoesNotDefine() {
        Entry entry = new Entry(
                "cn=Intruder," + OU,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", "Intruder"),
                new Attribute("msExchNoSuchAttribute", "x"));

        assertThatThrownBy(() -> connection.add(entry))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.OBJECT_CLASS_VIOLATION));
    }

    @Test
    void rejectsTwoValuesOfASingleValuedAttribute() {
        Entry entry = new Entry(
                "cn=Two Types," + OU,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", "Two Types"),
                new Attribute("msExchRecipientDisplayType", "6", "-2147483642"));

        assertThatThrownBy(() -> connection.add(entry))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.OBJECT_CLASS_VIOLATION));
    }
}
