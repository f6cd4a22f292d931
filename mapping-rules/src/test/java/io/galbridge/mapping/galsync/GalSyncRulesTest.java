package io.galbridge.mapping.galsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.galsync.GalSyncDecision.Action;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import io.galbridge.mapping.rules.RuleSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GalSyncRulesTest {

    static final ForestProfile SRC = ForestProfile.of(
            "src.example",
            List.of("src.example"),
            "DC=src,DC=example",
            "OU=GAL,DC=src,DC=example",
            "OU=MEU,DC=src,DC=example");
    static final ForestProfile EMEA = ForestProfile.of(
            "emea.example",
            List.of("emea.example"),
            "DC=emea,DC=example",
            "OU=GAL,DC=emea,DC=example",
            "OU=MEU,DC=emea,DC=example");
    static final ForestProfile TGT = ForestProfile.of(
                    "tgt.example",
                    List.of("tgt.example"),
                    "DC=tgt,DC=example",
                    "OU=GAL,DC=tgt,DC=example",
                    "OU=MEU,DC=tgt,DC=example")
            .withLegacyExchangeDnPrefix(LegacyExchangeDn.parse("/o=Tgt/ou=External/cn=Recipients"));
    static final ExchangeGuid GUID = ExchangeGuid.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    static final String LEGDN =
            "/o=Src/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0a1b2c3d4e5f40718293a4b5c6d7e8f9-jane";
    static final UUID FIXED = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    static GalSyncRules rules(ForestProfile source) {
        return new GalSyncRules(source, TGT, RuleSet.defaults(), () -> FIXED);
    }

    static DirectoryEntry.Builder mailbox() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=People,DC=src,DC=example")
                .objectGuid(GUID)
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", "Jane Doe")
                .add("displayName", "Jane Doe")
                .add("mail", "jane@src.example")
                .add("mailNickname", "jane")
                .add("department", "Research")
                .add("homeMDB", "CN=DB01,CN=Databases,CN=Exchange,DC=src,DC=example")
                .add("msExchHomeServerName", "/o=Src/ou=AG/cn=Configuration/cn=Servers/cn=EX01")
                .add("legacyExchangeDN", LEGDN)
                .add("msExchRecipientTypeDetails", "1")
                .add("msExchRecipientDisplayType", "1073741824")
                .add("userAccountControl", "512")
                .add(
                        "proxyAddresses",
                        "SMTP:jane@src.example",
                        "smtp:jane.doe@src.example",
                        "smtp:jane@route.tgt.example",
                        "X400:c=US;a= ;p=Src;o=Exchange;s=Doe;g=Jane;");
    }

    static Modification mod(EntryChange c, String attribute) {
        return c.modifications().stream()
                .filter(m -> m.attribute().equalsIgnoreCase(attribute))
                .findFirst()
                .orElse(null);
    }

    @Test
    void createsContactForMailbox() {
        GalSyncDecision d = rules(SRC).decide(SourceRecipient.of(mailbox().build()), TargetState.empty());
        assertThat(d.action()).isEqualTo(Action.CREATE);
        EntryChange c = d.changes().get(0);
        assertThat(c.dn()).isEqualTo("CN=Jane Doe,OU=GAL,DC=tgt,DC=example");
        assertThat(mod(c, "objectClass").stringValues()).containsExactly("contact");
        assertThat(mod(c, "targetAddress").stringValues()).containsExactly("SMTP:jane.doe@src.example");
        assertThat(mod(c, "msExchRecipientDisplayType").stringValues()).containsExactly("-2147483642");
        assertThat(mod(c, "msExchRecipientTypeDetails").stringValues()).containsExactly("64");
        assertThat(mod(c, "mAPIRecipient").stringValues()).containsExactly("TRUE");
        assertThat(mod(c, "msExchOriginatingForest").stringValues()).containsExactly("src.example");
        assertThat(mod(c, "legacyExchangeDN").stringValues())
                .containsExactly("/o=Tgt/ou=External/cn=Recipients/cn=jane-000000000000000000000000000000aa");
        assertThat(mod(c, "adminDescription").stringValues())
                .containsExactly("galbridge:src.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(mod(c, "proxyAddresses").stringValues()).contains("SMTP:jane@src.example", "X500:" + LEGDN);
        assertThat(mod(c, "department").stringValues()).containsExactly("Research");
        assertThat(mod(c, "msExchMasterAccountSid")).isNull();
        assertThat(d.authoredProxyAddresses()).contains("X500:" + LEGDN);
    }

    @ParameterizedTest
    @CsvSource({
        // rdt, uac, groupClass, groupType, expected RDT
        "1073741824, 512, , , -2147483642",
        "7, 514, , , -2147481850",
        "8, 514, , , -2147481594",
        "6, 514, , , -2147482106",
        ", 512, , , -2147483642",
        ", 512, group, 8, -2147483386",
        ", 512, group, -2147483640, -2147481338",
        ", 512, msExchDynamicDistributionList, , -2147482874",
    })
    void displayTypes(String rdt, String uac, String groupClass, String groupType, int expected) {
        DirectoryEntry.Builder b = DirectoryEntry.builder("CN=x,DC=src,DC=example")
                .add("objectClass", groupClass == null ? "user" : groupClass)
                .add("userAccountControl", uac);
        if (rdt != null) {
            b.add("msExchRecipientDisplayType", rdt);
        }
        if (groupType != null) {
            b.add("groupType", groupType);
        }
        DirectoryEntry e = b.build();
        assertThat(ReplicaDisplayType.of(e, GalSourceKind.of(e), false).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "hidden, msExchHideFromAddressLists, TRUE, HIDDEN",
        "arbitration, msExchRecipientTypeDetails, 8388608, SYSTEM_MAILBOX",
        "discovery, msExchRecipientTypeDetails, 536870912, SYSTEM_MAILBOX",
        "mailboxplan, msExchRecipientTypeDetails, 16777216, SYSTEM_MAILBOX",
    })
    void outOfScopeReasons(String name, String attribute, String value, ScopeReason reason) {
        DirectoryEntry e = mailbox().add(attribute, value).build();
        GalSyncDecision d =
                rules(SRC).decide(SourceRecipient.of(rebuildWithout(e, attribute, value)), TargetState.empty());
        assertThat(d.action()).as(name).isEqualTo(Action.OUT_OF_SCOPE);
        assertThat(d.scopeReason()).isEqualTo(reason);
    }

    static DirectoryEntry rebuildWithout(DirectoryEntry e, String attribute, String keep) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(e.dn()).objectGuid(GUID);
        for (String a : e.attributeNames()) {
            List<String> v = e.strings(a);
            b.addAll(a, a.equalsIgnoreCase(attribute) ? List.of(keep) : v);
        }
        return b.build();
    }

    @Test
    void noLegDnNoProxiesSyncOuAndOthersAreOutOfScope() {
        DirectoryEntry inGal = DirectoryEntry.builder("CN=x,OU=GAL,DC=src,DC=example")
                .objectGuid(GUID)
                .add("objectClass", "contact")
                .build();
        assertThat(SourceScope.outOfScope(inGal, GalSourceKind.CONTACT, SRC, false))
                .contains(ScopeReason.INSIDE_SYNC_OU);
        DirectoryEntry contact = DirectoryEntry.builder("CN=x,OU=People,DC=src,DC=example")
                .add("objectClass", "contact")
                .build();
        assertThat(SourceScope.outOfScope(contact, GalSourceKind.CONTACT, SRC, false))
                .contains(ScopeReason.CONTACT_NOT_AUTHORITATIVE);
        DirectoryEntry computer = DirectoryEntry.builder("CN=pc,DC=src,DC=example")
                .add("objectClass", "user", "computer")
                .build();
        assertThat(SourceScope.outOfScope(computer, GalSourceKind.of(computer), SRC, false))
                .contains(ScopeReason.NOT_A_RECIPIENT);
        DirectoryEntry meuShadow = DirectoryEntry.builder("CN=x,OU=MEU,DC=src,DC=example")
                .add("objectClass", "user")
                .build();
        assertThat(SourceScope.outOfScope(meuShadow, GalSourceKind.MAIL_USER, SRC, false))
                .contains(ScopeReason.INSIDE_MAIL_USER_OU);
        DirectoryEntry group = DirectoryEntry.builder("CN=g,DC=src,DC=example")
                .add("objectClass", "group")
                .add("legacyExchangeDN", LEGDN)
                .add("proxyAddresses", "smtp:g@src.example")
                .build();
        assertThat(SourceScope.outOfScope(group, GalSourceKind.DISTRIBUTION_GROUP, SRC, false))
                .contains(ScopeReason.NO_PRIMARY_SMTP);
        ForestProfile scoped =
                SRC.withScope(List.of("OU=People,DC=src,DC=example"), List.of("OU=Svc,OU=People,DC=src,DC=example"));
        DirectoryEntry svc = DirectoryEntry.builder("CN=s,OU=Svc,OU=People,DC=src,DC=example")
                .add("objectClass", "user")
                .build();
        assertThat(SourceScope.outOfScope(svc, GalSourceKind.MAIL_USER, scoped, false))
                .contains(ScopeReason.IN_EXCLUDED_OU);
        assertThat(SourceScope.outOfScope(computer, GalSourceKind.MAIL_USER, scoped, false))
                .contains(ScopeReason.NOT_IN_INCLUDED_OU);
        DirectoryEntry mu = DirectoryEntry.builder("CN=m,DC=src,DC=example")
                .add("objectClass", "user")
                .add("legacyExchangeDN", LEGDN)
                .add("proxyAddresses", "SMTP:m@src.example")
                .build();
        assertThat(SourceScope.outOfScope(mu, GalSourceKind.MAIL_USER, SRC, false))
                .contains(ScopeReason.NO_HOME_SERVER_OR_TARGET_ADDRESS);
    }

    @Test
    void updateKeepsForeignProxiesAndRemovesOnlyAuthored() {
        String replicaDn = "CN=Jane Doe,OU=GAL,DC=tgt,DC=example";
        DirectoryEntry replica = DirectoryEntry.builder(replicaDn)
                .add("objectClass", "contact")
                .add("adminDescription", "galbridge:src.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .add("legacyExchangeDN", "/o=Tgt/ou=External/cn=Recipients/cn=jane-1")
                .add(
                        "proxyAddresses",
                        "SMTP:jane@src.example",
                        "smtp:old@src.example",
                        "X500:" + LEGDN,
                        "x500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc-jane")
                .build();
        TargetState state = new TargetState(
                List.of(replica),
                Set.of("Jane Doe"),
                List.of("SMTP:jane@src.example", "smtp:old@src.example", "X500:" + LEGDN));
        GalSyncDecision d = rules(SRC).decide(SourceRecipient.of(mailbox().build()), state);
        assertThat(d.action()).isEqualTo(Action.UPDATE);
        EntryChange c = d.changes().get(0);
        List<Modification> proxy = c.modifications().stream()
                .filter(m -> m.attribute().equals("proxyAddresses"))
                .toList();
        assertThat(proxy.get(0)).isEqualTo(Modification.delete("proxyAddresses", "smtp:old@src.example"));
        assertThat(proxy.get(1).operation()).isEqualTo(Modification.Operation.ADD);
        assertThat(proxy.get(1).stringValues())
                .contains("smtp:jane.doe@src.example")
                .doesNotContain("X500:" + LEGDN);
        assertThat(d.changes()).hasSize(1);
    }

    @Test
    void adoptsGalSyncContactAndRenamesAwayFromStrayName() {
        DirectoryEntry galsync = DirectoryEntry.builder("CN=Jane Doe (SRC),OU=GAL,DC=tgt,DC=example")
                .add("objectClass", "contact")
                .add("proxyAddresses", "SMTP:jane@src.example", "X500:" + LEGDN)
                .build();
        GalSyncDecision d = rules(SRC)
                .decide(
                        SourceRecipient.of(mailbox().build()),
                        new TargetState(List.of(galsync), Set.of("Jane Doe (SRC)"), List.of()));
        assertThat(d.action()).isEqualTo(Action.ADOPT);
        assertThat(mod(d.changes().get(0), "adminDescription")).isNotNull();
        assertThat(d.changes().get(1))
                .isEqualTo(EntryChange.rename(galsync.dn(), "CN=Jane Doe,OU=GAL,DC=tgt,DC=example"));
        assertThat(d.replicaDn()).isEqualTo("CN=Jane Doe,OU=GAL,DC=tgt,DC=example");
    }

    @Test
    void conflictsRepresentedPrestageDeleteAndErrors() {
        DirectoryEntry outside = DirectoryEntry.builder("CN=Jane,OU=Contacts,DC=tgt,DC=example")
                .add("objectClass", "contact")
                .build();
        assertThat(rules(SRC)
                        .decide(
                                SourceRecipient.of(mailbox().build()),
                                new TargetState(List.of(outside), Set.of(), List.of()))
                        .action())
                .isEqualTo(Action.CONFLICT);
        DirectoryEntry meu = DirectoryEntry.builder("CN=Jane,OU=MEU,DC=tgt,DC=example")
                .add("objectClass", "user")
                .build();
        assertThat(rules(SRC)
                        .decide(
                                SourceRecipient.of(mailbox().build()),
                                new TargetState(List.of(meu), Set.of(), List.of()))
                        .action())
                .isEqualTo(Action.REPRESENTED_BY_USER);
        assertThat(rules(SRC)
                        .decide(new SourceRecipient(mailbox().build(), true, List.of()), TargetState.empty())
                        .action())
                .isEqualTo(Action.LEAVE_TO_PRESTAGE);
        DirectoryEntry owned = DirectoryEntry.builder("CN=Jane Doe,OU=GAL,DC=tgt,DC=example")
                .add("objectClass", "contact")
                .add("adminDescription", "galbridge:src.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .build();
        GalSyncDecision hidden = rules(SRC)
                .decide(
                        SourceRecipient.of(mailbox()
                                .add("msExchHideFromAddressLists", "TRUE")
                                .build()),
                        new TargetState(List.of(owned), Set.of(), List.of()));
        assertThat(hidden.action()).isEqualTo(Action.DELETE);
        assertThat(hidden.changes()).containsExactly(EntryChange.delete(owned.dn()));
        GalSyncDecision deleted = rules(SRC).decideSourceDeleted(GUID, List.of(owned, meu, outside));
        assertThat(deleted.changes()).containsExactly(EntryChange.delete(owned.dn()));
        assertThat(deleted.notes()).hasSize(2).anyMatch(n -> n.contains("pre-staged mail user"));
        DirectoryEntry noGuid = DirectoryEntry.builder("CN=x,DC=src,DC=example")
                .add("objectClass", "user")
                .build();
        assertThat(rules(SRC)
                        .decide(SourceRecipient.of(noGuid), TargetState.empty())
                        .action())
                .isEqualTo(Action.ERROR);
        DirectoryEntry noDomain = rebuildWithout(mailbox().build(), "proxyAddresses", "SMTP:jane@other.example");
        assertThat(rules(SRC)
                        .decide(SourceRecipient.of(noDomain), TargetState.empty())
                        .notes()
                        .get(0))
                .contains("no SMTP proxy address in the mail domains");
    }

    @Test
    void twoSourceForestsIntoOneTargetMergeOtherReplicaX500s() {
        DirectoryEntry emea = DirectoryEntry.builder("CN=Jan Novák,OU=People,DC=emea,DC=example")
                .objectGuid(ExchangeGuid.parse("11111111-2222-3333-4444-555555555555"))
                .add("objectClass", "user")
                .add("cn", "Jan Novák")
                .add("mailNickname", "jnovak")
                .add("targetAddress", "SMTP:jnovak@emea.mail.onmicrosoft.com")
                .add("msExchRecipientTypeDetails", "2147483648")
                .add("msExchRemoteRecipientType", "4")
                .add("legacyExchangeDN", "/o=Emea/ou=First Administrative Group/cn=Recipients/cn=jnovak")
                .add("proxyAddresses", "SMTP:jan.novak@emea.example")
                .build();
        LegacyExchangeDn other = LegacyExchangeDn.parse("/o=Src/ou=External/cn=Recipients/cn=jnovak-1");
        GalSyncDecision d = rules(EMEA)
                .decide(
                        new SourceRecipient(emea, false, List.of(other)),
                        new TargetState(List.of(), Set.of("Jan Novák (jnovak)"), List.of()));
        EntryChange c = d.changes().get(0);
        assertThat(c.dn())
                .isEqualTo(
                        "CN=Jan Novák (jnovak) (Research)".replace(" (Research)", "(1)") + ",OU=GAL,DC=tgt,DC=example");
        assertThat(mod(c, "targetAddress").stringValues()).containsExactly("SMTP:jnovak@emea.mail.onmicrosoft.com");
        assertThat(mod(c, "msExchOriginatingForest").stringValues()).containsExactly("emea.example");
        assertThat(mod(c, "proxyAddresses").stringValues()).contains("X500:" + other.value());
        GalSyncDecision s = rules(SRC).decide(SourceRecipient.of(mailbox().build()), TargetState.empty());
        assertThat(mod(s.changes().get(0), "adminDescription").stringValues().get(0))
                .startsWith("galbridge:src.example:");
    }

    @Test
    void x500BackFlowAddsOnlyMissingValues() {
        DirectoryEntry src = mailbox()
                .add("proxyAddresses", "x500:/o=Tgt/ou=External/cn=Recipients/cn=JANE-1")
                .build();
        assertThat(X500BackFlow.plan(
                        src,
                        List.of(
                                LegacyExchangeDn.parse("/o=Tgt/ou=External/cn=Recipients/cn=jane-1"),
                                LegacyExchangeDn.parse(LEGDN),
                                LegacyExchangeDn.parse("/o=Emea/ou=External/cn=Recipients/cn=jane-2"))))
                .contains(EntryChange.modify(
                        src.dn(),
                        List.of(Modification.add(
                                "proxyAddresses", "X500:/o=Emea/ou=External/cn=Recipients/cn=jane-2"))));
        assertThat(X500BackFlow.plan(src, List.of(LegacyExchangeDn.parse(LEGDN))))
                .isEmpty();
    }
}
