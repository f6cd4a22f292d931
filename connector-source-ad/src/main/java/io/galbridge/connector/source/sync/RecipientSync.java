package io.galbridge.connector.source.sync;

import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.search.RecipientObjectMapper;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.Objects;
import java.util.Optional;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SyncDeltaBuilder;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncResultsHandler;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * {@code SyncOp}: the latest token and the deltas since a token, from a {@link ChangeTracker}. A changed
 * entry that is a recipient is reported as CREATE_OR_UPDATE with the full object; one that no longer is (the
 * classifier says K0) as DELETE; a deletion the tracker saw as DELETE. Each delta carries the token after it,
 * so a host that stops midway resumes without loss. Thread-safe.
 */
public final class RecipientSync {

    private final ChangeTracker tracker;
    private final RecipientObjectMapper mapper;

    /** Both arguments are required. */
    public RecipientSync(ChangeTracker tracker, RecipientObjectMapper mapper) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** A token that stands for "now": a later sync reports only later changes. */
    public SyncToken latestToken() {
        return SyncTokenCodec.encode(tracker.strategy(), tracker.latestState());
    }

    /**
     * Reports the changes after a token.
     *
     * @param token the host's token, or null to report every recipient as changed
     * @param handler receives the deltas; false stops
     */
    public void sync(SyncToken token, SyncResultsHandler handler) {
        String state = token == null ? "0" : SyncTokenCodec.decode(token, tracker.strategy());
        ChangeTracker.Batch batch = tracker.changesSince(state);
        for (ChangeTracker.Change change : batch.changes()) {
            SyncToken after = SyncTokenCodec.encode(tracker.strategy(), change.state());
            Classification c = change.deleted() ? null : mapper.classify(change.entry());
            SyncDeltaBuilder delta =
                    new SyncDeltaBuilder().setToken(after).setObjectClass(RecipientSchema.RECIPIENT_CLASS);
            if (c == null || c.kind() == RecipientKind.NOT_RECIPIENT) {
                byte[] guid = change.entry().getAttributeValueBytes("objectGUID");
                if (guid == null) {
                    continue;
                }
                delta.setDeltaType(SyncDeltaType.DELETE)
                        .setUid(new Uid(io.galbridge.ad.value.GuidCodec.INSTANCE
                                .decode(guid)
                                .toString()));
            } else {
                ConnectorObject object = mapper.toConnectorObject(change.entry(), c, Optional.empty());
                delta.setDeltaType(SyncDeltaType.CREATE_OR_UPDATE)
                        .setUid(object.getUid())
                        .setObject(object);
            }
            if (!handler.handle(delta.build())) {
                return;
            }
        }
    }
}
