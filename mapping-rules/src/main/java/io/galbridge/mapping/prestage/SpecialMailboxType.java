package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.RecipientDisplayType;
import io.galbridge.mapping.model.RecipientTypeDetails;
import java.util.List;
import java.util.OptionalInt;

/**
 * The kinds of mailbox PMR treats specially (spec 2.13). Shared mailboxes get no special marking
 * on the MEU: they are listed so that the caller can record the source type (E8).
 */
public enum SpecialMailboxType {
    /** An ordinary (user or linked) mailbox. */
    REGULAR(PrestageAttributes.MAIL_USER_DISPLAY_TYPE, List.of()),
    /** RTD 4: an ordinary MEU, RDT 0x80000006. */
    SHARED(PrestageAttributes.MAIL_USER_DISPLAY_TYPE, List.of()),
    /** RTD 16 or RDT 0x80000706: RDT 0x80000706 plus the resource attributes. */
    ROOM(PrestageAttributes.ROOM_DISPLAY_TYPE, PrestageAttributes.RESOURCE),
    /** RTD 32 or RDT 0x80000806: RDT 0x80000806 plus the resource attributes. */
    EQUIPMENT(PrestageAttributes.EQUIPMENT_DISPLAY_TYPE, PrestageAttributes.RESOURCE),
    /** RTD 0x2000000000 or RDT 0x10: RDT 0x80001006 plus the team-mailbox attributes. */
    TEAM(PrestageAttributes.TEAM_DISPLAY_TYPE, PrestageAttributes.TEAM_MAILBOX);

    private final int displayType;
    private final List<String> copiedAttributes;

    SpecialMailboxType(int displayType, List<String> copiedAttributes) {
        this.displayType = displayType;
        this.copiedAttributes = copiedAttributes;
    }

    /** The msExchRecipientDisplayType the MEU gets. */
    public int displayType() {
        return displayType;
    }

    /** The type-specific attributes copied from the source. */
    public List<String> copiedAttributes() {
        return copiedAttributes;
    }

    /**
     * Detects the type of a source mailbox: by RTD bit first, then by RDT (2.13).
     *
     * @param typeDetails the source RTD, if present
     * @param displayType the source RDT, if present
     */
    public static SpecialMailboxType ofSource(RecipientTypeDetails typeDetails, OptionalInt displayType) {
        if (typeDetails != null) {
            if (typeDetails.has(RecipientTypeDetails.ROOM_MAILBOX)) {
                return ROOM;
            }
            if (typeDetails.has(RecipientTypeDetails.EQUIPMENT_MAILBOX)) {
                return EQUIPMENT;
            }
            if (typeDetails.has(RecipientTypeDetails.TEAM_MAILBOX)) {
                return TEAM;
            }
        }
        SpecialMailboxType byDisplay = ofContactDisplayType(displayType);
        if (byDisplay != REGULAR) {
            return byDisplay;
        }
        if (displayType.isPresent() && displayType.getAsInt() == RecipientDisplayType.TEAM_MAILBOX.value()) {
            return TEAM;
        }
        return typeDetails != null && typeDetails.has(RecipientTypeDetails.SHARED_MAILBOX) ? SHARED : REGULAR;
    }

    /** The type GALSync marked on a contact through its RDT (0x80000706 room, 0x80000806 equipment). */
    public static SpecialMailboxType ofContactDisplayType(OptionalInt displayType) {
        if (displayType.isEmpty()) {
            return REGULAR;
        }
        return switch (displayType.getAsInt()) {
            case PrestageAttributes.ROOM_DISPLAY_TYPE -> ROOM;
            case PrestageAttributes.EQUIPMENT_DISPLAY_TYPE -> EQUIPMENT;
            default -> REGULAR;
        };
    }
}
