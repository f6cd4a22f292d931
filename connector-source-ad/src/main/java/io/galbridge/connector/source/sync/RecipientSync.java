package io.galbridge.connector.source.sync;

import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.sync.ChangeBatch;
import io.galbridge.ad.sync.ChangeTracker;
import io.galbridge.ad.sync.ChangeTrackerFactory;
import io.galbridge.ad.sync.SyncMode;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.connector.source.SyncStrategy;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.search.RecipientObjectMapper;
import io.galbridge.connector.source.search.RecipientSearch;
import java.util.Objects;
import org.identityconnectors.common.logging.Log;
import org.identityconnectors.framework.common.objects.SyncDeltaBuilder;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncResultsHandler;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.spi.SyncTokenResultsHandler;

/**
 * {@code SyncOp}: the latest token and the deltas since a token, from the shared change trackers of {@code
 * io.galbridge.ad.sync} ({@link ChangeTrackerFactory} picks DirSync, uSNChanged or RFC 4533 content sync from
 * the configured {@link SyncStrategy} and the server; content sync also reads the server's accesslog for the
 * objectGUIDs of deleted entries, and is refused with a {@code ConfigurationException} naming the overlay when
 * the bind cannot read one). {@link RecipientDeltas} turns each change into a delta.
 *
 * <p>Tokens are the trackers' {@link io.galbridge.ad.sync.SyncToken} strings ({@code gbsync1.<kind>.<state>}).
 * A tracker gives the token to resume from only after the whole run, so every delta carries the token the
 * run started from (a host that stops midway repeats changes rather than losing them; delivery is at least
 * once), and the token after the run reaches the host through {@link SyncTokenResultsHandler#handleResult}.
 *
 * <p>Without a token, the run reads every recipient in scope (a full synchronisation) and ends with the
 * token taken just before that read. When a tracker cannot continue from a token (another DC answered, the
 * history is gone, the accesslog no longer holds a reported deletion) it reports every object again; that reason, and anything the tracker could not see
 * (e.g. deletions without the right to list deleted objects), is logged at warning level.
 *
 * <p>Thread-safe (stateless apart from the shared pool).
 */
public final class RecipientSync {

    private static final Log LOG = Log.getLog(RecipientSync.class);

    private final AdConnectionPool pool;
    private final SourceSettings settings;
    private final RecipientDeltas deltas;
    private final RecipientSearch search;

    /**
     * @param pool the connection pool; not null
     * @param settings the validated settings; not null
     * @param mapper the recipient mapper; not null
     * @param search the search used for a run without a token; not null
     */
    public RecipientSync(
            AdConnectionPool pool, SourceSettings settings, RecipientObjectMapper mapper, RecipientSearch search) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deltas = new RecipientDeltas(settings, mapper);
        this.search = Objects.requireNonNull(search, "search");
    }

    /** The tracker mode of a configured strategy. */
    static SyncMode mode(SyncStrategy strategy) {
        return switch (strategy) {
            case AUTO -> SyncMode.AUTO;
            case DIRSYNC -> SyncMode.DIRSYNC;
            case USN_CHANGED -> SyncMode.USN_CHANGED;
            case CONTENT_SYNC -> SyncMode.CONTENT_SYNC;
        };
    }

    /**
     * A token that stands for "now": a later sync reports only later changes.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConfigurationException when the configured
     *     strategy is not available on the server
     */
    public SyncToken latestToken() {
        try (ServerAffinity session = pool.openSession()) {
            return new SyncToken(tracker(session).latest(session).encode());
        }
    }

    /**
     * Reports the changes after a token.
     *
     * @param token the host's token, or null for a full synchronisation
     * @param handler receives the deltas; false stops (the host keeps the token of the last delta)
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException the translated LDAP
     *     failure, or a token this connector did not write or wrote with another strategy
     */
    public void sync(SyncToken token, SyncResultsHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (token == null) {
            fullSync(handler);
            return;
        }
        io.galbridge.ad.sync.SyncToken since = io.galbridge.ad.sync.SyncToken.decode(String.valueOf(token.getValue()));
        ChangeBatch batch;
        try (ServerAffinity session = pool.openSession()) {
            ChangeTracker tracker = tracker(session);
            batch = tracker.changesSince(
                    session, since, change -> deltas.toDelta(change, token).ifPresent(delta -> {
                        if (!handler.handle(delta)) {
                            throw new Stopped();
                        }
                    }));
        } catch (Stopped stopped) {
            return;
        }
        batch.fullResync()
                .ifPresent(reason -> LOG.warn(
                        "Full resynchronisation of {0}: {1}; recipients not reported in this run may have been"
                                + " deleted, run a reconciliation",
                        settings.forestDnsName(), reason));
        batch.warnings().forEach(w -> LOG.warn("Live sync of {0}: {1}", settings.forestDnsName(), w));
        finish(handler, new SyncToken(batch.next().encode()));
    }

    private void fullSync(SyncResultsHandler handler) {
        SyncToken start = latestToken();
        boolean[] stopped = {false};
        search.execute(
                null,
                object -> {
                    boolean more = handler.handle(new SyncDeltaBuilder()
                            .setToken(start)
                            .setDeltaType(SyncDeltaType.CREATE_OR_UPDATE)
                            .setObjectClass(RecipientSchema.RECIPIENT_CLASS)
                            .setUid(object.getUid())
                            .setObject(object)
                            .build());
                    stopped[0] = !more;
                    return more;
                },
                null);
        if (!stopped[0]) {
            finish(handler, start);
        }
    }

    private ChangeTracker tracker(ServerAffinity session) {
        return ChangeTrackerFactory.create(
                mode(settings.syncStrategy()), session, RecipientChangeScope.of(session, settings));
    }

    private static void finish(SyncResultsHandler handler, SyncToken next) {
        if (handler instanceof SyncTokenResultsHandler h) {
            h.handleResult(next);
        }
    }

    /** Thrown through the tracker when the host's handler asks to stop; never leaves this class. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the host asked to stop", null, false, false);
        }
    }
}
