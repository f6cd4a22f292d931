package io.galbridge.connector.source.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import io.galbridge.ad.value.SidCodec;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.ClassifierContext;
import io.galbridge.mapping.recipient.RecipientClassifier;
import io.galbridge.mapping.recipient.RecipientKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.fixture.RecipientFixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mapper's name lookups (catalog attributes, classifier inputs, binary rules attributes) against entries whose
 * attribute names a server spells in another case than AD's schema: the classification and the object must not
 * change.
 */
class RecipientObjectMapperTest {

    private static final HexFormat HEX = HexFormat.of();
    /** Spec 5.1's worked example, as stored. */
    private static final byte[] GUID = HEX.parseHex("e004253f894fd3119a0c0305e82c3301");

    private static final byte[] MAILBOX_GUID = HEX.parseHex("0d0c0b0ab0a0d0c0e0f00f1e2d3c4b5a");

    private final RecipientObjectMapper mapper = new RecipientObjectMapper(
            RecipientSchema.standard(), new RecipientClassifier(new ClassifierContext(List.of(), Set.of(), Set.of())));

    /** How a server may spell the attribute names of an entry. */
    enum Spelling {
        UPPER_CASE(n -> n.toUpperCase(Locale.ROOT)),
        LOWER_CASE(n -> n.toLowerCase(Locale.ROOT)),
        ALTERNATING(Spelling::alternate);

        private final UnaryOperator<String> respell;

        Spelling(UnaryOperator<String> respell) {
            this.respell = respell;
        }

        Entry apply(Entry entry) {
            List<Attribute> attributes = new ArrayList<>();
            for (Attribute a : entry.getAttributes()) {
                attributes.add(new Attribute(respell.apply(a.getName()), a.getRawValues()));
            }
            return new Entry(entry.getDN(), attributes);
        }

        private static String alternate(String name) {
            StringBuilder out = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                out.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            return out.toString();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Spelling.class)
    void everyFixtureRecipientMapsTheSameWhateverTheCaseOfItsAttributeNames(Spelling spelling) {
        List<Entry> recipients =
                RecipientFixtures.forForest(ForestSpec.SOURCE)
                        .withRecipients(120)
                        .withClientGeneratedIds(true)
                        .entries()
                        .stream()
                        .filter(e -> e.hasAttribute("objectGUID"))
                        .collect(Collectors.toList());
        Set<RecipientKind> kinds = EnumSet.noneOf(RecipientKind.class);

        for (Entry entry : recipients) {
            Entry respelled = spelling.apply(entry);
            Classification expected = mapper.classify(entry);
            Classification actual = mapper.classify(respelled);

            assertThat(actual).as(entry.getDN()).isEqualTo(expected);
            if (expected.kind() != RecipientKind.NOT_RECIPIENT) {
                assertThat(mapper.toConnectorObject(respelled, actual, Optional.empty()))
                        .as(entry.getDN())
                        .isEqualTo(mapper.toConnectorObject(entry, expected, Optional.empty()));
            }
            kinds.add(expected.kind());
        }
        assertThat(kinds).contains(RecipientKind.USER_MAILBOX, RecipientKind.MAIL_USER, RecipientKind.MAIL_CONTACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "objectGUID, msExchMailboxGuid, msExchMasterAccountSid, proxyAddresses, homeMDB",
        "OBJECTGUID, MSEXCHMAILBOXGUID, MSEXCHMASTERACCOUNTSID, PROXYADDRESSES, HOMEMDB",
        "objectguid, msexchmailboxguid, msexchmasteraccountsid, proxyaddresses, homemdb"
    })
    void binaryGuidsAndSidsAreReadAsBytesInAnySpelling(
            String objectGuid, String mailboxGuid, String masterSid, String proxies, String homeMdb) {
        Entry linkedMailbox = new Entry(
                "CN=Ivan Petrov,OU=People,DC=src,DC=test",
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute(objectGuid, GUID),
                new Attribute(mailboxGuid, MAILBOX_GUID),
                new Attribute(
                        masterSid,
                        SidCodec.INSTANCE.encode(
                                SecurityIdentifier.parse("S-1-5-21-1004336348-1177238915-682003330-1001"))),
                new Attribute("userAccountControl", "514"),
                new Attribute("mailNickname", "ipetrov"),
                new Attribute(
                        proxies, "SMTP:Ivan.Petrov@src.test", "x500:/o=Contoso/ou=First/cn=Recipients/cn=ipetrov"),
                new Attribute(homeMdb, "CN=DB01,CN=Databases,CN=Exchange,DC=src,DC=test"));

        Classification classification = mapper.classify(linkedMailbox);
        ConnectorObject object = mapper.toConnectorObject(linkedMailbox, classification, Optional.empty());

        assertThat(classification.kind()).isEqualTo(RecipientKind.LINKED_MAILBOX);
        assertThat(object.getUid().getUidValue()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(object.getAttributeByName("msExchMailboxGuid").getValue())
                .containsExactly("0a0b0c0d-a0b0-c0d0-e0f0-0f1e2d3c4b5a");
        assertThat(object.getAttributeByName("msExchMasterAccountSid").getValue())
                .containsExactly("S-1-5-21-1004336348-1177238915-682003330-1001");
        assertThat(object.getAttributeByName(RecipientSchema.PRIMARY_SMTP_ADDRESS)
                        .getValue())
                .containsExactly("Ivan.Petrov@src.test");
        assertThat(object.getAttributeByName(RecipientSchema.X500_ADDRESSES).getValue())
                .containsExactly("/o=Contoso/ou=First/cn=Recipients/cn=ipetrov");
        assertThat(object.getAttributeByName(RecipientSchema.RECIPIENT_KIND).getValue())
                .containsExactly("K2b LINKED_MAILBOX");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "proxyaddresses|proxyAddresses",
                "proxyaddresses,x500addresses|proxyAddresses,x500Addresses",
                "mailnickname,objectclass,recipientkind|mailNickname,objectClass,recipientKind",
                // a name the host did not fold to lower case is not found, as before the decision was made once
                "proxyAddresses,primarysmtpaddress|primarySmtpAddress",
                "member,x500addresses|x500Addresses"
            })
    void attributesToGetReturnExactlyTheNamedAttributes(String wanted, String returned) {
        Entry contact = new Entry(
                "CN=Ann Lee,OU=Contacts,DC=src,DC=test",
                new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                new Attribute("objectGUID", GUID),
                new Attribute("mailNickname", "alee"),
                new Attribute("targetAddress", "SMTP:ann.lee@partner.example"),
                new Attribute("proxyAddresses", "SMTP:ann.lee@partner.example", "X500:/o=Partner/cn=alee"));
        Classification classification = mapper.classify(contact);

        ConnectorObject object = mapper.toConnectorObject(
                contact, classification, Optional.of(Set.of(wanted.split(","))), Optional.empty());

        Set<String> expected = Set.of(returned.split(","));
        assertThat(object.getAttributes().stream()
                        .map(org.identityconnectors.framework.common.objects.Attribute::getName)
                        .filter(n -> !n.equals(Uid.NAME) && !n.equals(Name.NAME))
                        .collect(Collectors.toSet()))
                .isEqualTo(expected);
    }
}
