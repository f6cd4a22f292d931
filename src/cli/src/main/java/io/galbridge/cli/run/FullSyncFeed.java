package io.galbridge.cli.run;

import io.galbridge.cli.output.Progress;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.spi.SearchResultsHandler;

/**
 * The feed of a full sync: hands each recipient of the source's full search to the worker lane of its name as
 * it arrives (the search is not held in memory; {@link ReplicationWorkers#submit} blocks while the lanes are
 * full). Before handing a recipient over it claims the X500 values its replica will carry in the {@link
 * JoinIndex}, so no later recipient's create asserts an absence this run is about to end. Called by the one
 * thread that runs the search; a full {@link SearchResultsHandler}, since ConnId's buffered search casts to it.
 */
final class FullSyncFeed implements SearchResultsHandler {

    private final ReplicationWorkers workers;
    private final Replication replication;
    private final JoinIndex joins;
    private final Progress progress;

    /**
     * @param workers the lanes; never null
     * @param replication the replicate step; never null
     * @param joins what the target's join would find; null in a dry run (nothing is created)
     * @param progress counts replicated recipients (stepped by the workers); never null
     */
    FullSyncFeed(ReplicationWorkers workers, Replication replication, JoinIndex joins, Progress progress) {
        this.workers = workers;
        this.replication = replication;
        this.joins = joins;
        this.progress = progress;
    }

    @Override
    public boolean handle(ConnectorObject recipient) {
        if (joins != null) {
            joins.claim(recipient);
        }
        workers.submit(SourceForest.laneKey(recipient), () -> {
            replication.replicate(recipient, joins);
            step(progress);
        });
        return true;
    }

    @Override
    public void handleResult(SearchResult result) {
        // every page was handed to the workers
    }

    /** Steps the progress counter from a worker thread. */
    static void step(Progress progress) {
        synchronized (progress) {
            progress.step();
        }
    }
}
