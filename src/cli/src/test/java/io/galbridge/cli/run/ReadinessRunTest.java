package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The object classes the report gives target objects that the target connector does not class: an object the
 * connector calls OTHER still enters the conflict index as what it is.
 */
class ReadinessRunTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // kind | attribute | value | expected classes
                "OTHER | groupType | -2147483646 | top group",
                "OTHER | sAMAccountName | WS0042$ | top person organizationalPerson user computer",
                "OTHER | sAMAccountName | jdoe | top person organizationalPerson user",
                "OTHER | mailNickname | plain.contact | top person organizationalPerson contact",
                "MAIL_CONTACT | mailNickname | jane | top person organizationalPerson contact",
                "MAILBOX | sAMAccountName | jane | top person organizationalPerson user",
                "MAIL_DISTRIBUTION_GROUP | groupType | 8 | top group",
            })
    void targetRecipientsGetTheClassesOfWhatTheyAre(String kind, String attribute, String value, String expected) {
        ConnectorObject o = new ConnectorObjectBuilder()
                .setObjectClass(ObjectClassNames.TARGET_RECIPIENT)
                .setUid(new Uid("6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b"))
                .setName(new Name("CN=Some Object,OU=Somewhere,DC=tgt,DC=test"))
                .addAttribute(AttributeBuilder.build(ReadinessRun.RECIPIENT_KIND, kind))
                .addAttribute(AttributeBuilder.build(attribute, value))
                .build();

        List<String> classes = ReadinessRun.targetClasses(ObjectClassNames.TARGET_RECIPIENT, o);

        assertThat(classes).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }
}
