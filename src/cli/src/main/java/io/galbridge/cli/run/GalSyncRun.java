package io.galbridge.cli.run;

import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.state.SyncTokenStore;
import io.galbridge.mapping.config.OwnershipMarker;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;
import org.identityconnectors.framework.api.ConnectorFacade;

/**
 * One GAL-sync run over every source forest. It reads galbridge's contacts and mail users in the target once,
 * then syncs each source forest in turn ({@link ForestSync}): the first run of a forest replicates every
 * recipient (a full sync), later runs the changes since the saved token. Each recipient becomes, through the
 * target facade, a {@code galContact} create on a worker lane, read back (in a full sync in batches, {@link
 * ReplicaReadBack}) and its X500 written back to the source ({@link Replication}); deleted sources, and sources that left GAL-sync scope, lose their owned replica
 * ({@link ReplicaDeletion}). Recipients pre-staged as mail users are skipped (their mail user is their replica).
 *
 * <p>For a full sync the run also reads, once, every target recipient's ownership mark and X500 proxy addresses
 * ({@link JoinIndex}), so that a create whose replica cannot exist yet tells the target connector to skip its
 * join search. The per-object steps run on {@code parallelism} lanes keyed by the start of the recipient's name,
 * so two recipients competing for the same contact name never race. Printed lines come in completion order;
 * with {@code parallelism: 1} in source order. {@link #run()} is called from one thread.
 *
 * <p>Dry run: nothing is written, the token is not saved; the plan says which replicas would be created,
 * deleted, or re-applied ({@link DryRunPlan}).
 */
public final class GalSyncRun {

    private final Facades facades;
    private final SyncTokenStore tokens;
    private final RunRecorder recorder;
    private final PrintStream err;
    private final boolean terminal;
    private final OwnershipMarker ownership;

    /**
     * @param facades the connectors; never null
     * @param tokens the sync tokens; never null
     * @param recorder prints, journals and counts; never null
     * @param err progress goes here; never null
     * @param terminal whether err is a terminal
     */
    public GalSyncRun(Facades facades, SyncTokenStore tokens, RunRecorder recorder, PrintStream err, boolean terminal) {
        this.facades = facades;
        this.tokens = tokens;
        this.recorder = recorder;
        this.err = err;
        this.terminal = terminal;
        this.ownership = facades.config().rules().settings().ownership();
    }

    /** Runs the sync over every source forest. */
    public void run() {
        ConnectorFacade facade = facades.target(Map.of());
        SyncTarget target = new SyncTarget(
                facade,
                ReplicaInput.of(facade, ObjectClassNames.GAL_CONTACT),
                TargetReplicas.read(facade, ObjectClassNames.GAL_CONTACT),
                TargetReplicas.read(facade, ObjectClassNames.MAIL_USER),
                facades.config().target().forest(),
                facades.config().target().contactOu());
        Supplier<JoinIndex> joins = new OnceJoinIndex(facade);
        for (ForestConnection forest : facades.config().sources()) {
            SourceForest source = new SourceForest(forest.forest(), facades.source(forest, Map.of()), ownership);
            new ForestSync(source, target, recorder, tokens, facades.config().parallelism(), err, terminal, joins)
                    .run();
        }
    }

    /** Reads the {@link JoinIndex} on first use and hands the same one out after; confined to the run's thread. */
    private static final class OnceJoinIndex implements Supplier<JoinIndex> {
        private final ConnectorFacade target;
        private JoinIndex index;

        OnceJoinIndex(ConnectorFacade target) {
            this.target = target;
        }

        @Override
        public JoinIndex get() {
            if (index == null) {
                index = JoinIndex.read(target);
            }
            return index;
        }
    }
}
