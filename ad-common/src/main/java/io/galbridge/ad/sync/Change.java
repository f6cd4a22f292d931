package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.ReadOnlyEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change a {@link ChangeTracker} reports: an object that exists now ({@link CreateOrUpdate}) or an
 * object that was deleted ({@link Delete}). A rename or move is a {@link CreateOrUpdate} with the same
 * objectGUID and the new DN. Immutable.
 */
public sealed interface Change permits Change.CreateOrUpdate, Change.Delete {

    /**
     * An object created, modified, renamed or moved: its identity, current DN and attributes.
     *
     * @param objectGuid the object's objectGUID; not null
     * @param dn the object's current DN; not null
     * @param entry the object's current values of the tracker's scope attributes (all of them, not only the
     *     changed ones); not null
     * @param entryUuid the RFC 4533 entryUUID, reported by {@link ContentSyncTracker}; null from the AD
     *     strategies
     */
    record CreateOrUpdate(ExchangeGuid objectGuid, DN dn, ReadOnlyEntry entry, UUID entryUuid) implements Change {
        public CreateOrUpdate {
            Objects.requireNonNull(objectGuid, "objectGuid");
            Objects.requireNonNull(dn, "dn");
            Objects.requireNonNull(entry, "entry");
        }

        /** {@link #entryUuid()} when known. */
        public Optional<UUID> knownEntryUuid() {
            return Optional.ofNullable(entryUuid);
        }
    }

    /**
     * An object deleted. The AD strategies know the objectGUID (from the tombstone) and usually the last DN
     * (from {@code lastKnownParent} and the tombstone's name). {@link ContentSyncTracker} gets the entryUUID from
     * RFC 4533 and the objectGUID and last DN from the server's accesslog (see {@link ContentSyncTracker}).
     *
     * @param objectGuid the deleted object's objectGUID; null only from {@link ContentSyncTracker}, for an entry
     *     that had none (e.g. an organizational unit)
     * @param lastKnownDn the object's DN before deletion; null when the server did not say
     * @param entryUuid the deleted entry's entryUUID; null from the AD strategies
     */
    record Delete(ExchangeGuid objectGuid, DN lastKnownDn, UUID entryUuid) implements Change {
        public Delete {
            if (objectGuid == null && entryUuid == null) {
                throw new IllegalArgumentException("a deletion needs an objectGUID or an entryUUID");
            }
        }

        /** {@link #objectGuid()} when known. */
        public Optional<ExchangeGuid> knownObjectGuid() {
            return Optional.ofNullable(objectGuid);
        }

        /** {@link #lastKnownDn()} when known. */
        public Optional<DN> knownLastDn() {
            return Optional.ofNullable(lastKnownDn);
        }

        /** {@link #entryUuid()} when known. */
        public Optional<UUID> knownEntryUuid() {
            return Optional.ofNullable(entryUuid);
        }
    }
}
