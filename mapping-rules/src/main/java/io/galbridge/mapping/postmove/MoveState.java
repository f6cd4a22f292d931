package io.galbridge.mapping.postmove;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.Optional;

/** Where a cross-forest move stands, as read from the target object (spec 4.3 "Detect completion"). */
public enum MoveState {
    /** The target object and the source do not share msExchMailboxGuid: not the same mailbox. */
    NOT_CORRELATED,
    /** The target is still a mail user (pre-staged, K7): no homeMDB, or targetAddress still set. */
    NOT_MOVED,
    /** The target became a mailbox (K8): homeMDB present, targetAddress gone, same msExchMailboxGuid. */
    COMPLETED;

    /**
     * Detects the state. Correlation is on msExchMailboxGuid, which survives the move.
     *
     * @param source the source object (mailbox, or the already flipped mail user)
     * @param target the target object linked to it
     */
    public static MoveState of(DirectoryEntry source, DirectoryEntry target) {
        Optional<ExchangeGuid> sourceGuid = source.guid(AttributeNames.MAILBOX_GUID);
        if (sourceGuid.isEmpty() || !sourceGuid.equals(target.guid(AttributeNames.MAILBOX_GUID))) {
            return NOT_CORRELATED;
        }
        if (target.has(AttributeNames.HOME_MDB) && !target.has(AttributeNames.TARGET_ADDRESS)) {
            return COMPLETED;
        }
        return NOT_MOVED;
    }
}
