package io.galbridge.testkit.samba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.experimental.ActiveDirectoryDirSyncControl;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What makes Samba worth its start-up time: the Exchange schema extension takes every attribute syntax,
 * identifiers are the server's, and DirSync reports changes with a cookie.
 */
@WithForests(value = ForestKind.SAMBA, forests = "source=src.test")
class SambaAdFidelityTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Mailbox GUID of a real-looking mailbox, little-endian bytes as AD stores them. */
    private static final byte[] MAILBOX_GUID = HEX.parseHex("8b1d7e5f2a4c3e4d9f0a1b2c3d4e5f60");

    /** S-1-5-10 (SELF): the msExchMasterAccountSid of a user mailbox. */
    private static final byte[] SELF_SID = HEX.parseHex("01010000000000050a000000");

    static Stream<Arguments> exchangeAttributes() {
        return Stream.of(
                Arguments.of("mailNickname", List.of(text("jdoe"))),
                Arguments.of("targetAddress", List.of(text("SMTP:john.doe@contoso.mail.onmicrosoft.com"))),
                Arguments.of(
                        "proxyAddresses",
                        List.of(
                                text("SMTP:john.doe@src.test"),
                                text("smtp:jdoe@src.test"),
                                text("X500:/o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
                                        + "/cn=jdoe"))),
                Arguments.of("msExchMailboxGuid", List.of(MAILBOX_GUID)),
                Arguments.of("msExchArchiveGUID", List.of(HEX.parseHex("00112233445566778899aabbccddeeff"))),
                Arguments.of("msExchMasterAccountSid", List.of(SELF_SID)),
                Arguments.of("msExchRecipientDisplayType", List.of(text("-2147483642"))),
                Arguments.of("msExchRecipientTypeDetails", List.of(text("2147483648"))),
                Arguments.of("msExchRemoteRecipientType", List.of(text("4"))),
                Arguments.of("msExchVersion", List.of(text("44220983382016"))),
                Arguments.of("msExchHideFromAddressLists", List.of(text("TRUE"))),
                Arguments.of(
                        "msExchPoliciesExcluded",
                        List.of(
                                text("{26491cfc-9e50-4857-861b-0cb8df22b5d7}"),
                                text("{6a8b7c1e-2f3d-4e5a-9b8c-7d6e5f4a3b2c}"))),
                Arguments.of("extensionAttribute15", List.of(text("cost centre 4711 – Zürich"))));
    }

    @ParameterizedTest
    @MethodSource("exchangeAttributes")
    void exchangeAttributeIsWrittenAndReadBackByteForByte(
            String attribute, List<byte[]> values, @ForestRole("source") TestForest source) throws Exception {
        DN dn = userDn(source, "attr " + attribute);
        Entry user = user(dn, "a" + Integer.toHexString(attribute.hashCode()));
        user.addAttribute(new Attribute(attribute, values.toArray(new byte[0][])));
        try (LDAPConnection connection = source.connect()) {
            connection.add(user);
            SearchResultEntry read = connection.getEntry(dn.toString(), attribute);
            assertThat(hex(read.getAttribute(attribute).getValueByteArrays()))
                    .containsExactlyInAnyOrderElementsOf(hex(values.toArray(new byte[0][])));
        }
    }

    @Test
    void homeMdbPointsAtAnExistingObjectAndADanglingLinkIsRefused(@ForestRole("source") TestForest source)
            throws Exception {
        DN database = new DN(new RDN("CN", "Users"), source.baseDn());
        DN dn = userDn(source, "home mdb");
        Entry user = user(dn, "homemdb");
        user.addAttribute("homeMDB", database.toString());
        try (LDAPConnection connection = source.connect()) {
            connection.add(user);
            assertThat(new DN(connection.getEntry(dn.toString(), "homeMDB").getAttributeValue("homeMDB")))
                    .isEqualTo(database);
            Entry dangling = user(userDn(source, "dangling mdb"), "dangling");
            dangling.addAttribute("homeMDB", new DN(new RDN("CN", "No Such Database"), source.baseDn()).toString());
            assertThatThrownBy(() -> connection.add(dangling))
                    .isInstanceOf(LDAPException.class)
                    .extracting(e -> ((LDAPException) e).getResultCode())
                    .isEqualTo(ResultCode.CONSTRAINT_VIOLATION);
        }
    }

    @Test
    void objectGuidIsTheServersAndAClientSuppliedOneIsRefused(@ForestRole("source") TestForest source)
            throws Exception {
        try (LDAPConnection connection = source.connect()) {
            DN first = userDn(source, "guid one");
            DN second = userDn(source, "guid two");
            connection.add(user(first, "guid1"));
            connection.add(user(second, "guid2"));
            byte[] firstGuid =
                    connection.getEntry(first.toString(), "objectGUID").getAttributeValueBytes("objectGUID");
            byte[] secondGuid =
                    connection.getEntry(second.toString(), "objectGUID").getAttributeValueBytes("objectGUID");
            assertThat(firstGuid).hasSize(16).isNotEqualTo(new byte[16]).isNotEqualTo(secondGuid);

            Entry withGuid = user(userDn(source, "guid client"), "guid3");
            withGuid.addAttribute("objectGUID", MAILBOX_GUID);
            assertThatThrownBy(() -> connection.add(withGuid))
                    .isInstanceOf(LDAPException.class)
                    .extracting(e -> ((LDAPException) e).getResultCode())
                    .isEqualTo(ResultCode.UNWILLING_TO_PERFORM);
        }
    }

    @Test
    void dirSyncReturnsTheSeededChangesAndThenOnlyTheLaterOne(@ForestRole("source") TestForest source)
            throws Exception {
        String marker = "dirsync-" + UUID.randomUUID();
        DN ou = new DN(new RDN("OU", "DirSync Test"), source.baseDn());
        try (LDAPConnection connection = source.connect()) {
            Entry unit = new Entry(ou);
            unit.addAttribute("objectClass", "top", "organizationalUnit");
            connection.add(unit);
            List<DN> seeded = new ArrayList<>();
            for (String name : List.of("Ana Müller", "Bo O'Neil", "Chen, Li")) {
                seeded.add(addContact(connection, ou, name, marker));
            }
            Filter filter = Filter.createANDFilter(
                    Filter.createEqualityFilter("objectClass", "contact"),
                    Filter.createEqualityFilter("extensionAttribute1", marker));

            DirSyncRound first = dirSync(connection, source.baseDn(), filter, null);
            assertThat(first.dns()).containsExactlyInAnyOrderElementsOf(seeded);
            assertThat(first.cookie().getValueLength()).isPositive();

            DN later = addContact(connection, ou, "Dana Ødegård", marker);
            DirSyncRound second = dirSync(connection, source.baseDn(), filter, first.cookie());
            assertThat(second.dns()).containsExactly(later);
        }
    }

    private record DirSyncRound(List<DN> dns, ASN1OctetString cookie) {}

    /** One DirSync pass, following the more-results flag until the server has sent everything. */
    private static DirSyncRound dirSync(LDAPConnection connection, DN base, Filter filter, ASN1OctetString cookie)
            throws LDAPException {
        List<DN> dns = new ArrayList<>();
        ASN1OctetString current = cookie;
        while (true) {
            SearchRequest request =
                    new SearchRequest(base.toString(), SearchScope.SUB, filter, "cn", "extensionAttribute1");
            request.addControl(new ActiveDirectoryDirSyncControl(true, 0, Integer.MAX_VALUE, current));
            SearchResult result = connection.search(request);
            for (SearchResultEntry entry : result.getSearchEntries()) {
                dns.add(entry.getParsedDN());
            }
            ActiveDirectoryDirSyncControl response = ActiveDirectoryDirSyncControl.get(result);
            assertThat(response).as("DirSync response control").isNotNull();
            current = response.getCookie();
            if (response.getFlags() == 0) {
                return new DirSyncRound(dns, current);
            }
        }
    }

    private static DN addContact(LDAPConnection connection, DN parent, String name, String marker)
            throws LDAPException {
        DN dn = new DN(new RDN("CN", name), parent);
        Entry contact = new Entry(dn);
        contact.addAttribute("objectClass", "top", "person", "organizationalPerson", "contact");
        contact.addAttribute("extensionAttribute1", marker);
        contact.addAttribute(
                "targetAddress", "SMTP:" + name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT) + "@tgt.test");
        connection.add(contact);
        return dn;
    }

    private static DN userDn(TestForest forest, String name) {
        return new DN(new RDN("CN", name), new DN(new RDN("CN", "Users"), forest.baseDn()));
    }

    private static Entry user(DN dn, String accountName) {
        Entry user = new Entry(dn);
        user.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        user.addAttribute("sAMAccountName", accountName);
        return user;
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> hex(byte[][] values) {
        return Stream.of(values).map(HEX::formatHex).toList();
    }
}
