package io.galbridge.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFWriter;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLdapSchemaRendererTest {
    private static final Path SYSTEM_SCHEMA = Path.of("/etc/ldap/schema");
    private static final ExchangeSchema CATALOG = ExchangeSchema.standard();
    private static final String SUFFIX = "dc=source,dc=test";

    @TempDir
    Path dir;

    @Test
    void slaptestAcceptsAConfigurationThatIncludesTheRenderedSchema() throws Exception {
        ExternalTool slaptest = ExternalTool.require("slaptest", "apt-get install -y slapd");
        Path config = writeConfig();

        ExternalTool.Result result = slaptest.run(dir, "-u", "-f", config.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void slapaddAcceptsAdShapedEntriesWithEveryAttributeOpenLdapKnows() throws Exception {
        ExternalTool slapadd = ExternalTool.require("slapadd", "apt-get install -y slapd");
        Path config = writeConfig();
        String ou = "ou=Recipients," + SUFFIX;
        RealisticValues values = new RealisticValues(ou);
        Path ldif = dir.resolve("entries.ldif");
        try (LDIFWriter writer = new LDIFWriter(ldif.toFile())) {
            writer.writeEntry(new Entry(
                    SUFFIX,
                    new Attribute("objectClass", "top", "dcObject", "organization"),
                    new Attribute("dc", "source"),
                    new Attribute("o", "Source")));
            writer.writeEntry(new Entry(
                    ou, new Attribute("objectClass", "top", "organizationalUnit"), new Attribute("ou", "Recipients")));
            for (List<String> vector : List.of(
                    List.of("user", "cn=Jane Doe", "top", "person", "organizationalPerson", "user"),
                    List.of("contact", "cn=Jane Doe (Source)", "top", "person", "organizationalPerson", "contact"),
                    List.of("group", "cn=Sales", "top", "group"))) {
                Entry entry = new Entry(
                        vector.get(1) + "," + ou, new Attribute("objectClass", vector.subList(2, vector.size())));
                for (String name : CATALOG.allowedAttributes(vector.get(0))) {
                    // memberOf belongs to the memberof overlay; OpenLDAP's userCertificate needs
                    // ";binary" and a parseable DER certificate, which other tests cover
                    if (!Set.of("cn", "memberOf", "userCertificate").contains(name)) {
                        entry.addAttribute(values.valueOf(CATALOG.requireAttribute(name)));
                    }
                }
                entry.addAttribute("cn", entry.getRDN().getAttributeValues()[0]);
                writer.writeEntry(entry);
            }
        }

        ExternalTool.Result result =
                slapadd.run(dir, "-u", "-f", config.toString(), "-b", SUFFIX, "-l", ldif.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void slapaddAcceptsAFreshAdDomainsTree() throws Exception {
        ExternalTool slapadd = ExternalTool.require("slapadd", "apt-get install -y slapd");
        Path config = writeConfig();
        Path ldif = dir.resolve("domain.ldif");
        String computers = "CN=Computers," + SUFFIX;
        try (LDIFWriter writer = new LDIFWriter(ldif.toFile())) {
            writer.writeEntry(new Entry(
                    SUFFIX,
                    new Attribute("objectClass", "top", "domain", "domainDNS"),
                    new Attribute("dc", "source"),
                    new Attribute("objectGUID", RealisticValues.GUID),
                    new Attribute("objectSid", RealisticValues.DOMAIN_SID)));
            writer.writeEntry(new Entry(
                    computers,
                    new Attribute("objectClass", "top", "container"),
                    new Attribute("cn", "Computers"),
                    new Attribute("description", "Default container for upgraded computer accounts"),
                    new Attribute("objectGUID", RealisticValues.GUID)));
            writer.writeEntry(new Entry(
                    "CN=WS01," + computers,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user", "computer"),
                    new Attribute("cn", "WS01"),
                    new Attribute("sAMAccountName", "WS01$"),
                    new Attribute("userAccountControl", "4096")));
        }

        ExternalTool.Result result =
                slapadd.run(dir, "-u", "-f", config.toString(), "-b", SUFFIX, "-l", ldif.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void slapaddRejectsAUserWithAnAttributeTheCatalogLacks() throws Exception {
        ExternalTool slapadd = ExternalTool.require("slapadd", "apt-get install -y slapd");
        Path config = writeConfig();
        Path ldif = dir.resolve("intruder.ldif");
        try (LDIFWriter writer = new LDIFWriter(ldif.toFile())) {
            writer.writeEntry(new Entry(
                    SUFFIX,
                    new Attribute("objectClass", "top", "dcObject", "organization"),
                    new Attribute("dc", "source"),
                    new Attribute("o", "Source")));
            writer.writeEntry(new Entry(
                    "cn=Intruder," + SUFFIX,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("cn", "Intruder"),
                    new Attribute("msExchNoSuchAttribute", "x")));
        }

        ExternalTool.Result result =
                slapadd.run(dir, "-u", "-f", config.toString(), "-b", SUFFIX, "-l", ldif.toString());

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("msExchNoSuchAttribute");
    }

    @Test
    void relaxesPersonToAdsDefinition() throws IOException {
        String core = "objectclass ( 2.5.6.6 NAME 'person'\n\tDESC 'RFC2256: a person'\n\tSUP top STRUCTURAL\n"
                + "\tMUST ( sn $ cn )\n\tMAY ( userPassword $ telephoneNumber $ seeAlso $ description ) )\n";

        assertThat(OpenLdapSchemaRenderer.adLikeCoreSchema(core))
                .contains("MUST cn\n\tMAY ( sn $ userPassword $ telephoneNumber");
    }

    @Test
    void refusesACoreSchemaWithoutTheExpectedPerson() {
        assertThatThrownBy(() -> OpenLdapSchemaRenderer.adLikeCoreSchema("objectclass ( 2.5.6.0 NAME 'top' )"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person");
    }

    @Test
    void rendersTheExchangeAttributesAndKeepsStandardOnes() {
        String text = new OpenLdapSchemaRenderer().render();

        assertThat(text)
                .contains("attributetype ( 1.2.840.113556.1.4.7000.102.11058 NAME 'msExchMailboxGuid'")
                .contains("objectclass ( 1.2.840.113556.1.5.15 NAME 'contact'")
                .contains("objectclass ( 1.2.840.113556.1.3.23 NAME 'container' SUP top STRUCTURAL MUST cn")
                .contains("objectclass ( 1.2.840.113556.1.5.67 NAME 'domainDNS' SUP domain STRUCTURAL")
                .contains("objectclass ( 1.2.840.113556.1.3.30 NAME 'computer' SUP user STRUCTURAL")
                .doesNotContain("NAME 'organizationalUnit'")
                .doesNotContain("NAME 'domain' ")
                .doesNotContain("NAME 'mail'")
                .doesNotContain("NAME 'memberOf'");
    }

    private Path writeConfig() throws IOException {
        Path schemaDir = Files.createDirectories(dir.resolve("schema"));
        Path db = Files.createDirectories(dir.resolve("db"));
        String core = Files.readString(SYSTEM_SCHEMA.resolve("core.schema"), StandardCharsets.UTF_8);
        Files.writeString(
                schemaDir.resolve("core-ad.schema"),
                OpenLdapSchemaRenderer.adLikeCoreSchema(core),
                StandardCharsets.UTF_8);
        Files.writeString(
                schemaDir.resolve("ad-exchange.schema"), new OpenLdapSchemaRenderer().render(), StandardCharsets.UTF_8);
        String config = String.join(
                "\n",
                "include " + schemaDir.resolve("core-ad.schema"),
                "include " + SYSTEM_SCHEMA.resolve("cosine.schema"),
                "include " + SYSTEM_SCHEMA.resolve("inetorgperson.schema"),
                "include " + schemaDir.resolve("ad-exchange.schema"),
                "pidfile " + dir.resolve("slapd.pid"),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "database mdb",
                "maxsize 10485760",
                "suffix \"" + SUFFIX + "\"",
                "rootdn \"cn=admin," + SUFFIX + "\"",
                "directory " + db,
                "");
        Path file = dir.resolve("slapd.conf");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }
}
