package io.galbridge.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded forest stamps what AD and Exchange stamp, and refuses what AD refuses. */
@WithForests(ForestKind.EMBEDDED)
class AdStampingTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @ParameterizedTest
    @CsvSource({
        // structural class, gets a SID (AD gives SIDs to security principals only)
        "user, true",
        "computer, true",
        "group, true",
        "contact, false",
    })
    void addsGetAGuidUsnsTimesAndASidOnlyForPrincipals(
            String structural, boolean hasSid, @ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = source.connect()) {
            long before = highestCommittedUsn(connection);
            SearchResultEntry entry = addAndRead(connection, source, structural);
            byte[] guid = entry.getAttributeValueBytes("objectGUID");
            assertThat(guid).hasSize(16);
            assertThat(entry.hasAttribute("objectSid")).isEqualTo(hasSid);
            if (hasSid) {
                byte[] sid = entry.getAttributeValueBytes("objectSid");
                assertThat(sid).hasSize(28);
                assertThat(Arrays.copyOf(sid, 12))
                        .as("S-1-5-21-…")
                        .containsExactly(1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0);
            }
            long created = entry.getAttributeValueAsLong("uSNCreated");
            assertThat(created).isGreaterThan(before).isEqualTo(entry.getAttributeValueAsLong("uSNChanged"));
            assertThat(entry.getAttributeValue("whenCreated")).matches("\\d{14}\\.0+Z");
            assertThat(entry.getAttributeValue("objectCategory")).startsWith("CN=");
            assertThat(highestCommittedUsn(connection)).isGreaterThanOrEqualTo(created);
        }
    }

    @Test
    void sidsAreUniqueAndShareTheDomainSid(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = source.connect()) {
            byte[] first = addAndRead(connection, source, "user").getAttributeValueBytes("objectSid");
            byte[] second = addAndRead(connection, source, "group").getAttributeValueBytes("objectSid");
            assertThat(Arrays.copyOf(first, 24)).isEqualTo(Arrays.copyOf(second, 24));
            assertThat(first).isNotEqualTo(second);
        }
    }

    @Test
    void modifiesAndRenamesRaiseUsnChangedMonotonically(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection connection = source.connect()) {
            SearchResultEntry entry = addAndRead(connection, source, "user");
            long created = entry.getAttributeValueAsLong("uSNCreated");
            connection.modify(entry.getDN(), new Modification(ModificationType.REPLACE, "department", "Sales"));
            long afterFirst = read(connection, entry.getDN()).getAttributeValueAsLong("uSNChanged");
            connection.modify(entry.getDN(), new Modification(ModificationType.REPLACE, "department", "Legal"));
            SearchResultEntry modified = read(connection, entry.getDN());
            long afterSecond = modified.getAttributeValueAsLong("uSNChanged");
            assertThat(afterFirst).isGreaterThan(created);
            assertThat(afterSecond).isGreaterThan(afterFirst);
            assertThat(modified.getAttributeValueAsLong("uSNCreated")).isEqualTo(created);
            assertThat(modified.getAttributeValueBytes("objectGUID"))
                    .isEqualTo(entry.getAttributeValueBytes("objectGUID"));

            String newRdn = "CN=Renamed " + NAMES.incrementAndGet();
            connection.modifyDN(entry.getDN(), newRdn, true);
            SearchResultEntry renamed = read(connection, newRdn + ",CN=Users," + source.baseDn());
            assertThat(renamed.getAttributeValueAsLong("uSNChanged")).isGreaterThan(afterSecond);
            assertThat(renamed.getAttributeValueBytes("objectGUID"))
                    .isEqualTo(entry.getAttributeValueBytes("objectGUID"));
            assertThat(highestCommittedUsn(connection))
                    .isGreaterThanOrEqualTo(renamed.getAttributeValueAsLong("uSNChanged"));
        }
    }

    @ParameterizedTest
    @CsvSource({"objectGUID, 4AQlP4lP0xGaDAMF6CwzAQ==", "objectSid, AQEAAAAAAAUKAAAA", "uSNChanged, MTIzNDU="})
    void clientSuppliedSystemAttributesAreRefusedLikeAd(
            String attribute, String base64Value, @ForestRole("target") TestForest target) throws Exception {
        Entry entry = newEntry(target, "user");
        entry.addAttribute(attribute, java.util.Base64.getDecoder().decode(base64Value));
        try (LDAPConnection connection = target.connect()) {
            assertThatThrownBy(() -> connection.add(entry)).isInstanceOfSatisfying(LDAPException.class, e -> {
                assertThat(e.getResultCode()).isEqualTo(ResultCode.UNWILLING_TO_PERFORM);
                assertThat(e.getDiagnosticMessage()).startsWith("00002035: SvcErr:");
            });
            assertThat(connection.getEntry(entry.getDN())).isNull();
        }
    }

    @Test
    void changingAnObjectGuidIsRefused(@ForestRole("target") TestForest target) throws Exception {
        try (LDAPConnection connection = target.connect()) {
            SearchResultEntry entry = addAndRead(connection, target, "contact");
            assertThatThrownBy(() -> connection.modify(
                            entry.getDN(), new Modification(ModificationType.REPLACE, "objectGUID", new byte[16])))
                    .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                            .isEqualTo(ResultCode.UNWILLING_TO_PERFORM));
        }
    }

    @Test
    void updateRecipientStampsAUniqueLegacyDnOnceOnMailEnabledObjects(@ForestRole("source") TestForest source)
            throws Exception {
        try (LDAPConnection connection = source.connect()) {
            Set<String> legacyDns = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                Entry entry = newEntry(source, "contact");
                entry.addAttribute("mailNickname", "same.alias");
                entry.addAttribute("targetAddress", "SMTP:same.alias@partner.example");
                connection.add(entry);
                String legacyDn = read(connection, entry.getDN()).getAttributeValue("legacyExchangeDN");
                assertThat(legacyDn)
                        .matches("/o=SRC/ou=Exchange Administrative Group \\(FYDIBOHF23SPDLT\\)/cn=Recipients"
                                + "/cn=same\\.alias-[0-9a-f]{32}");
                assertThat(legacyDns.add(legacyDn)).isTrue();
                connection.modify(entry.getDN(), new Modification(ModificationType.REPLACE, "department", "x"));
                assertThat(read(connection, entry.getDN()).getAttributeValue("legacyExchangeDN"))
                        .as("stamped once, then kept")
                        .isEqualTo(legacyDn);
            }
        }
    }

    @Test
    void updateRecipientKeepsAGivenLegacyDnAndStampsObjectsMailEnabledLater(@ForestRole("target") TestForest target)
            throws Exception {
        try (LDAPConnection connection = target.connect()) {
            Entry given = newEntry(target, "user");
            given.addAttribute("mailNickname", "given");
            given.addAttribute("legacyExchangeDN", "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=given");
            connection.add(given);
            assertThat(read(connection, given.getDN()).getAttributeValue("legacyExchangeDN"))
                    .isEqualTo("/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=given");

            SearchResultEntry plain = addAndRead(connection, target, "user");
            assertThat(plain.hasAttribute("legacyExchangeDN"))
                    .as("not mail-enabled")
                    .isFalse();
            connection.modify(
                    plain.getDN(), new Modification(ModificationType.ADD, "proxyAddresses", "SMTP:later@tgt.test"));
            assertThat(read(connection, plain.getDN()).getAttributeValue("legacyExchangeDN"))
                    .startsWith("/o=TGT/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=");
        }
    }

    @Test
    void highestCommittedUsnGrowsWithEveryWrite(@ForestRole("target") TestForest target) throws Exception {
        try (LDAPConnection connection = target.connect()) {
            long before = highestCommittedUsn(connection);
            addAndRead(connection, target, "group");
            long after = highestCommittedUsn(connection);
            assertThat(after).isGreaterThan(before);
            assertThat(((EmbeddedForest) target).highestCommittedUsn()).isGreaterThanOrEqualTo(after);
        }
    }

    private static long highestCommittedUsn(LDAPConnection connection) throws LDAPException {
        return connection.getEntry("", "highestCommittedUSN").getAttributeValueAsLong("highestCommittedUSN");
    }

    private static SearchResultEntry addAndRead(LDAPConnection connection, TestForest forest, String structural)
            throws LDAPException {
        Entry entry = newEntry(forest, structural);
        connection.add(entry);
        return read(connection, entry.getDN());
    }

    private static SearchResultEntry read(LDAPConnection connection, String dn) throws LDAPException {
        SearchResultEntry entry = connection.getEntry(dn, "*", "+");
        assertThat(entry).as("entry %s", dn).isNotNull();
        return entry;
    }

    private static Entry newEntry(TestForest forest, String structural) {
        String cn = "Stamp Test " + structural + " " + NAMES.incrementAndGet();
        Entry entry = new Entry(new DN(new RDN("CN", cn), new DN(new RDN("CN", "Users"), forest.baseDn())));
        switch (structural) {
            case "group" -> entry.addAttribute("objectClass", "top", "group");
            case "computer" ->
                entry.addAttribute(
                        new Attribute("objectClass", "top", "person", "organizationalPerson", "user", "computer"));
            default -> entry.addAttribute("objectClass", "top", "person", "organizationalPerson", structural);
        }
        entry.addAttribute("cn", cn);
        return entry;
    }
}
