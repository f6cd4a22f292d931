package io.galbridge.connector.target.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The source recipient a host passes to create is read whatever the spelling of the connector's own attribute
 * names, as ConnId matches names ({@link Attribute#is}); every other attribute keeps the host's spelling.
 */
class SourceInputTest {

    private static final String DN = "CN=Doe\\, Jane,OU=Staff,DC=src,DC=test";
    private static final String GUID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    @ParameterizedTest
    @CsvSource({
        "sourceDn, sourceObjectGuid, sourceObjectClass, sourceObjectSid, __NAME__, proxyAddresses",
        "SOURCEDN, SOURCEOBJECTGUID, SOURCEOBJECTCLASS, SOURCEOBJECTSID, __name__, PROXYADDRESSES",
        "sourcedn, sourceobjectguid, sourceobjectclass, sourceobjectsid, __Name__, proxyaddresses",
        "SourceDN, SourceObjectGUID, SourceObjectClass, SourceObjectSID, __NAME__, ProxyAddresses",
    })
    void readsTheSourceWhateverTheSpelling(
            String dn, String guid, String classes, String sid, String name, String proxies) {
        byte[] sidBytes = SecurityIdentifier.SELF.toBytes();
        Set<Attribute> in = new LinkedHashSet<>(List.of(
                AttributeBuilder.build(name, "CN=ignored,OU=Elsewhere,DC=tgt,DC=test"),
                AttributeBuilder.build(dn, DN),
                AttributeBuilder.build(guid, GUID),
                AttributeBuilder.build(classes, "top", "person", "organizationalPerson", "user"),
                AttributeBuilder.build(sid, (Object) sidBytes),
                AttributeBuilder.build(proxies, "SMTP:jane@src.test", "smtp:jdoe@src.test"),
                AttributeBuilder.build("mailNickname", "jane")));

        DirectoryEntry e = SourceInput.read(TargetAttributes.GAL_CONTACT, in, List.of("top", "contact"));

        assertThat(e.dn()).isEqualTo(DN);
        assertThat(e.objectGuid().map(Object::toString)).contains(GUID);
        assertThat(e.strings("objectClass")).containsExactly("top", "person", "organizationalPerson", "user");
        assertThat(e.bytes("objectSid")).hasValueSatisfying(b -> assertThat(b).isEqualTo(sidBytes));
        assertThat(e.strings("proxyAddresses")).containsExactly("SMTP:jane@src.test", "smtp:jdoe@src.test");
        assertThat(e.attributeNames()).containsExactlyInAnyOrder("mailNickname", "objectClass", "objectSid", proxies);
    }

    @ParameterizedTest
    @CsvSource({
        // read-only in any spelling
        "ownershipMark, read-only",
        "OWNERSHIPMARK, read-only",
        "writeBackX500, read-only",
        // not in the schema: a real AD attribute, and a name that only upper-cases to a source attribute
        "msDS-cloudExtensionAttribute1, not in the schema",
        "\u017FourceDn, not in the schema",
    })
    void refusesWhatCreateCannotSet(String attribute, String reason) {
        Set<Attribute> in = new LinkedHashSet<>(List.of(
                AttributeBuilder.build(TargetAttributes.SOURCE_DN, DN),
                AttributeBuilder.build(TargetAttributes.SOURCE_GUID, GUID),
                AttributeBuilder.build(attribute, "x")));

        assertThatThrownBy(() -> SourceInput.read(TargetAttributes.GAL_CONTACT, in, List.of("user")))
                .isExactlyInstanceOf(InvalidAttributeValueException.class)
                .hasMessageContaining("'" + attribute + "'")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"sourceDn", "SOURCEOBJECTGUID"})
    void needsTheSourceDnAndGuid(String present) {
        Set<Attribute> in = Set.of(
                AttributeBuilder.build(present, present.equalsIgnoreCase("sourceDn") ? DN : GUID),
                new Name("CN=x,DC=tgt,DC=test"));

        assertThatThrownBy(() -> SourceInput.read(TargetAttributes.MAIL_USER, in, List.of("user")))
                .isExactlyInstanceOf(InvalidAttributeValueException.class)
                .hasMessageContaining(TargetAttributes.SOURCE_DN)
                .hasMessageContaining(TargetAttributes.SOURCE_GUID);
    }
}
