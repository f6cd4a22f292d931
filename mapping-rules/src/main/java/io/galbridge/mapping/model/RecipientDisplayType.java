package io.galbridge.mapping.model;

import java.util.Map;
import java.util.Optional;

/**
 * msExchRecipientDisplayType (RDT), a <em>signed</em> 32-bit Integer (spec 1.1, 5.7). Bit 31 marks
 * a synced recipient that lives elsewhere, bit 30 an ACL-able one, bits 8–15 the original kind and
 * bits 0–7 the local kind (6 = RemoteMailUser). Write it with {@link #toLdapString()}, which gives
 * the signed decimal AD requires (0x80000006 is {@code -2147483642}).
 *
 * @param value the stored signed value
 */
public record RecipientDisplayType(int value) {

    public static final int SYNCED_BIT = 0x80000000;
    public static final int ACLABLE_BIT = 0x40000000;

    public static final RecipientDisplayType MAILBOX_USER = new RecipientDisplayType(0);
    public static final RecipientDisplayType DISTRIBUTION_GROUP = new RecipientDisplayType(1);
    public static final RecipientDisplayType PUBLIC_FOLDER = new RecipientDisplayType(2);
    public static final RecipientDisplayType DYNAMIC_DISTRIBUTION_GROUP = new RecipientDisplayType(3);
    public static final RecipientDisplayType REMOTE_MAIL_USER = new RecipientDisplayType(6);
    public static final RecipientDisplayType CONFERENCE_ROOM_MAILBOX = new RecipientDisplayType(7);
    public static final RecipientDisplayType EQUIPMENT_MAILBOX = new RecipientDisplayType(8);
    public static final RecipientDisplayType TEAM_MAILBOX = new RecipientDisplayType(16);
    public static final RecipientDisplayType ACLABLE_MAILBOX_USER = new RecipientDisplayType(1073741824);
    public static final RecipientDisplayType ACLABLE_SECURITY_GROUP = new RecipientDisplayType(1073741833);
    public static final RecipientDisplayType SYNCED_MAILBOX_USER = new RecipientDisplayType(-2147483642);
    public static final RecipientDisplayType ACLABLE_SYNCED_MAILBOX_USER = new RecipientDisplayType(-1073741818);
    public static final RecipientDisplayType SYNCED_REMOTE_MAIL_USER = new RecipientDisplayType(-2147482106);
    public static final RecipientDisplayType ACLABLE_SYNCED_REMOTE_MAIL_USER = new RecipientDisplayType(-1073740282);
    public static final RecipientDisplayType SYNCED_CONFERENCE_ROOM_MAILBOX = new RecipientDisplayType(-2147481850);
    public static final RecipientDisplayType SYNCED_EQUIPMENT_MAILBOX = new RecipientDisplayType(-2147481594);
    public static final RecipientDisplayType SYNCED_TEAM_MAILBOX = new RecipientDisplayType(-2147479546);
    public static final RecipientDisplayType SYNCED_UDG_AS_CONTACT = new RecipientDisplayType(-2147483386);
    public static final RecipientDisplayType SYNCED_USG_AS_CONTACT = new RecipientDisplayType(-2147481338);
    public static final RecipientDisplayType ACLABLE_SYNCED_USG_AS_CONTACT = new RecipientDisplayType(-1073739514);
    public static final RecipientDisplayType SYNCED_DYNAMIC_DISTRIBUTION_GROUP = new RecipientDisplayType(-2147482874);
    public static final RecipientDisplayType SYNCED_UDG_AS_UDG = new RecipientDisplayType(-2147483391);
    public static final RecipientDisplayType SYNCED_USG_AS_USG = new RecipientDisplayType(-1073739511);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "MailboxUser"),
            Map.entry(1, "DistributionGroup"),
            Map.entry(2, "PublicFolder"),
            Map.entry(3, "DynamicDistributionGroup"),
            Map.entry(6, "RemoteMailUser"),
            Map.entry(7, "ConferenceRoomMailbox"),
            Map.entry(8, "EquipmentMailbox"),
            Map.entry(16, "TeamMailbox"),
            Map.entry(1073741824, "ACLableMailboxUser"),
            Map.entry(1073741833, "ACLableMailUniversalSecurityGroup"),
            Map.entry(-2147483642, "SyncedMailboxUser"),
            Map.entry(-1073741818, "ACLableSyncedMailboxUser"),
            Map.entry(-2147482106, "SyncedRemoteMailUser"),
            Map.entry(-1073740282, "ACLableSyncedRemoteMailUser"),
            Map.entry(-2147481850, "SyncedConferenceRoomMailbox"),
            Map.entry(-2147481594, "SyncedEquipmentMailbox"),
            Map.entry(-2147479546, "SyncedTeamMailbox"),
            Map.entry(-2147483386, "SyncedUDGasContact"),
            Map.entry(-2147481338, "SyncedUSGasContact"),
            Map.entry(-1073739514, "ACLableSyncedUSGasContact"),
            Map.entry(-2147482874, "SyncedDynamicDistributionGroup"),
            Map.entry(-2147483391, "SyncedUDGasUDG"),
            Map.entry(-1073739511, "SyncedUSGasUSG"));

    /**
     * The synced value GALSync computes for a replica of a recipient whose own RDT has this low
     * byte: {@code 0x80000000 | (lowByte << 8) | 6}.
     *
     * @param originalLowByte bits 0–7 of the original recipient's RDT, 0–255
     * @throws IllegalArgumentException if {@code originalLowByte} is outside 0–255
     */
    public static RecipientDisplayType syncedFrom(int originalLowByte) {
        return syncedFrom(originalLowByte, false);
    }

    /** As {@link #syncedFrom(int)}, plus the ACL-able bit 0x40000000 when {@code aclable}. */
    public static RecipientDisplayType syncedFrom(int originalLowByte, boolean aclable) {
        if (originalLowByte < 0 || originalLowByte > 0xFF) {
            throw new IllegalArgumentException(
                    "Invalid original recipient display type low byte " + originalLowByte + ": expected 0-255");
        }
        return new RecipientDisplayType(SYNCED_BIT | (aclable ? ACLABLE_BIT : 0) | (originalLowByte << 8) | 6);
    }

    /**
     * Parses the stored decimal form; accepts signed values and, for tolerance, the unsigned
     * spelling of a value with bit 31 set (e.g. {@code 2147483654}).
     *
     * @throws IllegalArgumentException if the text is not a 32-bit integer in either spelling
     */
    public static RecipientDisplayType parse(String text) {
        try {
            long v = Long.parseLong(text.strip());
            if (v < Integer.MIN_VALUE || v > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(
                        "Invalid msExchRecipientDisplayType '" + text + "': outside the 32-bit range");
            }
            return new RecipientDisplayType((int) v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid msExchRecipientDisplayType '" + text + "': not an integer", e);
        }
    }

    /** Whether bit 31 (synced: the recipient lives elsewhere) is set. */
    public boolean isSynced() {
        return (value & SYNCED_BIT) != 0;
    }

    /** Whether bit 30 (ACL-able: a security principal) is set. */
    public boolean isAclable() {
        return (value & ACLABLE_BIT) != 0;
    }

    /** Bits 0–7, the local kind (6 = RemoteMailUser). */
    public int lowByte() {
        return value & 0xFF;
    }

    /** Bits 8–15, the original recipient's kind on synced values. */
    public int originalKind() {
        return (value >>> 8) & 0xFF;
    }

    /** The name from the spec 1.1 table, if known. */
    public Optional<String> knownName() {
        return Optional.ofNullable(NAMES.get(value));
    }

    /** The known name, or {@code Unknown(<value>)}. */
    public String name() {
        return knownName().orElse("Unknown(" + value + ")");
    }

    /** The signed decimal form AD requires. */
    public String toLdapString() {
        return Integer.toString(value);
    }

    @Override
    public String toString() {
        return name() + " (" + value + ", 0x" + Integer.toHexString(value) + ")";
    }
}
