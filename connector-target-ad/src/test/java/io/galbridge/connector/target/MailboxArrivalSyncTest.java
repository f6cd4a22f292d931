package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.SyncDelta;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.Test;

/** SyncOp: a pre-staged mail user that became a mailbox is reported, keyed by msExchMailboxGuid. */
@WithForests(ForestKind.EMBEDDED)
class MailboxArrivalSyncTest {

    @Test
    void reportsAMailUserThatBecameAMailboxOnce(@ForestRole("target") TestForest target) throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        String token = UUID.randomUUID().toString().substring(0, 6);
        UUID mailbox = UUID.randomUUID();
        Uid moved = facade.create(
                TargetAttributes.MAIL_USER,
                TargetForestFixture.sourceMailbox("moved" + token, UUID.randomUUID(), mailbox),
                null);
        Uid waiting = facade.create(
                TargetAttributes.MAIL_USER,
                TargetForestFixture.sourceMailbox("waiting" + token, UUID.randomUUID(), UUID.randomUUID()),
                null);
        String unownedDn = "CN=foreign mailbox " + token + "," + fx.mailUserOu;
        SyncToken before = facade.getLatestSyncToken(TargetAttributes.MAIL_USER);

        String database = "CN=Mailbox Database " + token + ",CN=Databases,CN=Configuration," + target.baseDn();
        String movedDn = facade.getObject(TargetAttributes.MAIL_USER, moved, null)
                .getName()
                .getNameValue();
        try (LDAPConnection c = target.connect()) {
            // what the move request's completion does to the MEU: a home database, no targetAddress
            c.modify(
                    movedDn,
                    new Modification(ModificationType.ADD, "homeMDB", database),
                    new Modification(ModificationType.DELETE, "targetAddress"));
        }
        target.seedLdif("dn: " + unownedDn
                + "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
                + "cn: foreign mailbox " + token + "\nsAMAccountName: fm" + token + "\nhomeMDB: " + database
                + "\nmsExchMailboxGuid:: "
                + java.util.Base64.getEncoder().encodeToString(TargetForestFixture.guidBytes(UUID.randomUUID()))
                + "\n");

        List<SyncDelta> deltas = new ArrayList<>();
        facade.sync(TargetAttributes.MAIL_USER, before, deltas::add, null);

        assertThat(deltas).hasSize(1);
        SyncDelta delta = deltas.get(0);
        assertThat(delta.getDeltaType()).isEqualTo(SyncDeltaType.UPDATE);
        assertThat(delta.getUid()).isEqualTo(moved);
        assertThat(delta.getObject().getAttributeByName("msExchMailboxGuid").getValue())
                .containsExactly((Object) TargetForestFixture.guidBytes(mailbox));
        assertThat(delta.getUid()).isNotEqualTo(waiting);

        List<SyncDelta> again = new ArrayList<>();
        facade.sync(TargetAttributes.MAIL_USER, delta.getToken(), again::add, null);
        assertThat(again).as("nothing new after the reported change").isEmpty();
    }
}
