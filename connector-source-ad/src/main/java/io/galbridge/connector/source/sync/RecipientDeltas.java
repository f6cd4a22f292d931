package io.galbridge.connector.source.sync;

import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.ad.sync.Change;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.search.RecipientObjectMapper;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.Objects;
import java.util.Optional;
import org.identityconnectors.common.logging.Log;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SyncDelta;
import org.identityconnectors.framework.common.objects.SyncDeltaBuilder;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Turns one {@link Change} of the shared change trackers into the ConnId delta the host sees:
 *
 * <ul>
 *   <li>an object that exists, lies in the configured scope (a search root, no excluded OU), matches the
 *       administrator's filter and is a recipient (classifier kind other than K0): CREATE_OR_UPDATE with the
 *       full classified {@code recipient} object; a rename or move keeps its UID (the objectGUID) and carries
 *       the new NAME (DN);
 *   <li>an object that exists but fails any of those tests (it stopped being a recipient, moved out of
 *       scope or no longer matches the filter): DELETE with its UID. Hosts ignore deletions of UIDs they
 *       never saw, so such deltas for objects that never were recipients are harmless;
 *   <li>a deleted object: DELETE with its UID. On OpenLDAP (RFC 4533 content sync), the tracker reads the
 *       deleted entry's objectGUID from the server's accesslog; a deleted entry that had no objectGUID (an OU)
 *       was never a recipient and is not reported.
 * </ul>
 *
 * <p>Thread-safe (immutable).
 */
final class RecipientDeltas {

    private static final Log LOG = Log.getLog(RecipientDeltas.class);

    private final SourceSettings settings;
    private final RecipientObjectMapper mapper;

    RecipientDeltas(SourceSettings settings, RecipientObjectMapper mapper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * @param change the tracker's change; not null
     * @param token the token the delta carries; not null
     * @return the delta, or empty for the deletion of an entry that had no objectGUID
     */
    Optional<SyncDelta> toDelta(Change change, SyncToken token) {
        SyncDeltaBuilder delta = new SyncDeltaBuilder().setToken(token).setObjectClass(RecipientSchema.RECIPIENT_CLASS);
        if (change instanceof Change.Delete deletion) {
            Optional<ExchangeGuid> guid = deletion.knownObjectGuid();
            if (guid.isEmpty()) {
                LOG.ok(
                        "Deletion of the entry with entryUUID {0} (last DN {1}) is not reported: it had no"
                                + " objectGUID, so it was no recipient",
                        deletion.entryUuid(),
                        deletion.knownLastDn().map(Object::toString).orElse("unknown"));
                return Optional.empty();
            }
            return Optional.of(delete(delta, guid.get()));
        }
        Change.CreateOrUpdate update = (Change.CreateOrUpdate) change;
        if (!settings.inScope(update.dn()) || !matchesAdminFilter(update)) {
            return Optional.of(delete(delta, update.objectGuid()));
        }
        Classification classification = mapper.classify(update.entry());
        if (classification.kind() == RecipientKind.NOT_RECIPIENT) {
            return Optional.of(delete(delta, update.objectGuid()));
        }
        ConnectorObject object = mapper.toConnectorObject(update.entry(), classification, Optional.empty());
        return Optional.of(delta.setDeltaType(SyncDeltaType.CREATE_OR_UPDATE)
                .setUid(object.getUid())
                .setObject(object)
                .build());
    }

    private static SyncDelta delete(SyncDeltaBuilder delta, ExchangeGuid guid) {
        return delta.setDeltaType(SyncDeltaType.DELETE).setUid(uid(guid)).build();
    }

    /** The UID of an objectGUID, in the form {@link RecipientObjectMapper} gives search results. */
    static Uid uid(ExchangeGuid guid) {
        return new Uid(guid.toString());
    }

    private boolean matchesAdminFilter(Change.CreateOrUpdate update) {
        if (settings.adminFilter().isEmpty()) {
            return true;
        }
        try {
            return settings.adminFilter().get().filter().matchesEntry(update.entry());
        } catch (LDAPException e) {
            throw new ConfigurationException(
                    "the configured filter " + settings.adminFilter().get()
                            + " cannot be evaluated on the changed entry " + update.dn() + " ("
                            + e.getExceptionMessage()
                            + "); live sync needs a filter of equality, presence, substring and ordering tests",
                    e);
        }
    }
}
