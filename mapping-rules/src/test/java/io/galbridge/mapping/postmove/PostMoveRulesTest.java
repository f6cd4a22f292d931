package io.galbridge.mapping.postmove;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.config.PostMoveSettings;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.RecipientDisplayType;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostMoveRulesTest {

    static final ForestProfile TGT = ForestProfile.of(
                    "tgt.example",
                    List.of("tgt.example"),
                    "DC=tgt,DC=example",
                    "OU=GAL,DC=tgt,DC=example",
                    "OU=MEU,DC=tgt,DC=example")
            .withTargetDeliveryDomain("route.tgt.example");
    static final byte[] MBX =
            ExchangeGuid.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301").toBytes();

    static DirectoryEntry.Builder source() {
        return DirectoryEntry.builder("CN=Jane,OU=People,DC=src,DC=example")
                .add("objectClass", "user")
                .add("mailNickname", "jane")
                .addBytes("msExchMailboxGuid", MBX)
                .add("homeMDB", "CN=DB01,DC=src,DC=example")
                .add("msExchHomeServerName", "/o=Src/cn=EX01")
                .add("msExchRecipientTypeDetails", "1")
                .add("proxyAddresses", "SMTP:jane@src.example", "smtp:jane@route.tgt.example");
    }

    static DirectoryEntry.Builder target() {
        return DirectoryEntry.builder("CN=Jane,OU=MEU,DC=tgt,DC=example")
                .add("objectClass", "user")
                .addBytes("msExchMailboxGuid", MBX)
                .add(
                        "legacyExchangeDN",
                        "/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc-jane")
                .add("proxyAddresses", "SMTP:jane@src.example", "smtp:jane@route.tgt.example");
    }

    @Test
    void detectsStates() {
        assertThat(MoveState.of(
                        source().build(),
                        target().add("targetAddress", "SMTP:jane@route.src.example")
                                .build()))
                .isEqualTo(MoveState.NOT_MOVED);
        assertThat(MoveState.of(
                        source().build(), target().add("homeMDB", "CN=DB9").build()))
                .isEqualTo(MoveState.COMPLETED);
        DirectoryEntry other = DirectoryEntry.builder("CN=x")
                .addBytes("msExchMailboxGuid", new byte[16])
                .build();
        assertThat(MoveState.of(source().build(), other)).isEqualTo(MoveState.NOT_CORRELATED);
        PostMovePlan p = new PostMoveRules(TGT, PostMoveSettings.DEFAULTS, OwnershipMarker.DEFAULT)
                .plan(source().build(), other, List.of());
        assertThat(p.authority()).isEqualTo(Authority.SOURCE);
        assertThat(p.sourceChanges()).isEmpty();
    }

    @Test
    void withoutOptInAStillMailboxSourceIsOnlyReported() {
        PostMovePlan p = new PostMoveRules(TGT, PostMoveSettings.DEFAULTS, OwnershipMarker.DEFAULT)
                .plan(source().build(), target().add("homeMDB", "CN=DB9").build(), List.of());
        assertThat(p.state()).isEqualTo(MoveState.COMPLETED);
        assertThat(p.authority()).isEqualTo(Authority.TARGET);
        assertThat(p.routingAddressValue().orElseThrow().value()).isEqualTo("SMTP:jane@route.tgt.example");
        assertThat(p.sourceChanges()).isEmpty();
        assertThat(p.notes().get(0)).contains("Disable-Mailbox");
    }

    @Test
    void optInFlipsSourceAndRetargetsOwnedReplicas() {
        PostMoveSettings optIn = new PostMoveSettings(true, RecipientDisplayType.SYNCED_MAILBOX_USER, false, true);
        DirectoryEntry owned = DirectoryEntry.builder("CN=Jane,OU=GAL,DC=emea,DC=example")
                .add("adminDescription", "galbridge:src.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .add("targetAddress", "SMTP:jane@src.example")
                .build();
        DirectoryEntry foreign =
                DirectoryEntry.builder("CN=Jane,OU=Other,DC=emea,DC=example").build();
        PostMovePlan p = new PostMoveRules(TGT, optIn, OwnershipMarker.DEFAULT)
                .plan(source().build(), target().add("homeMDB", "CN=DB9").build(), List.of(owned, foreign));
        EntryChange flip = p.sourceChanges().get(0);
        assertThat(flip.modifications())
                .containsExactly(
                        Modification.replace("homeMDB"),
                        Modification.replace("msExchHomeServerName"),
                        Modification.replace("targetAddress", "SMTP:jane@route.tgt.example"),
                        Modification.replace("msExchRecipientTypeDetails", "128"),
                        Modification.replace("msExchRecipientDisplayType", "-2147483642"),
                        Modification.add(
                                "proxyAddresses",
                                "X500:/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc-jane"));
        assertThat(p.replicaChanges())
                .containsExactly(EntryChange.modify(
                        owned.dn(), List.of(Modification.replace("targetAddress", "SMTP:jane@route.tgt.example"))));
        assertThat(p.notes()).anyMatch(n -> n.contains("not owned"));
    }

    @Test
    void onlyReplicasMarkedForThisPersonAreRetargetedAndARerunPlansNothing() {
        ExchangeGuid person = ExchangeGuid.parse("0b3f8e52-7c1d-4a8e-9f10-2d6c5e4a3b21");
        DirectoryEntry src = source().objectGuid(person)
                .add("targetAddress", "SMTP:jane@route.tgt.example")
                .build();
        DirectoryEntry mine = DirectoryEntry.builder("CN=Jane,OU=GAL,DC=emea,DC=example")
                .add("adminDescription", "galbridge:src.example:" + person)
                .add("targetAddress", "SMTP:jane@src.example")
                .build();
        DirectoryEntry done = DirectoryEntry.builder("CN=Jane,OU=GAL,DC=apac,DC=example")
                .add("adminDescription", "galbridge:src.example:" + person)
                .add("targetAddress", "smtp:JANE@route.tgt.example")
                .build();
        DirectoryEntry ofAnother = DirectoryEntry.builder("CN=Jane (emea),OU=GAL,DC=tgt,DC=example")
                .add("adminDescription", "galbridge:emea.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .add("targetAddress", "SMTP:jane@src.example")
                .build();
        PostMovePlan p = new PostMoveRules(TGT, PostMoveSettings.DEFAULTS, OwnershipMarker.DEFAULT)
                .plan(src, target().add("homeMDB", "CN=DB9").build(), List.of(mine, done, ofAnother, src));
        assertThat(p.replicaChanges())
                .containsExactly(EntryChange.modify(
                        mine.dn(), List.of(Modification.replace("targetAddress", "SMTP:jane@route.tgt.example"))));
        assertThat(p.notes()).anyMatch(n -> n.contains(ofAnother.dn()) && n.contains("emea.example"));
        DirectoryEntry mineAfter = DirectoryEntry.builder(mine.dn())
                .add("adminDescription", "galbridge:src.example:" + person)
                .add("targetAddress", "SMTP:jane@route.tgt.example")
                .build();
        assertThat(new PostMoveRules(TGT, PostMoveSettings.DEFAULTS, OwnershipMarker.DEFAULT)
                        .plan(src, target().add("homeMDB", "CN=DB9").build(), List.of(mineAfter, done))
                        .replicaChanges())
                .isEmpty();
    }

    @Test
    void missingDeliveryDomainOrProxyIsReportedOrAdded() {
        DirectoryEntry src = DirectoryEntry.builder("CN=Jane,DC=src,DC=example")
                .add("mailNickname", "jane")
                .addBytes("msExchMailboxGuid", MBX)
                .add("proxyAddresses", "SMTP:jane@src.example")
                .build();
        DirectoryEntry tgt = DirectoryEntry.builder("CN=Jane,DC=tgt,DC=example")
                .addBytes("msExchMailboxGuid", MBX)
                .add("homeMDB", "CN=DB9")
                .add("proxyAddresses", "SMTP:jane@src.example")
                .build();
        PostMovePlan none = new PostMoveRules(
                        TGT.withTargetDeliveryDomain(null), PostMoveSettings.DEFAULTS, OwnershipMarker.DEFAULT)
                .plan(src, tgt, List.of());
        assertThat(none.notes().get(0)).contains("no target delivery domain");
        PostMovePlan missing =
                new PostMoveRules(TGT, PostMoveSettings.DEFAULTS, OwnershipMarker.DEFAULT).plan(src, tgt, List.of());
        assertThat(missing.notes().get(0)).contains("route.tgt.example");
        PostMovePlan added = new PostMoveRules(
                        TGT,
                        new PostMoveSettings(false, RecipientDisplayType.REMOTE_MAIL_USER, true, true),
                        OwnershipMarker.DEFAULT)
                .plan(src, tgt, List.of());
        assertThat(added.sourceChanges().get(0).modifications())
                .contains(
                        Modification.replace("targetAddress", "SMTP:jane@route.tgt.example"),
                        Modification.replace("msExchRecipientDisplayType", "6"),
                        Modification.add("proxyAddresses", "smtp:jane@route.tgt.example"));
    }
}
