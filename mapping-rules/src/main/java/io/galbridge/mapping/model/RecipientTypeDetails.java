package io.galbridge.mapping.model;

import java.util.Map;
import java.util.Optional;

/**
 * msExchRecipientTypeDetails (RTD), a 64-bit flag value of which Exchange sets one bit per object
 * (spec 1.1). Any value is accepted and preserved; {@link #name()} names the known ones.
 *
 * @param value the stored Large Integer value
 */
public record RecipientTypeDetails(long value) {

    public static final RecipientTypeDetails USER_MAILBOX = new RecipientTypeDetails(1L);
    public static final RecipientTypeDetails LINKED_MAILBOX = new RecipientTypeDetails(2L);
    public static final RecipientTypeDetails SHARED_MAILBOX = new RecipientTypeDetails(4L);
    public static final RecipientTypeDetails LEGACY_MAILBOX = new RecipientTypeDetails(8L);
    public static final RecipientTypeDetails ROOM_MAILBOX = new RecipientTypeDetails(16L);
    public static final RecipientTypeDetails EQUIPMENT_MAILBOX = new RecipientTypeDetails(32L);
    public static final RecipientTypeDetails MAIL_CONTACT = new RecipientTypeDetails(64L);
    public static final RecipientTypeDetails MAIL_USER = new RecipientTypeDetails(128L);
    public static final RecipientTypeDetails MAIL_UNIVERSAL_DISTRIBUTION_GROUP = new RecipientTypeDetails(256L);
    public static final RecipientTypeDetails MAIL_NON_UNIVERSAL_GROUP = new RecipientTypeDetails(512L);
    public static final RecipientTypeDetails MAIL_UNIVERSAL_SECURITY_GROUP = new RecipientTypeDetails(1024L);
    public static final RecipientTypeDetails DYNAMIC_DISTRIBUTION_GROUP = new RecipientTypeDetails(2048L);
    public static final RecipientTypeDetails PUBLIC_FOLDER = new RecipientTypeDetails(4096L);
    public static final RecipientTypeDetails SYSTEM_ATTENDANT_MAILBOX = new RecipientTypeDetails(8192L);
    public static final RecipientTypeDetails SYSTEM_MAILBOX = new RecipientTypeDetails(16384L);
    public static final RecipientTypeDetails MAIL_FOREST_CONTACT = new RecipientTypeDetails(32768L);
    public static final RecipientTypeDetails USER = new RecipientTypeDetails(65536L);
    public static final RecipientTypeDetails CONTACT = new RecipientTypeDetails(131072L);
    public static final RecipientTypeDetails UNIVERSAL_DISTRIBUTION_GROUP = new RecipientTypeDetails(262144L);
    public static final RecipientTypeDetails UNIVERSAL_SECURITY_GROUP = new RecipientTypeDetails(524288L);
    public static final RecipientTypeDetails NON_UNIVERSAL_GROUP = new RecipientTypeDetails(1048576L);
    public static final RecipientTypeDetails DISABLED_USER = new RecipientTypeDetails(2097152L);
    public static final RecipientTypeDetails MICROSOFT_EXCHANGE = new RecipientTypeDetails(4194304L);
    public static final RecipientTypeDetails ARBITRATION_MAILBOX = new RecipientTypeDetails(8388608L);
    public static final RecipientTypeDetails MAILBOX_PLAN = new RecipientTypeDetails(16777216L);
    public static final RecipientTypeDetails LINKED_USER = new RecipientTypeDetails(33554432L);
    public static final RecipientTypeDetails ROOM_LIST = new RecipientTypeDetails(268435456L);
    public static final RecipientTypeDetails DISCOVERY_MAILBOX = new RecipientTypeDetails(536870912L);
    public static final RecipientTypeDetails ROLE_GROUP = new RecipientTypeDetails(1073741824L);
    public static final RecipientTypeDetails REMOTE_USER_MAILBOX = new RecipientTypeDetails(2147483648L);
    public static final RecipientTypeDetails COMPUTER = new RecipientTypeDetails(4294967296L);
    public static final RecipientTypeDetails REMOTE_ROOM_MAILBOX = new RecipientTypeDetails(8589934592L);
    public static final RecipientTypeDetails REMOTE_EQUIPMENT_MAILBOX = new RecipientTypeDetails(17179869184L);
    public static final RecipientTypeDetails REMOTE_SHARED_MAILBOX = new RecipientTypeDetails(34359738368L);
    public static final RecipientTypeDetails PUBLIC_FOLDER_MAILBOX = new RecipientTypeDetails(68719476736L);
    public static final RecipientTypeDetails TEAM_MAILBOX = new RecipientTypeDetails(137438953472L);
    public static final RecipientTypeDetails REMOTE_TEAM_MAILBOX = new RecipientTypeDetails(274877906944L);
    public static final RecipientTypeDetails MONITORING_MAILBOX = new RecipientTypeDetails(549755813888L);
    public static final RecipientTypeDetails GROUP_MAILBOX = new RecipientTypeDetails(1099511627776L);
    public static final RecipientTypeDetails LINKED_ROOM_MAILBOX = new RecipientTypeDetails(2199023255552L);
    /** The first of the AuditLog, RemoteGroup, Scheduling, GuestMailUser, … values, all excluded. */
    public static final RecipientTypeDetails AUDIT_LOG_MAILBOX = new RecipientTypeDetails(4398046511104L);

    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(1L, "UserMailbox"),
            Map.entry(2L, "LinkedMailbox"),
            Map.entry(4L, "SharedMailbox"),
            Map.entry(8L, "LegacyMailbox"),
            Map.entry(16L, "RoomMailbox"),
            Map.entry(32L, "EquipmentMailbox"),
            Map.entry(64L, "MailContact"),
            Map.entry(128L, "MailUser"),
            Map.entry(256L, "MailUniversalDistributionGroup"),
            Map.entry(512L, "MailNonUniversalGroup"),
            Map.entry(1024L, "MailUniversalSecurityGroup"),
            Map.entry(2048L, "DynamicDistributionGroup"),
            Map.entry(4096L, "PublicFolder"),
            Map.entry(8192L, "SystemAttendantMailbox"),
            Map.entry(16384L, "SystemMailbox"),
            Map.entry(32768L, "MailForestContact"),
            Map.entry(65536L, "User"),
            Map.entry(131072L, "Contact"),
            Map.entry(262144L, "UniversalDistributionGroup"),
            Map.entry(524288L, "UniversalSecurityGroup"),
            Map.entry(1048576L, "NonUniversalGroup"),
            Map.entry(2097152L, "DisabledUser"),
            Map.entry(4194304L, "MicrosoftExchange"),
            Map.entry(8388608L, "ArbitrationMailbox"),
            Map.entry(16777216L, "MailboxPlan"),
            Map.entry(33554432L, "LinkedUser"),
            Map.entry(268435456L, "RoomList"),
            Map.entry(536870912L, "DiscoveryMailbox"),
            Map.entry(1073741824L, "RoleGroup"),
            Map.entry(2147483648L, "RemoteUserMailbox"),
            Map.entry(4294967296L, "Computer"),
            Map.entry(8589934592L, "RemoteRoomMailbox"),
            Map.entry(17179869184L, "RemoteEquipmentMailbox"),
            Map.entry(34359738368L, "RemoteSharedMailbox"),
            Map.entry(68719476736L, "PublicFolderMailbox"),
            Map.entry(137438953472L, "TeamMailbox"),
            Map.entry(274877906944L, "RemoteTeamMailbox"),
            Map.entry(549755813888L, "MonitoringMailbox"),
            Map.entry(1099511627776L, "GroupMailbox"),
            Map.entry(2199023255552L, "LinkedRoomMailbox"),
            Map.entry(4398046511104L, "AuditLogMailbox"));

    /**
     * Parses the stored decimal form.
     *
     * @throws IllegalArgumentException if the text is not a 64-bit decimal integer
     */
    public static RecipientTypeDetails parse(String text) {
        try {
            return new RecipientTypeDetails(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Invalid msExchRecipientTypeDetails '" + text + "': not a 64-bit integer", e);
        }
    }

    /** The Exchange name of a known single-bit value, e.g. {@code UserMailbox}. */
    public Optional<String> knownName() {
        return Optional.ofNullable(NAMES.get(value));
    }

    /** The known name, or {@code Unknown(<value>)}. */
    public String name() {
        return knownName().orElse("Unknown(" + value + ")");
    }

    /** Whether every bit of {@code flag} is set in this value. */
    public boolean has(RecipientTypeDetails flag) {
        return (value & flag.value) == flag.value && flag.value != 0;
    }

    /** Whether this is one of the hybrid remote mailbox values (user, room, equipment, shared, team). */
    public boolean isRemoteMailbox() {
        return value == REMOTE_USER_MAILBOX.value
                || value == REMOTE_ROOM_MAILBOX.value
                || value == REMOTE_EQUIPMENT_MAILBOX.value
                || value == REMOTE_SHARED_MAILBOX.value
                || value == REMOTE_TEAM_MAILBOX.value;
    }

    /** The stored decimal form. */
    public String toLdapString() {
        return Long.toString(value);
    }

    @Override
    public String toString() {
        return name() + " (" + value + ")";
    }
}
