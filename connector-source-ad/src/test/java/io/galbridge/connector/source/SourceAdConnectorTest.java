package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import io.galbridge.testkit.tls.TestCertificateAuthority;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@WithForests(ForestKind.EMBEDDED)
class SourceAdConnectorTest {

    private static final int RECIPIENTS = 2_500;

    private static ConnectorFacade facade;

    /** Every recipient as read once after seeding, for tests that only need some recipient's UID or DN. */
    private static List<ConnectorObject> seeded;

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection c = source.connect()) {
            RecipientFixtures.forForest(source.spec())
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        facade = Facades.facade(Facades.configuration(source));
        seeded = List.copyOf(search(null));
    }

    private static List<ConnectorObject> search(org.identityconnectors.framework.common.objects.filter.Filter f) {
        List<ConnectorObject> out = new ArrayList<>();
        facade.search(RecipientSchema.RECIPIENT_CLASS, f, new ObjectCollector(out), null);
        return out;
    }

    @Test
    void fullSearchReturnsEveryRecipientOnceAndNoNonMailUser() {
        List<ConnectorObject> all = search(null);
        assertThat(all).hasSize(RECIPIENTS);
        assertThat(all.stream().map(o -> o.getUid().getUidValue()).distinct()).hasSize(RECIPIENTS);
        assertThat(all).allSatisfy(o -> assertThat(o.getUid().getUidValue())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void hostPagingWithCookiesVisitsEveryRecipientExactlyOnce() {
        Set<String> seen = new HashSet<>();
        String cookie = null;
        int pages = 0;
        do {
            OperationOptionsBuilder options = new OperationOptionsBuilder().setPageSize(300);
            if (cookie != null) {
                options.setPagedResultsCookie(cookie);
            }
            List<ConnectorObject> page = new ArrayList<>();
            SearchResult result =
                    facade.search(RecipientSchema.RECIPIENT_CLASS, null, new ObjectCollector(page), options.build());
            assertThat(page.size()).isLessThanOrEqualTo(300);
            for (ConnectorObject o : page) {
                assertThat(seen.add(o.getUid().getUidValue()))
                        .as("seen twice: %s", o.getName())
                        .isTrue();
            }
            cookie = result.getPagedResultsCookie();
            pages++;
        } while (cookie != null);
        assertThat(seen).hasSize(RECIPIENTS);
        assertThat(pages).isGreaterThanOrEqualTo(RECIPIENTS / 300);
    }

    @Test
    void everyRecipientKindOfTheFixturesIsClassifiedFromTheRealEntries() {
        Set<String> kinds = new TreeSet<>();
        for (ConnectorObject o : search(null)) {
            kinds.add(AttributeUtil.getStringValue(o.getAttributeByName(RecipientSchema.RECIPIENT_KIND)));
        }
        assertThat(kinds)
                .contains(
                        "K2a USER_MAILBOX",
                        "K2b LINKED_MAILBOX",
                        "K2c RESOURCE_MAILBOX",
                        "K3 MAIL_USER",
                        "K4 MAIL_CONTACT",
                        "K5 MAIL_GROUP")
                .doesNotContain("K0 NOT_RECIPIENT");
    }

    @Test
    void computedAddressesAndTypedAttributes() {
        ConnectorObject any = seeded.stream()
                .filter(o -> o.getAttributeByName(RecipientSchema.PRIMARY_SMTP_ADDRESS) != null)
                .findFirst()
                .orElseThrow();
        String primary = AttributeUtil.getStringValue(any.getAttributeByName(RecipientSchema.PRIMARY_SMTP_ADDRESS));
        assertThat(any.getAttributeByName("proxyAddresses").getValue()).contains("SMTP:" + primary);
        ConnectorObject withRtd = seeded.stream()
                .filter(o -> o.getAttributeByName("msExchRecipientTypeDetails") != null)
                .findFirst()
                .orElseThrow();
        assertThat(withRtd.getAttributeByName("msExchRecipientTypeDetails")
                        .getValue()
                        .get(0))
                .isInstanceOf(Long.class);
        assertThat(withRtd.getAttributeByName("msExchRecipientDisplayType")
                        .getValue()
                        .get(0))
                .isInstanceOf(Integer.class);
    }

    @Test
    void uidLookupIgnoresCaseAndNameLookupReadsTheDn() {
        ConnectorObject some = seeded.get(17);
        String upper = some.getUid().getUidValue().toUpperCase(Locale.ROOT);
        ConnectorObject byUid = facade.getObject(RecipientSchema.RECIPIENT_CLASS, new Uid(upper), null);
        assertThat(byUid).isNotNull();
        assertThat(byUid.getName()).isEqualTo(some.getName());
        List<ConnectorObject> byName =
                search(FilterBuilder.equalTo(new Name(some.getName().getNameValue())));
        assertThat(byName).hasSize(1);
        assertThat(byName.get(0).getUid()).isEqualTo(some.getUid());
        assertThat(facade.getObject(
                        RecipientSchema.RECIPIENT_CLASS, new Uid("00000000-0000-0000-0000-000000000001"), null))
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Zoë O'Brien (Sales) *",
                "a*b(c)d\\e",
                "*",
                ")(objectClass=*",
                "\\2a\\28",
                "Ünïcödé 日本語 Ελληνικά",
                "nul\u0000inside"
            })
    void filterValuesAreMatchedExactlyAndNeverInjected(String value, @ForestRole("source") TestForest source)
            throws Exception {
        List<ConnectorObject> all = seeded;
        ConnectorObject target = all.get(value.length() * 7 % all.size());
        try (LDAPConnection c = source.connect()) {
            c.modify(target.getName().getNameValue(), new Modification(ModificationType.REPLACE, "info", value));
        }
        List<ConnectorObject> found = search(FilterBuilder.equalTo(AttributeBuilder.build("info", value)));
        assertThat(found).extracting(ConnectorObject::getUid).containsExactly(target.getUid());
        try (LDAPConnection c = source.connect()) {
            c.modify(target.getName().getNameValue(), new Modification(ModificationType.DELETE, "info"));
        }
    }

    @Test
    void x500WriteBackIsIdempotentAndCaseInsensitivePerValue() {
        ConnectorObject some = seeded.get(42);
        String x500 = "X500:/o=Target/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=zoe"
                + some.getUid().getUidValue().substring(0, 8);
        Set<AttributeDelta> add = Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of(x500), null));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), add, null);
        List<Object> once = facade.getObject(RecipientSchema.RECIPIENT_CLASS, some.getUid(), null)
                .getAttributeByName("proxyAddresses")
                .getValue();
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), add, null);
        Set<AttributeDelta> lower =
                Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of(x500.toLowerCase(Locale.ROOT)), null));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), lower, null);
        List<Object> twice = facade.getObject(RecipientSchema.RECIPIENT_CLASS, some.getUid(), null)
                .getAttributeByName("proxyAddresses")
                .getValue();
        assertThat(once).contains(x500);
        assertThat(twice).containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void postMoveFlipWritesTargetAddressAndTypes() {
        ConnectorObject some = seeded.get(5);
        Set<AttributeDelta> flip = Set.of(
                AttributeDeltaBuilder.build("targetAddress", List.of("SMTP:moved@tgt.test")),
                AttributeDeltaBuilder.build("msExchRecipientTypeDetails", List.of(128L)),
                AttributeDeltaBuilder.build("msExchRecipientDisplayType", List.of(-2147483642)));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), flip, null);
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), flip, null);
        ConnectorObject after = facade.getObject(RecipientSchema.RECIPIENT_CLASS, some.getUid(), null);
        assertThat(AttributeUtil.getStringValue(after.getAttributeByName("targetAddress")))
                .isEqualTo("SMTP:moved@tgt.test");
        assertThat(after.getAttributeByName("msExchRecipientTypeDetails").getValue())
                .containsExactly(128L);
        assertThat(after.getAttributeByName("msExchRecipientDisplayType").getValue())
                .containsExactly(-2147483642);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"displayName", "mail", "homeMDB", "legacyExchangeDN", "msExchMailboxGuid"})
    void otherAttributesAreRefusedNamingTheAttribute(String attribute) {
        ConnectorObject some = seeded.get(3);
        Set<AttributeDelta> change = Set.of(AttributeDeltaBuilder.build(attribute, List.of("x")));
        assertThatThrownBy(() -> facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), change, null))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining(attribute);
    }

    @Test
    void smtpProxyAdditionIsRefusedAndUnknownUidIsReported() {
        ConnectorObject some = seeded.get(4);
        Set<AttributeDelta> smtp =
                Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of("smtp:extra@src.test"), null));
        assertThatThrownBy(() -> facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), smtp, null))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("proxyAddresses");
        Set<AttributeDelta> x500 =
                Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of("X500:/o=x/cn=y"), null));
        assertThatThrownBy(() -> facade.updateDelta(
                        RecipientSchema.RECIPIENT_CLASS, new Uid("00000000-0000-0000-0000-0000000000aa"), x500, null))
                .isInstanceOf(UnknownUidException.class);
    }

    @Test
    void routingProxyIsAddedWithTheTargetAddressFlipValueLevelAndOnce() {
        ConnectorObject some = seeded.get(6);
        List<Object> before = some.getAttributeByName("proxyAddresses").getValue();
        Set<AttributeDelta> flip = Set.of(
                AttributeDeltaBuilder.build("targetAddress", List.of("SMTP:routed6@route.tgt.test")),
                AttributeDeltaBuilder.build("proxyAddresses", List.of("smtp:routed6@route.tgt.test"), null));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), flip, null);
        List<Object> once = facade.getObject(RecipientSchema.RECIPIENT_CLASS, some.getUid(), null)
                .getAttributeByName("proxyAddresses")
                .getValue();
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), flip, null);
        Set<AttributeDelta> upper =
                Set.of(AttributeDeltaBuilder.build("proxyAddresses", List.of("smtp:ROUTED6@route.tgt.test"), null));
        facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), upper, null);
        ConnectorObject after = facade.getObject(RecipientSchema.RECIPIENT_CLASS, some.getUid(), null);
        assertThat(once)
                .containsAll(before)
                .contains("smtp:routed6@route.tgt.test")
                .hasSize(before.size() + 1);
        assertThat(after.getAttributeByName("proxyAddresses").getValue()).containsExactlyInAnyOrderElementsOf(once);
        assertThat(AttributeUtil.getStringValue(after.getAttributeByName("targetAddress")))
                .isEqualTo("SMTP:routed6@route.tgt.test");
    }

    @ParameterizedTest(name = "{0} with targetAddress {1}")
    @CsvSource({
        // a primary may never be added, even the routing address
        "SMTP:routed7@route.tgt.test, SMTP:routed7@route.tgt.test, PermissionDenied",
        // an SMTP address that is not where targetAddress points
        "smtp:other7@route.tgt.test, SMTP:routed7@route.tgt.test, PermissionDenied",
        // no targetAddress in the call and none on the object that names it
        "smtp:extra7@src.test, , PermissionDenied",
        // other address types stay Exchange's business
        "sip:routed7@route.tgt.test, SMTP:routed7@route.tgt.test, PermissionDenied",
        "X400:c=US;a= ;p=Tgt;o=Exchange;s=Routed;, SMTP:routed7@route.tgt.test, PermissionDenied",
        // malformed
        "no-colon-here, SMTP:routed7@route.tgt.test, InvalidAttributeValue",
        "smtp:routed7@route.tgt.test, not-an-address, InvalidAttributeValue",
    })
    void proxyAdditionsOtherThanX500AndTheRoutingAddressAreRefusedBeforeAnyWrite(
            String proxy, String targetAddress, String refusal) {
        ConnectorObject some = seeded.get(7);
        Set<AttributeDelta> change = new HashSet<>();
        change.add(AttributeDeltaBuilder.build("proxyAddresses", List.of(proxy), null));
        if (targetAddress != null) {
            change.add(AttributeDeltaBuilder.build("targetAddress", List.of(targetAddress)));
        }
        assertThatThrownBy(() -> facade.updateDelta(RecipientSchema.RECIPIENT_CLASS, some.getUid(), change, null))
                .isInstanceOf(
                        refusal.equals("PermissionDenied")
                                ? PermissionDeniedException.class
                                : InvalidAttributeValueException.class)
                .hasMessageContaining(refusal.equals("PermissionDenied") ? "proxyAddresses" : "");
        ConnectorObject after = facade.getObject(RecipientSchema.RECIPIENT_CLASS, some.getUid(), null);
        assertThat(after.getAttributeByName("proxyAddresses").getValue())
                .containsExactlyInAnyOrderElementsOf(
                        some.getAttributeByName("proxyAddresses").getValue());
        assertThat(after.getAttributeByName("targetAddress")).isEqualTo(some.getAttributeByName("targetAddress"));
    }

    @Test
    void objectClassIsPublishedAndWriteRightsAreUnknownOnANonAdServer() {
        ConnectorObject mailbox = seeded.stream()
                .filter(o -> AttributeUtil.getStringValue(o.getAttributeByName(RecipientSchema.RECIPIENT_KIND))
                        .startsWith("K2a"))
                .findFirst()
                .orElseThrow();
        assertThat(mailbox.getAttributeByName(RecipientSchema.OBJECT_CLASS).getValue())
                .contains("user");
        assertThat(mailbox.getAttributeByName(RecipientSchema.PROXY_ADDRESSES_WRITABLE))
                .as("not returned by default")
                .isNull();
        ConnectorObject asked = facade.getObject(
                RecipientSchema.RECIPIENT_CLASS,
                mailbox.getUid(),
                new OperationOptionsBuilder()
                        .setAttributesToGet(RecipientSchema.PROXY_ADDRESSES_WRITABLE, RecipientSchema.OBJECT_CLASS)
                        .build());
        assertThat(asked.getAttributeByName(RecipientSchema.OBJECT_CLASS).getValue())
                .contains("user");
        assertThat(asked.getAttributeByName(RecipientSchema.PROXY_ADDRESSES_WRITABLE))
                .as("the embedded server constructs no allowedAttributesEffective: the answer is unknown")
                .isNull();
    }

    @Test
    void untrustedCertificateAuthorityIsRefusedWithAClearMessage(
            @ForestRole("source") TestForest source, @TempDir Path dir) {
        Path otherCa = TestCertificateAuthority.create("Some Other CA").writeCertificatePem(dir.resolve("other.pem"));
        SourceAdConfiguration c = Facades.configuration(source);
        c.setCaCertificateFile(otherCa.toString());
        assertThatThrownBy(() -> Facades.facade(c).test())
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("certificate not trusted");
    }

    @Test
    void testOpPassesAndSchemaHasTheRecipientClass() {
        facade.test();
        assertThat(facade.schema().findObjectClassInfo(RecipientSchema.RECIPIENT))
                .isNotNull();
        assertThat(facade.schema().findObjectClassInfo(RecipientSchema.RECIPIENT).getAttributeInfo().stream()
                        .map(a -> a.getName()))
                .contains("proxyAddresses", "msExchMailboxGuid", "recipientKind", "x500Addresses", "__UID__");
    }
}
