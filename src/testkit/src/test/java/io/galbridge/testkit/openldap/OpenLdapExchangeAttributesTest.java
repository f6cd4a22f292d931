package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Exchange attribute syntax the connectors write survives a write and a read-back on slapd. */
@WithForests(value = ForestKind.OPENLDAP, forests = "target=tgt.test")
class OpenLdapExchangeAttributesTest {

    private static final HexFormat HEX = HexFormat.of();

    static Stream<Arguments> binaryValues() {
        return Stream.of(
                Arguments.of("objectGUID", "c0ffee00112233445566778899aabbcc"),
                Arguments.of("msExchMailboxGuid", "00000000000000000000000000000001"),
                Arguments.of("objectSid", "010500000000000515000000a1b2c3d4e5f60718293a4b5c5c040000"),
                Arguments.of("msExchMasterAccountSid", "010100000000000510000000"),
                Arguments.of("mS-DS-ConsistencyGuid", "ffeeddccbbaa99887766554433221100"));
    }

    static Stream<Arguments> textValues() {
        return Stream.of(
                Arguments.of("msExchRecipientDisplayType", List.of("-2147483642")),
                Arguments.of("msExchRecipientTypeDetails", List.of("128")),
                Arguments.of("msExchRemoteRecipientType", List.of("4")),
                Arguments.of("msExchVersion", List.of("88218628259840")),
                Arguments.of("msExchHideFromAddressLists", List.of("TRUE")),
                Arguments.of("targetAddress", List.of("SMTP:jane.doe@tgt.test")),
                Arguments.of(
                        "legacyExchangeDN",
                        List.of("/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jane")),
                Arguments.of(
                        "proxyAddresses",
                        List.of(
                                "SMTP:jane.doe@tgt.test",
                                "smtp:jdoe@tgt.test",
                                "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jane",
                                "smtp:Jane.Doe@legacy.tgt.test")),
                Arguments.of("extensionAttribute15", List.of("ä ö ü — unicode survives")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryValues")
    void binaryValuesComeBackByteForByte(String attribute, String hex, @ForestRole("target") TestForest target)
            throws Exception {
        byte[] value = HEX.parseHex(hex);
        DN dn = contact(target, "bin-" + attribute);
        try (LDAPConnection connection = target.connect()) {
            connection.modify(dn.toString(), new Modification(ModificationType.REPLACE, attribute, value));
            SearchResultEntry entry = connection.getEntry(dn.toString(), attribute);
            assertThat(entry.getAttributeValueBytes(attribute)).isEqualTo(value);
            assertThat(connection
                            .search(
                                    target.baseDn().toString(),
                                    com.unboundid.ldap.sdk.SearchScope.SUB,
                                    com.unboundid.ldap.sdk.Filter.createEqualityFilter(attribute, value),
                                    "1.1")
                            .getEntryCount())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textValues")
    void textAndIntegerValuesComeBackUnchanged(
            String attribute, List<String> values, @ForestRole("target") TestForest target) throws Exception {
        DN dn = contact(target, "txt-" + attribute);
        try (LDAPConnection connection = target.connect()) {
            connection.modify(
                    dn.toString(),
                    new Modification(ModificationType.REPLACE, attribute, values.toArray(new String[0])));
            Attribute read = connection.getEntry(dn.toString(), attribute).getAttribute(attribute);
            assertThat(read.getValues()).containsExactlyInAnyOrderElementsOf(values);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "showInAddressBook | CN=Default Global Address List,CN=All Global Address Lists,CN=Microsoft Exchange",
                "homeMDB | CN=Mailbox Database 0123,CN=Databases,CN=Exchange Administrative Group,CN=Microsoft Exchange"
            })
    void dnValuesComeBackAsTheSameDnThoughSlapdLowerCasesTheAttributeTypes(
            String attribute, String value, @ForestRole("target") TestForest target) throws Exception {
        DN dn = contact(target, "dn-" + attribute);
        try (LDAPConnection connection = target.connect()) {
            connection.modify(dn.toString(), new Modification(ModificationType.REPLACE, attribute, value));
            String read = connection.getEntry(dn.toString(), attribute).getAttributeValue(attribute);
            assertThat(new DN(read)).isEqualTo(new DN(value));
        }
    }

    private static DN contact(TestForest forest, String name) throws Exception {
        DN dn = new DN(new RDN("CN", name), new DN("CN=Users," + forest.baseDn()));
        Entry contact = new Entry(dn);
        contact.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        contact.addAttribute("cn", name);
        try (LDAPConnection connection = forest.connect()) {
            connection.add(contact);
        }
        return dn;
    }
}
