package io.galbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientFlagsTest {

    @ParameterizedTest
    @CsvSource({
        "1, UserMailbox",
        "2, LinkedMailbox",
        "128, MailUser",
        "268435456, RoomList",
        "536870912, DiscoveryMailbox",
        "2147483648, RemoteUserMailbox",
        "34359738368, RemoteSharedMailbox",
        "137438953472, TeamMailbox",
        "4398046511104, AuditLogMailbox",
    })
    void namesKnownRecipientTypeDetails(String stored, String name) {
        RecipientTypeDetails rtd = RecipientTypeDetails.parse(stored);
        assertThat(rtd.name()).isEqualTo(name);
        assertThat(rtd.toLdapString()).isEqualTo(stored);
        assertThat(rtd.toString()).isEqualTo(name + " (" + stored + ")");
    }

    @Test
    void preservesUnknownRecipientTypeDetails() {
        RecipientTypeDetails odd = RecipientTypeDetails.parse(" 9007199254740992 ");
        assertThat(odd.value()).isEqualTo(9007199254740992L);
        assertThat(odd.knownName()).isEmpty();
        assertThat(odd.name()).isEqualTo("Unknown(9007199254740992)");
        assertThatThrownBy(() -> RecipientTypeDetails.parse("0x80"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0x80'");
    }

    @Test
    void recipientTypeDetailsPredicates() {
        assertThat(RecipientTypeDetails.REMOTE_USER_MAILBOX.isRemoteMailbox()).isTrue();
        assertThat(RecipientTypeDetails.REMOTE_ROOM_MAILBOX.isRemoteMailbox()).isTrue();
        assertThat(RecipientTypeDetails.REMOTE_EQUIPMENT_MAILBOX.isRemoteMailbox())
                .isTrue();
        assertThat(RecipientTypeDetails.REMOTE_SHARED_MAILBOX.isRemoteMailbox()).isTrue();
        assertThat(RecipientTypeDetails.REMOTE_TEAM_MAILBOX.isRemoteMailbox()).isTrue();
        assertThat(RecipientTypeDetails.MAIL_USER.isRemoteMailbox()).isFalse();
        assertThat(new RecipientTypeDetails(129).has(RecipientTypeDetails.MAIL_USER))
                .isTrue();
        assertThat(RecipientTypeDetails.USER_MAILBOX.has(RecipientTypeDetails.MAIL_USER))
                .isFalse();
        assertThat(RecipientTypeDetails.USER_MAILBOX.has(new RecipientTypeDetails(0)))
                .isFalse();
    }

    /** signed decimal, hex, name, synced, aclable, low byte, original kind. */
    @ParameterizedTest
    @CsvSource({
        "0, 0x0, MailboxUser, false, false, 0, 0",
        "6, 0x6, RemoteMailUser, false, false, 6, 0",
        "1073741824, 0x40000000, ACLableMailboxUser, false, true, 0, 0",
        "1073741833, 0x40000009, ACLableMailUniversalSecurityGroup, false, true, 9, 0",
        "-2147483642, 0x80000006, SyncedMailboxUser, true, false, 6, 0",
        "-1073741818, 0xC0000006, ACLableSyncedMailboxUser, true, true, 6, 0",
        "-2147482106, 0x80000606, SyncedRemoteMailUser, true, false, 6, 6",
        "-1073740282, 0xC0000606, ACLableSyncedRemoteMailUser, true, true, 6, 6",
        "-2147481850, 0x80000706, SyncedConferenceRoomMailbox, true, false, 6, 7",
        "-2147481594, 0x80000806, SyncedEquipmentMailbox, true, false, 6, 8",
        "-2147479546, 0x80001006, SyncedTeamMailbox, true, false, 6, 16",
        "-2147483386, 0x80000106, SyncedUDGasContact, true, false, 6, 1",
        "-2147481338, 0x80000906, SyncedUSGasContact, true, false, 6, 9",
        "-1073739514, 0xC0000906, ACLableSyncedUSGasContact, true, true, 6, 9",
        "-2147482874, 0x80000306, SyncedDynamicDistributionGroup, true, false, 6, 3",
        "-2147483391, 0x80000101, SyncedUDGasUDG, true, false, 1, 1",
        "-1073739511, 0xC0000909, SyncedUSGasUSG, true, true, 9, 9",
    })
    void decodesRecipientDisplayTypes(
            String signed, String hex, String name, boolean synced, boolean aclable, int low, int original) {
        RecipientDisplayType rdt = RecipientDisplayType.parse(signed);
        assertThat(rdt.value()).isEqualTo((int) Long.parseLong(hex.substring(2), 16));
        assertThat(rdt.name()).isEqualTo(name);
        assertThat(rdt.isSynced()).isEqualTo(synced);
        assertThat(rdt.isAclable()).isEqualTo(aclable);
        assertThat(rdt.lowByte()).isEqualTo(low);
        assertThat(rdt.originalKind()).isEqualTo(original);
        assertThat(rdt.toLdapString()).isEqualTo(signed);
        assertThat(rdt.toString()).startsWith(name + " (" + signed);
    }

    /** GALSync's computation: 0x80000000 | (low << 8) | 6, plus 0x40000000 with delegation. */
    @ParameterizedTest
    @CsvSource({
        "0, false, -2147483642",
        "6, false, -2147482106",
        "7, false, -2147481850",
        "8, false, -2147481594",
        "16, false, -2147479546",
        "1, false, -2147483386",
        "9, false, -2147481338",
        "3, false, -2147482874",
        "0, true, -1073741818",
        "6, true, -1073740282",
        "9, true, -1073739514",
    })
    void computesSyncedValuesLikeGalSync(int lowByte, boolean aclable, int expected) {
        assertThat(RecipientDisplayType.syncedFrom(lowByte, aclable).value()).isEqualTo(expected);
        if (!aclable) {
            assertThat(RecipientDisplayType.syncedFrom(lowByte).value()).isEqualTo(expected);
        }
    }

    @Test
    void recipientDisplayTypeEdgeCases() {
        assertThat(RecipientDisplayType.parse("2147483654")).isEqualTo(RecipientDisplayType.SYNCED_MAILBOX_USER);
        assertThat(RecipientDisplayType.parse("12345").name()).isEqualTo("Unknown(12345)");
        assertThatThrownBy(() -> RecipientDisplayType.parse("4294967296"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'4294967296'");
        assertThatThrownBy(() -> RecipientDisplayType.parse("-2147483649"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecipientDisplayType.parse("six"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'six'");
        assertThatThrownBy(() -> RecipientDisplayType.syncedFrom(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256");
        assertThatThrownBy(() -> RecipientDisplayType.syncedFrom(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3 | ProvisionMailbox,ProvisionArchive",
                "4 | Migrated",
                "6 | ProvisionArchive,Migrated",
                "20 | Migrated,DeprovisionArchive",
                "33 | ProvisionMailbox,RoomMailbox",
                "36 | Migrated,RoomMailbox",
                "65 | ProvisionMailbox,EquipmentMailbox",
                "68 | Migrated,EquipmentMailbox",
                "100 | Migrated,SharedMailbox",
            })
    void decodesRemoteRecipientTypes(String stored, String names) {
        RemoteRecipientType rrt = RemoteRecipientType.parse(stored);
        assertThat(rrt.flagNames()).containsExactly(names.split(","));
        assertThat(rrt.toLdapString()).isEqualTo(stored);
    }

    @Test
    void remoteRecipientTypePredicates() {
        RemoteRecipientType shared = new RemoteRecipientType(100);
        assertThat(shared.isShared()).isTrue();
        assertThat(shared.isRoom()).isFalse();
        assertThat(shared.isEquipment()).isFalse();
        assertThat(shared.has(RemoteRecipientType.MIGRATED)).isTrue();
        assertThat(shared.has(0)).isFalse();
        assertThatThrownBy(() -> RemoteRecipientType.parse("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    @ParameterizedTest
    @CsvSource({
        "514, true, true",
        "512, false, true",
        "546, true, true",
        "66048, false, true",
        "2, true, false",
    })
    void decodesUserAccountControl(String stored, boolean disabled, boolean normal) {
        UserAccountControl uac = UserAccountControl.parse(stored);
        assertThat(uac.isDisabled()).isEqualTo(disabled);
        assertThat(uac.isNormalAccount()).isEqualTo(normal);
        assertThat(uac.toLdapString()).isEqualTo(stored);
    }

    @Test
    void userAccountControlWithAndWithout() {
        assertThat(UserAccountControl.ENABLED_USER.with(UserAccountControl.ACCOUNTDISABLE))
                .isEqualTo(UserAccountControl.DISABLED_USER);
        assertThat(UserAccountControl.DISABLED_USER.value()).isEqualTo(514);
        assertThat(new UserAccountControl(546)
                        .without(UserAccountControl.ACCOUNTDISABLE)
                        .value())
                .isEqualTo(544);
        assertThat(new UserAccountControl(546).has(UserAccountControl.PASSWD_NOTREQD))
                .isTrue();
        assertThat(UserAccountControl.ENABLED_USER.has(0)).isFalse();
        assertThatThrownBy(() -> UserAccountControl.parse("0x202"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0x202'");
    }
}
