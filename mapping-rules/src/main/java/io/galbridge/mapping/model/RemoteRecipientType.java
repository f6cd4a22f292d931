package io.galbridge.mapping.model;

import java.util.ArrayList;
import java.util.List;

/**
 * msExchRemoteRecipientType (RRT), a 64-bit flag value set in hybrid / remote-mailbox scenarios
 * (spec 1.1). Any value is accepted and preserved.
 *
 * @param value the stored Large Integer value
 */
public record RemoteRecipientType(long value) {

    public static final long PROVISION_MAILBOX = 1L;
    public static final long PROVISION_ARCHIVE = 2L;
    public static final long MIGRATED = 4L;
    public static final long DEPROVISION_MAILBOX = 8L;
    public static final long DEPROVISION_ARCHIVE = 16L;
    public static final long ROOM_MAILBOX = 32L;
    public static final long EQUIPMENT_MAILBOX = 64L;
    /** 96: both the room and equipment bits. */
    public static final long SHARED_MAILBOX = 96L;

    /**
     * Parses the stored decimal form.
     *
     * @throws IllegalArgumentException if the text is not a 64-bit decimal integer
     */
    public static RemoteRecipientType parse(String text) {
        try {
            return new RemoteRecipientType(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Invalid msExchRemoteRecipientType '" + text + "': not a 64-bit integer", e);
        }
    }

    /** Whether every bit of {@code flag} is set. */
    public boolean has(long flag) {
        return flag != 0 && (value & flag) == flag;
    }

    /** Whether this is a shared mailbox (both bits of 96 set). */
    public boolean isShared() {
        return has(SHARED_MAILBOX);
    }

    /** Whether this is a room mailbox (bit 32 without bit 64). */
    public boolean isRoom() {
        return has(ROOM_MAILBOX) && !has(EQUIPMENT_MAILBOX);
    }

    /** Whether this is an equipment mailbox (bit 64 without bit 32). */
    public boolean isEquipment() {
        return has(EQUIPMENT_MAILBOX) && !has(ROOM_MAILBOX);
    }

    /** The names of the set flags, e.g. {@code [ProvisionMailbox, Migrated]}. */
    public List<String> flagNames() {
        List<String> names = new ArrayList<>();
        String[] labels = {
            "ProvisionMailbox", "ProvisionArchive", "Migrated", "DeprovisionMailbox", "DeprovisionArchive"
        };
        for (int bit = 0; bit < labels.length; bit++) {
            if (has(1L << bit)) {
                names.add(labels[bit]);
            }
        }
        if (isShared()) {
            names.add("SharedMailbox");
        } else if (isRoom()) {
            names.add("RoomMailbox");
        } else if (isEquipment()) {
            names.add("EquipmentMailbox");
        }
        return List.copyOf(names);
    }

    /** The stored decimal form. */
    public String toLdapString() {
        return Long.toString(value);
    }
}
