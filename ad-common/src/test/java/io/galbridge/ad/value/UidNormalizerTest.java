package io.galbridge.ad.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UidNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // spec 5.1 worked example, as GuidCodec renders it and as hosts echo it back
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "3F2504E0-4F89-11D3-9A0C-0305E82C3301|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "'  3F2504e0-4f89-11D3-9a0c-0305E82C3301 '|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                // a GUID as PowerShell's Get-ADUser prints it, upper-case from another tool
                "{B9C3A0F2-1D4E-4C8A-9F3B-7E2D6A5C4B1F}|{b9c3a0f2-1d4e-4c8a-9f3b-7e2d6a5c4b1f}"
            })
    void uidValuesAreStrippedAndLowerCased(String given, String expected) {
        Attribute asUid = UidNormalizer.normalize(new Uid(given));
        Attribute asBuilt = UidNormalizer.normalize(AttributeBuilder.build(Uid.NAME, given));

        assertThat(asUid).isInstanceOf(Uid.class);
        assertThat(((Uid) asUid).getUidValue()).isEqualTo(expected);
        assertThat(asBuilt.getValue()).containsExactly(expected);
        assertThat(asUid).isEqualTo(new Uid(expected));
    }

    @Test
    void aUidKeepsItsNameHintAndRevision() {
        Name hint = new Name("CN=Jane Roe,OU=People,DC=src,DC=test");

        Uid withHint = (Uid) UidNormalizer.normalize(new Uid("3F2504E0-4F89-11D3-9A0C-0305E82C3301", hint));
        Uid withRevision = (Uid) UidNormalizer.normalize(new Uid("3F2504E0-4F89-11D3-9A0C-0305E82C3301", "42", hint));

        assertThat(withHint.getUidValue()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(withHint.getNameHint()).isEqualTo(hint);
        assertThat(withHint.getRevision()).isNull();
        assertThat(withRevision.getRevision()).isEqualTo("42");
        assertThat(withRevision.getNameHint()).isEqualTo(hint);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"__UID__", "__uid__", "__Uid__"})
    void aUidAttributeIsRecognisedInAnyCase(String name) {
        Attribute built = AttributeBuilder.build(name, " 3F2504E0-4F89-11D3-9A0C-0305E82C3301");

        assertThat(UidNormalizer.normalize(built).getValue()).containsExactly("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uid", "__UID", "__UIDX__", "objectGUID"})
    void attributesNamedLikeTheUidAreLeftAsTheyAre(String name) {
        Attribute similar = AttributeBuilder.build(name, "3F2504E0-4F89-11D3-9A0C-0305E82C3301");

        assertThat(UidNormalizer.normalize(similar)).isSameAs(similar);
    }

    @Test
    void otherAttributesAreLeftAsTheyAre() {
        Attribute name = new Name("CN=Jane Roe,OU=People,DC=src,DC=test");
        Attribute proxies = AttributeBuilder.build("proxyAddresses", List.of("SMTP:Jane.Roe@src.test"));

        assertThat(UidNormalizer.normalize(name)).isSameAs(name);
        assertThat(UidNormalizer.normalize(proxies)).isSameAs(proxies);
        assertThat(UidNormalizer.normalize(null)).isNull();
    }
}
