package io.galbridge.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's recipient fixtures are valid for the enforced schema, page like AD, and every Exchange
 * attribute type survives a write and a read.
 */
@WithForests(ForestKind.EMBEDDED)
class EmbeddedRecipientsTest {

    private static final RecipientFixtures FIXTURES = RecipientFixtures.forForest(ForestSpec.SOURCE);
    private static final AtomicInteger NAMES = new AtomicInteger();

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = source.connect()) {
            assertThat(FIXTURES.addTo(connection)).isEqualTo(RecipientFixtures.DEFAULT_RECIPIENTS + 4);
        }
    }

    @Test
    void pagingThroughTheRecipientsByOneThousandReturnsEveryOneExactlyOnce(@ForestRole("source") TestForest source)
            throws Exception {
        List<String> dns = new ArrayList<>();
        int pages = 0;
        try (LDAPConnection connection = source.connect()) {
            ASN1OctetString cookie = null;
            do {
                SearchRequest request = new SearchRequest(
                        FIXTURES.recipientsDn().toString(),
                        SearchScope.ONE,
                        Filter.createPresenceFilter("proxyAddresses"),
                        "objectGUID");
                request.addControl(new SimplePagedResultsControl(1_000, cookie, true));
                SearchResult result = connection.search(request);
                result.getSearchEntries().forEach(e -> dns.add(e.getDN()));
                cookie = SimplePagedResultsControl.get(result).getCookie();
                pages++;
            } while (cookie != null && cookie.getValueLength() > 0);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(dns).hasSize(RecipientFixtures.DEFAULT_RECIPIENTS).doesNotHaveDuplicates();
    }

    @Test
    void seededRecipientsAreStampedAndKeepTheirFixtureValues(@ForestRole("source") TestForest source) throws Exception {
        Set<String> guids = new HashSet<>();
        try (LDAPConnection connection = source.connect()) {
            SearchResult result = connection.search(
                    FIXTURES.recipientsDn().toString(),
                    SearchScope.ONE,
                    Filter.createEqualityFilter("objectClass", "contact"),
                    "objectGUID",
                    "objectSid",
                    "legacyExchangeDN",
                    "msExchRecipientTypeDetails");
            assertThat(result.getEntryCount()).isEqualTo(FIXTURES.countsByKind().get(RecipientKind.MAIL_CONTACT));
            for (SearchResultEntry contact : result.getSearchEntries()) {
                assertThat(guids.add(HexFormat.of().formatHex(contact.getAttributeValueBytes("objectGUID"))))
                        .isTrue();
                assertThat(contact.hasAttribute("objectSid")).isFalse();
                assertThat(contact.getAttributeValue("legacyExchangeDN")).startsWith("/o=SRC/");
                assertThat(contact.getAttributeValueAsLong("msExchRecipientTypeDetails"))
                        .isEqualTo(64L);
            }
        }
    }

    @Test
    void namesWithDnAndFilterSpecialCharactersAreFoundByEqualityAndDn(@ForestRole("source") TestForest source)
            throws Exception {
        List<Entry> special = FIXTURES.entries().stream()
                .filter(e -> e.hasAttribute("displayName"))
                .filter(e -> e.getAttributeValue("cn").matches(".*[,*()\\\\'ë].*"))
                .limit(40)
                .toList();
        assertThat(special).hasSize(40);
        try (LDAPConnection connection = source.connect()) {
            for (Entry expected : special) {
                String cn = expected.getAttributeValue("cn");
                SearchResultEntry found = connection.searchForEntry(
                        FIXTURES.recipientsDn().toString(), SearchScope.ONE, Filter.createEqualityFilter("cn", cn));
                assertThat(found).as(cn).isNotNull();
                assertThat(found.getParsedDN()).isEqualTo(expected.getParsedDN());
                assertThat(connection.getEntry(expected.getDN())).as(cn).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // attribute | value as LDAP string, or hex for binary syntaxes | binary
                "msExchMailboxGuid | e004253f894fd3119a0c0305e82c3301 | true",
                "msExchArchiveGUID | 00112233445566778899aabbccddeeff | true",
                "msExchMasterAccountSid | 01010000000000050a000000 | true",
                "msExchRecipientDisplayType | -2147483642 | false",
                "msExchRecipientDisplayType | -1073741818 | false",
                "msExchRecipientDisplayType | 1073741824 | false",
                "msExchRecipientTypeDetails | 2147483648 | false",
                "msExchRecipientTypeDetails | 137438953472 | false",
                "msExchRemoteRecipientType | 100 | false",
                "msExchVersion | 44220983382016 | false",
                "msExchHideFromAddressLists | TRUE | false",
                "userAccountControl | 514 | false",
                "targetAddress | SMTP:zoe.obrien@partner.example | false",
                "mailNickname | zoe.obrien | false",
                "legacyExchangeDN | /o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=x | false",
                "msExchHomeServerName | /o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EX01 | false",
                "homeMDB | CN=Mailbox Database 01,OU=Exchange Objects,DC=src,DC=test | false",
                "extensionAttribute15 | Zoë, *()\\ | false",
            })
    void everyExchangeAttributeTypeIsWrittenAndReadBackUnchanged(
            String attribute, String value, boolean binary, @ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = source.connect()) {
            Entry user = newUser(source);
            if (binary) {
                user.addAttribute(attribute, HexFormat.of().parseHex(value));
            } else {
                user.addAttribute(attribute, value);
            }
            connection.add(user);
            SearchResultEntry read = connection.getEntry(user.getDN(), attribute);
            if (binary) {
                assertThat(HexFormat.of().formatHex(read.getAttributeValueBytes(attribute)))
                        .isEqualTo(value);
            } else {
                assertThat(read.getAttributeValues(attribute)).containsExactly(value);
            }
        }
    }

    @Test
    void proxyAddressesKeepTheirOrderAndCase(@ForestRole("source") TestForest source) throws Exception {
        List<String> proxies = List.of(
                "SMTP:zoe.obrien@src.test",
                "smtp:zoe@mail.src.test",
                "X500:/o=SRC/ou=First Administrative Group/cn=Recipients/cn=zoe",
                "x500:/o=TGT/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0a1b-zoe",
                "sip:zoe.obrien@src.test",
                "X400:c=US;a= ;p=SRC;o=Exchange;s=OBrien;g=Zoe;");
        try (LDAPConnection connection = source.connect()) {
            Entry user = newUser(source);
            user.addAttribute("proxyAddresses", proxies);
            connection.add(user);
            assertThat(connection.getEntry(user.getDN(), "proxyAddresses").getAttributeValues("proxyAddresses"))
                    .containsExactlyElementsOf(proxies);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // what the schema forbids | attribute | first value | second value (empty: none)
                "an unknown attribute | msExchNoSuchAttribute | x |",
                "two values of a single-valued attribute | msExchRecipientDisplayType | 1 | 2",
                "a non-integer in an integer attribute | msExchRecipientTypeDetails | 0x80 |",
                "an attribute the class does not allow | groupType | 8 |",
            })
    void theSchemaIsEnforced(
            String what, String attribute, String first, String second, @ForestRole("target") TestForest target)
            throws Exception {
        Entry user = newUser(target);
        if (second == null) {
            user.addAttribute(attribute, first);
        } else {
            user.addAttribute(attribute, first, second);
        }
        try (LDAPConnection connection = target.connect()) {
            assertThatThrownBy(() -> connection.add(user))
                    .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                            .as(what)
                            .isIn(
                                    ResultCode.OBJECT_CLASS_VIOLATION,
                                    ResultCode.UNDEFINED_ATTRIBUTE_TYPE,
                                    ResultCode.INVALID_ATTRIBUTE_SYNTAX,
                                    ResultCode.CONSTRAINT_VIOLATION));
        }
    }

    @Test
    void aSignedDisplayTypeCanBeReplacedAndMatchedByEquality(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = source.connect()) {
            Entry user = newUser(source);
            user.addAttribute("msExchRecipientDisplayType", "1073741824");
            connection.add(user);
            connection.modify(
                    user.getDN(),
                    new Modification(ModificationType.REPLACE, "msExchRecipientDisplayType", "-2147483642"));
            SearchResultEntry found = connection.searchForEntry(
                    user.getDN(),
                    SearchScope.BASE,
                    Filter.createEqualityFilter("msExchRecipientDisplayType", "-2147483642"));
            assertThat(found).isNotNull();
            assertThat(found.getAttributeValueAsInteger("msExchRecipientDisplayType"))
                    .isEqualTo((int) 0x80000006L);
        }
    }

    private static Entry newUser(TestForest forest) {
        String cn = "Round Trip " + NAMES.incrementAndGet();
        Entry entry = new Entry(new DN(new RDN("CN", cn), new DN(new RDN("CN", "Users"), forest.baseDn())));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        entry.addAttribute("cn", cn);
        return entry;
    }
}
