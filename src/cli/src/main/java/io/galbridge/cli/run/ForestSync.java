package io.galbridge.cli.run;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.output.Progress;
import io.galbridge.cli.state.SyncTokenStore;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncToken;

/**
 * The sync of one source forest. Without a saved token (the first run) it takes the source's latest token,
 * then searches every {@code recipient} ({@link FullSyncFeed}), so nothing changed meanwhile is missed; each
 * recipient is replicated on a worker lane with the fast path of {@link Replication} available. With a saved
 * token it syncs from it: changed recipients are replicated (without the fast path), deleted ones lose their
 * owned replica once the objects queued before them are done. The token (in an incremental sync the one the
 * connector hands back at its end) is saved atomically only after every worker has finished, so a run killed
 * midway repeats the forest. Nothing is saved in a dry run. Called from one thread.
 */
final class ForestSync {

    private final SourceForest forest;
    private final RunRecorder recorder;
    private final SyncTokenStore tokens;
    private final int parallelism;
    private final PrintStream err;
    private final boolean terminal;
    private final Replication replication;
    private final Supplier<JoinIndex> joins;

    /**
     * @param forest the source forest; never null
     * @param target the run's target side; never null
     * @param recorder prints, journals and counts; never null
     * @param tokens the sync tokens; never null
     * @param parallelism the number of worker lanes, at least 1
     * @param err progress goes here; never null
     * @param terminal whether err is a terminal
     * @param joins reads (once per run) what the target's join would find; never null
     */
    ForestSync(
            SourceForest forest,
            SyncTarget target,
            RunRecorder recorder,
            SyncTokenStore tokens,
            int parallelism,
            PrintStream err,
            boolean terminal,
            Supplier<JoinIndex> joins) {
        this.forest = forest;
        this.recorder = recorder;
        this.tokens = tokens;
        this.parallelism = parallelism;
        this.err = err;
        this.terminal = terminal;
        this.replication = new Replication(target, forest, recorder);
        this.joins = joins;
    }

    /** Syncs the forest and saves its token. */
    void run() {
        Optional<String> saved = readToken();
        SyncToken next;
        try (ReplicationWorkers workers = new ReplicationWorkers(parallelism, "galbridge-sync-" + forest.name())) {
            next = saved.isEmpty() ? full(workers) : incremental(workers, new SyncToken(saved.get()));
        }
        if (!recorder.dryRun() && next != null) {
            writeToken(String.valueOf(next.getValue()));
        }
    }

    private SyncToken full(ReplicationWorkers workers) {
        SyncToken next = forest.facade().getLatestSyncToken(ObjectClassNames.SOURCE_RECIPIENT);
        JoinIndex index = recorder.dryRun() ? null : joins.get();
        Progress progress = new Progress(err, terminal, forest.name() + " recipients", 0);
        forest.facade()
                .search(
                        ObjectClassNames.SOURCE_RECIPIENT,
                        null,
                        new FullSyncFeed(workers, replication, index, progress),
                        null);
        workers.awaitAll();
        replication.flush();
        progress.finish();
        if (!recorder.dryRun()) {
            err.println(forest.name() + ": " + replication.fastCreates() + " creates asserted "
                    + JoinIndex.REPLICA_ABSENT + " (no replica and no X500 join in the target)");
        }
        return next;
    }

    private SyncToken incremental(ReplicationWorkers workers, SyncToken from) {
        SyncToken[] last = {from};
        Progress progress = new Progress(err, terminal, forest.name() + " changes", 0);
        // every delta carries the token the run started from; the token to resume from is the one the
        // connector hands back at the end (ConnId returns it from sync)
        SyncToken end = forest.facade()
                .sync(
                        ObjectClassNames.SOURCE_RECIPIENT,
                        from,
                        delta -> {
                            if (delta.getDeltaType() == SyncDeltaType.DELETE) {
                                workers.awaitAll();
                                replication
                                        .deletion()
                                        .delete(
                                                delta.getUid(),
                                                "source " + delta.getUid().getUidValue() + " was deleted");
                                FullSyncFeed.step(progress);
                            } else {
                                ConnectorObject o = delta.getObject();
                                workers.submit(SourceForest.laneKey(o), () -> {
                                    replication.replicate(o, null);
                                    FullSyncFeed.step(progress);
                                });
                            }
                            last[0] = delta.getToken();
                            return true;
                        },
                        null);
        workers.awaitAll();
        progress.finish();
        return end != null ? end : last[0];
    }

    private Optional<String> readToken() {
        try {
            return tokens.read(forest.name());
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.USAGE, "cannot read the sync token of " + forest.name() + ": " + e.getMessage(), e);
        }
    }

    private void writeToken(String token) {
        try {
            tokens.write(forest.name(), token);
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS,
                    "cannot save the sync token of " + forest.name() + " (the next run repeats this one): "
                            + e.getMessage(),
                    e);
        }
    }
}
