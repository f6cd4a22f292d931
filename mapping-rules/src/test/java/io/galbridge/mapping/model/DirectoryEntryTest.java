package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryEntryTest {

    private static final String DN = "CN=Jane Doe,OU=Staff,DC=src,DC=example";
    private static final byte[] GUID_BYTES = HexFormat.of().parseHex("e004253f894fd3119a0c0305e82c3301");

    private static DirectoryEntry jane() {
        return DirectoryEntry.builder(DN)
                .add("objectClass", "top", "person", "organizationalPerson", "User")
                .add("mailNickname", "jane")
                .add("proxyAddresses", "SMTP:jane@src.example", "smtp:jane@route.src.example")
                .add("msExchRecipientTypeDetails", "1")
                .add("msExchRecipientDisplayType", "-2147483642")
                .add("msExchHideFromAddressLists", "FALSE")
                .add("mAPIRecipient", "true")
                .addBytes("objectGUID", GUID_BYTES)
                .addBytes("msExchMailboxGuid", GUID_BYTES)
                .addBytes("msExchMasterAccountSid", SecurityIdentifier.SELF.toBytes())
                .addBytes("displayName", "Jäne".getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Test
    void readsTypedValuesWithCaseInsensitiveNames() {
        DirectoryEntry e = jane();
        assertThat(e.dn()).isEqualTo(DN);
        assertThat(e.has("MAILNICKNAME")).isTrue();
        assertThat(e.has("homeMDB")).isFalse();
        assertThat(e.string("mailnickname")).contains("jane");
        assertThat(e.strings("PROXYADDRESSES")).containsExactly("SMTP:jane@src.example", "smtp:jane@route.src.example");
        assertThat(e.longValue("msexchrecipienttypedetails")).hasValue(1L);
        assertThat(e.longValue("msExchRecipientDisplayType")).hasValue(-2147483642L);
        assertThat(e.longValue("homeMDB")).isEmpty();
        assertThat(e.booleanValue("msExchHideFromAddressLists")).contains(false);
        assertThat(e.booleanValue("mAPIRecipient")).contains(true);
        assertThat(e.booleanValue("homeMDB")).isEmpty();
        assertThat(e.string("displayName")).contains("Jäne");
        assertThat(e.bytes("mailNickname"))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo("jane".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.bytes("homeMDB")).isEmpty();
        assertThat(e.guid("msExchMailboxGuid").map(Object::toString)).contains("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(e.objectGuid()).isEqualTo(e.guid("objectGUID"));
        assertThat(e.sid("msExchMasterAccountSid"))
                .hasValueSatisfying(s -> assertThat(s.isSelf()).isTrue());
        assertThat(e.objectClasses()).containsExactly("top", "person", "organizationalperson", "user");
        assertThat(e.hasObjectClass("USER")).isTrue();
        assertThat(e.hasObjectClass("contact")).isFalse();
        assertThat(e.attributeNames()).contains("mailNickname", "objectGUID");
        assertThat(e.toString()).contains(DN);
    }

    @Test
    void explicitObjectGuidWins() {
        ExchangeGuid other = ExchangeGuid.parse("00000000-0000-0000-0000-000000000001");
        DirectoryEntry e = DirectoryEntry.builder(DN)
                .objectGuid(other)
                .addBytes("objectGUID", GUID_BYTES)
                .build();
        assertThat(e.objectGuid()).contains(other);
        assertThat(DirectoryEntry.builder(DN).build().objectGuid()).isEmpty();
    }

    @Test
    void isImmutable() {
        byte[] value = GUID_BYTES.clone();
        DirectoryEntry.Builder builder = DirectoryEntry.builder(DN).addBytes("msExchMailboxGuid", value);
        DirectoryEntry e = builder.build();
        value[0] = 0;
        builder.add("mail", "jane@src.example");
        e.bytesValues("msExchMailboxGuid").get(0)[1] = 0;
        assertThat(e.bytes("msExchMailboxGuid"))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(GUID_BYTES));
        assertThat(e.has("mail")).isFalse();
        assertThatThrownBy(() -> e.strings("proxyAddresses").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void errorsNameTheAttributeAndTheEntry() {
        DirectoryEntry e = DirectoryEntry.builder(DN)
                .add("mail", "a@src.example", "b@src.example")
                .add("msExchRecipientTypeDetails", "UserMailbox")
                .add("msExchHideFromAddressLists", "yes")
                .addBytes("msExchMailboxGuid", new byte[] {1, 2})
                .addBytes("objectSid", new byte[] {9})
                .build();
        assertThatThrownBy(() -> e.string("mail"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mail")
                .hasMessageContaining(DN)
                .hasMessageContaining("2 values");
        assertThatThrownBy(() -> e.longValue("msExchRecipientTypeDetails"))
                .hasMessageContaining("msExchRecipientTypeDetails")
                .hasMessageContaining("'UserMailbox'")
                .hasMessageContaining(DN);
        assertThatThrownBy(() -> e.booleanValue("msExchHideFromAddressLists")).hasMessageContaining("'yes'");
        assertThatThrownBy(() -> e.guid("msExchMailboxGuid"))
                .hasMessageContaining("msExchMailboxGuid")
                .hasMessageContaining(DN);
        assertThatThrownBy(() -> e.sid("objectSid"))
                .hasMessageContaining("objectSid")
                .hasMessageContaining(DN);
        assertThatThrownBy(() -> DirectoryEntry.builder(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DirectoryEntry.builder(DN).add(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DN);
    }

    @ParameterizedTest
    @CsvSource({
        "proxyAddresses, PROXYADDRESSES",
        "proxyAddresses, proxyaddresses",
        "msExchRecipientTypeDetails, MSEXCHRECIPIENTTYPEDETAILS",
        "mAPIRecipient, MapiRecipient",
        "msDS-cloudExtensionAttribute1, MSDS-CLOUDEXTENSIONATTRIBUTE1",
        "extensionAttribute15, EXTENSIONATTRIBUTE15",
        "objectGUID, objectGuid",
        "displayName, displayName",
    })
    void namesMatchInAnyCaseAndKeepTheirFirstSpelling(String given, String asked) {
        DirectoryEntry e = DirectoryEntry.builder(DN)
                .add(given, "SMTP:jane@src.example")
                .add(asked, "smtp:jane@route.src.example")
                .add("mail", "jane@src.example")
                .build();

        assertThat(e.has(asked)).isTrue();
        assertThat(e.has(given.toUpperCase(java.util.Locale.ROOT))).isTrue();
        assertThat(e.strings(asked)).containsExactly("SMTP:jane@src.example", "smtp:jane@route.src.example");
        assertThat(e.bytesValues(given)).hasSize(2);
        assertThat(e.attributeNames()).containsExactlyInAnyOrder(given, "mail");
        assertThat(e.has(given + "2")).isFalse();

        DirectoryEntry replaced = DirectoryEntry.builder(DN)
                .add(given, "SMTP:jane@src.example")
                .set(asked, "SMTP:j@src.example")
                .build();
        assertThat(replaced.attributeNames()).containsExactly(asked);
        assertThat(replaced.strings(given)).containsExactly("SMTP:j@src.example");
        assertThat(DirectoryEntry.builder(DN)
                        .add(given, "x")
                        .remove(asked)
                        .build()
                        .has(given))
                .isFalse();
    }

    @Test
    void namesAreListedInCaseInsensitiveOrderAndEmptyAddsCreateNothing() {
        DirectoryEntry e = DirectoryEntry.builder(DN)
                .add("proxyAddresses", "SMTP:jane@src.example")
                .add("Cn", "Jane")
                .add("homeMDB")
                .addBytes("objectGUID", GUID_BYTES)
                .add("displayName", "Jane Doe")
                .add("HOMEMDB", "CN=DB01,CN=Databases")
                .build();
        assertThat(e.attributeNames()).containsExactly("Cn", "displayName", "HOMEMDB", "objectGUID", "proxyAddresses");
        assertThat(e.toString()).contains("[Cn, displayName, HOMEMDB, objectGUID, proxyAddresses]");
        assertThat(e.strings("homemdb")).containsExactly("CN=DB01,CN=Databases");
        assertThat(e.hasObjectClass("user")).isFalse();
    }

    @Test
    void findsEveryOneOfManyAttributesInAnyCaseAndNoOther() {
        DirectoryEntry.Builder b = DirectoryEntry.builder(DN);
        for (int i = 1; i <= 300; i++) {
            b.add((i % 2 == 0 ? "extensionAttribute" : "MSEXCHEXTENSIONCUSTOMATTRIBUTE") + i, "v" + i);
        }
        DirectoryEntry e = b.build();
        for (int i = 1; i <= 300; i++) {
            String name = (i % 2 == 0 ? "EXTENSIONATTRIBUTE" : "msExchExtensionCustomAttribute") + i;
            assertThat(e.strings(name)).as(name).containsExactly("v" + i);
            assertThat(e.has((i % 2 == 0 ? "msExchExtensionCustomAttribute" : "extensionAttribute") + i))
                    .isFalse();
        }
        assertThat(e.has("extensionAttribute301")).isFalse();
        assertThat(e.attributeNames()).hasSize(300).contains("extensionAttribute2", "MSEXCHEXTENSIONCUSTOMATTRIBUTE1");
    }

    @ParameterizedTest
    @CsvSource({
        "msExchDynamicDistributionList, MSEXCHDYNAMICDISTRIBUTIONLIST, true",
        "organizationalPerson, organizationalperson, true",
        "User, user, true",
        "user, users, false",
        "group, groupe, false",
        "Gruppe\u0130, gruppei\u0307, true",
        "contact, Contact, true",
    })
    void objectClassesMatchLowerCased(String stored, String asked, boolean expected) {
        DirectoryEntry e =
                DirectoryEntry.builder(DN).add("objectClass", "top", stored).build();
        assertThat(e.hasObjectClass(asked))
                .isEqualTo(expected)
                .isEqualTo(e.objectClasses().contains(asked.toLowerCase(java.util.Locale.ROOT)));
    }
}
