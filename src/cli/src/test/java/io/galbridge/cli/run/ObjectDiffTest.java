package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.cli.output.PlannedAction.AttributeChange;
import java.util.List;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.junit.jupiter.api.Test;

/** The attribute difference of two reads of a GAL contact, as plans and the journal show it. */
class ObjectDiffTest {

    private static final ObjectClass GAL_CONTACT = new ObjectClass("galContact");
    private static final String DN = "CN=Müller\\, Jürgen (HR),OU=GAL Contacts,DC=tgt,DC=test";
    private static final String X500 =
            "X500:/o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=7f3a9c-jmueller";

    private static ConnectorObjectBuilder contact() {
        return new ConnectorObjectBuilder()
                .setObjectClass(GAL_CONTACT)
                .setUid("8d6f2c1e-4b3a-4f7e-9c2d-1a2b3c4d5e6f")
                .setName(DN);
    }

    @Test
    void aCreateListsEveryValueAsAddedSortedByNameAsTheObjectSpellsIt() {
        ConnectorObject after = contact()
                .addAttribute("targetAddress", "SMTP:jmueller@src.test")
                .addAttribute("proxyAddresses", "SMTP:jmueller@src.test", X500)
                .addAttribute("displayName", "Müller, Jürgen (HR)")
                .addAttribute(AttributeBuilder.build("msExchMasterAccountSid", (Object) new byte[] {1, 5, 0, 0, 0, 0}))
                .addAttribute(AttributeBuilder.build("department"))
                .build();

        assertThat(ObjectDiff.created(after))
                .containsExactly(
                        new AttributeChange("displayName", List.of(), List.of("Müller, Jürgen (HR)")),
                        new AttributeChange("msExchMasterAccountSid", List.of(), List.of("010500000000")),
                        new AttributeChange("proxyAddresses", List.of(), List.of("SMTP:jmueller@src.test", X500)),
                        new AttributeChange("targetAddress", List.of(), List.of("SMTP:jmueller@src.test")));
    }

    @Test
    void anUpdateListsOnlyChangedValuesComparingNamesInAnyCase() {
        ConnectorObject before = contact()
                .addAttribute("displayname", "Müller, Jürgen")
                .addAttribute("proxyAddresses", "SMTP:jmueller@src.test", "smtp:juergen.mueller@src.test")
                .addAttribute("company", "Contoso")
                .addAttribute("mail", "jmueller@src.test")
                .build();
        ConnectorObject after = contact()
                .addAttribute("displayName", "Müller, Jürgen (HR)")
                .addAttribute("proxyAddresses", "SMTP:jmueller@src.test", X500)
                .addAttribute("mail", "jmueller@src.test")
                .build();

        assertThat(ObjectDiff.between(before, after))
                .containsExactly(
                        new AttributeChange("company", List.of("Contoso"), List.of()),
                        new AttributeChange("displayName", List.of("Müller, Jürgen"), List.of("Müller, Jürgen (HR)")),
                        new AttributeChange("proxyAddresses", List.of("smtp:juergen.mueller@src.test"), List.of(X500)));
        assertThat(ObjectDiff.between(after, after)).isEmpty();
    }
}
