package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a create may assert {@code galbridge.replicaAbsent}: only when no target object carries the source's
 * ownership mark or the X500 of its legacyExchangeDN (in any case), and no other recipient of this run claims
 * that X500.
 */
class JoinIndexTest {

    private static final String GUID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private static final String OTHER_GUID = "9b2c8d5e-1a7f-4e3b-8c6d-2f1e0a9b8c7d";
    private static final String MARK = "galbridge:src.test:" + GUID;
    private static final String LEGACY =
            "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jmueller";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty target", List.of(), List.of(), true),
                Arguments.of(
                        "a contact elsewhere with another X500",
                        List.of(target("CN=Other,OU=GAL,DC=tgt,DC=test", null, "X500:/o=Contoso/cn=Recipients/cn=x")),
                        List.of(),
                        true),
                Arguments.of(
                        "a replica carrying the mark (any case)",
                        List.of(target("CN=Jürgen,OU=GAL,DC=tgt,DC=test", MARK.toUpperCase(java.util.Locale.ROOT))),
                        List.of(),
                        false),
                Arguments.of(
                        "a GALSync contact holding the X500",
                        List.of(target("CN=Jürgen (GALSync),OU=GAL,DC=tgt,DC=test", null, "X500:" + LEGACY)),
                        List.of(),
                        false),
                Arguments.of(
                        "a mail user holding the X500 in lower case",
                        List.of(target(
                                "CN=jmueller,OU=Staff,DC=tgt,DC=test",
                                null,
                                "SMTP:jmueller@tgt.test",
                                "x500:" + LEGACY.toLowerCase(java.util.Locale.ROOT))),
                        List.of(),
                        false),
                Arguments.of(
                        "another recipient of this run will write the X500",
                        List.of(),
                        List.of(source(OTHER_GUID, "/o=Contoso/cn=Recipients/cn=new", "X500:" + LEGACY)),
                        false),
                Arguments.of(
                        "the recipient's own claim", List.of(), List.of(source(GUID, LEGACY, "X500:" + LEGACY)), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWhetherTheJoinWouldFindNothing(
            String what, List<ConnectorObject> target, List<ConnectorObject> claimed, boolean absent) {
        JoinIndex index = JoinIndex.of(target);
        claimed.forEach(index::claim);
        ConnectorObject recipient = source(GUID, LEGACY, "SMTP:jmueller@src.test");
        index.claim(recipient);

        assertThat(index.absent(recipient, MARK)).as(what).isEqualTo(absent);
    }

    private static ConnectorObject target(String dn, String mark, String... proxies) {
        ConnectorObjectBuilder b = new ConnectorObjectBuilder()
                .setObjectClass(ObjectClassNames.TARGET_RECIPIENT)
                .setUid(dn)
                .setName(dn);
        if (mark != null) {
            b.addAttribute(TargetReplicas.OWNERSHIP_MARK, mark);
        }
        if (proxies.length > 0) {
            b.addAttribute("proxyAddresses", new ArrayList<Object>(List.of(proxies)));
        }
        return b.build();
    }

    private static ConnectorObject source(String guid, String legacy, String... proxies) {
        return new ConnectorObjectBuilder()
                .setObjectClass(new ObjectClass("recipient"))
                .setUid(guid)
                .setName("CN=" + guid + ",OU=Users,DC=src,DC=test")
                .addAttribute("legacyExchangeDN", legacy)
                .addAttribute("proxyAddresses", new ArrayList<Object>(List.of(proxies)))
                .build();
    }
}
