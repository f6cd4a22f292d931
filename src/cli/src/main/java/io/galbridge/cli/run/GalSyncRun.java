package io.galbridge.cli.run;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import io.galbridge.cli.output.Progress;
import io.galbridge.cli.state.SyncTokenStore;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.ExchangeGuid;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.common.objects.SyncDeltaType;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.spi.SearchResultsHandler;

/**
 * One GAL-sync run over every source forest. Per forest: the first run searches every {@code recipient}
 * (the token is taken before the search, so nothing changed meanwhile is missed); later runs sync from
 * the saved token. Each recipient becomes, through the target facade, a {@code galContact} create — which
 * the target connector makes idempotent: it adopts or updates an owned replica and refuses conflicts — and
 * the replica's legacyExchangeDN flows back to the source as an X500 proxy address. Deleted sources, and
 * sources that left GAL-sync scope, lose their owned replica (only a contact carrying this forest's ownership
 * mark for that source is deleted). Recipients pre-staged as mail users are skipped (their mail user is their
 * replica).
 *
 * <p>The per-object steps run on {@code parallelism} worker lanes ({@link ReplicationWorkers}), keyed by the
 * start of the recipient's name, so two recipients competing for the same contact name never race; the
 * search streams into the workers. Deletes wait for the objects queued before them. A full sync works in two
 * passes: the first writes every replica; the second reads them all back with one search (not one read per
 * replica), then records each and writes its X500 back to the source. Incremental syncs read each replica
 * back after writing it. The token is saved
 * atomically only after every worker has finished the forest, so a run killed midway repeats the forest
 * (create is idempotent). Printed lines come in completion order; with {@code parallelism: 1} in source
 * order. {@link #run()} is called from one thread.
 *
 * <p>Dry run: nothing is written, the token is not saved. What is reported is honest but not complete:
 * the GAL-sync rules run inside the target connector when it writes, so a dry run names which replicas
 * would be created, deleted, or re-applied (with the source's values), not the exact attribute diff.
 */
public final class GalSyncRun {

    private static final String OUT_OF_SCOPE = "out of GAL-sync scope";
    /** How the target connector refuses a create whose GAL-sync decision is to delete the replica. */
    private static final String DECIDED_DELETE = "(DELETE)";
    /** The target connector's unique-name choice looks at the first 16 characters of the source's cn. */
    private static final int NAME_KEY_LENGTH = 16;

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
        ConnectorFacade target = facades.target(Map.of());
        ReplicaInput input = ReplicaInput.of(target, ObjectClassNames.GAL_CONTACT);
        TargetReplicas contacts = TargetReplicas.read(target, ObjectClassNames.GAL_CONTACT);
        TargetReplicas mailUsers = TargetReplicas.read(target, ObjectClassNames.MAIL_USER);
        for (ForestConnection forest : facades.config().sources()) {
            new ForestSync(forest, facades.source(forest, Map.of()), target, input, contacts, mailUsers).run();
        }
    }

    /** A replica the first pass of a full sync wrote: its source (slimmed), the replica before, its UID. */
    private record Written(ConnectorObject recipient, Optional<ConnectorObject> before, Uid uid) {}

    /** The sync of one source forest. */
    private final class ForestSync {
        private final ForestConnection forest;
        private final ConnectorFacade source;
        private final ConnectorFacade target;
        private final ReplicaInput input;
        private final TargetReplicas contacts;
        private final TargetReplicas mailUsers;
        /** Replicas written by the first pass of a full sync, waiting for the second. */
        private final Queue<Written> written = new ConcurrentLinkedQueue<>();
        /** Whether replicas are read back in one search after the first pass (full sync) or one by one. */
        private boolean deferReads;

        ForestSync(
                ForestConnection forest,
                ConnectorFacade source,
                ConnectorFacade target,
                ReplicaInput input,
                TargetReplicas contacts,
                TargetReplicas mailUsers) {
            this.forest = forest;
            this.source = source;
            this.target = target;
            this.input = input;
            this.contacts = contacts;
            this.mailUsers = mailUsers;
        }

        void run() {
            Optional<String> saved = readToken();
            SyncToken next;
            try (ReplicationWorkers workers =
                    new ReplicationWorkers(facades.config().parallelism(), "galbridge-sync-" + forest.forest())) {
                if (saved.isEmpty()) {
                    next = source.getLatestSyncToken(ObjectClassNames.SOURCE_RECIPIENT);
                    Progress progress = new Progress(err, terminal, forest.forest() + " recipients", 0);
                    deferReads = true;
                    source.search(ObjectClassNames.SOURCE_RECIPIENT, null, new Feed(workers, progress), null);
                    workers.awaitAll();
                    finishWritten(workers);
                    deferReads = false;
                    progress.finish();
                } else {
                    SyncToken[] last = {new SyncToken(saved.get())};
                    Progress progress = new Progress(err, terminal, forest.forest() + " changes", 0);
                    // every delta carries the token the run started from; the token to resume from is the
                    // one the connector hands back at the end (ConnId returns it from sync)
                    SyncToken end = source.sync(
                            ObjectClassNames.SOURCE_RECIPIENT,
                            last[0],
                            delta -> {
                                if (delta.getDeltaType() == SyncDeltaType.DELETE) {
                                    workers.awaitAll();
                                    deleted(
                                            delta.getUid(),
                                            "source " + delta.getUid().getUidValue() + " was deleted");
                                    step(progress);
                                } else {
                                    ConnectorObject o = delta.getObject();
                                    workers.submit(nameKey(o), () -> {
                                        replicate(o);
                                        step(progress);
                                    });
                                }
                                last[0] = delta.getToken();
                                return true;
                            },
                            null);
                    workers.awaitAll();
                    progress.finish();
                    next = end != null ? end : last[0];
                }
            }
            if (!recorder.dryRun() && next != null) {
                writeToken(String.valueOf(next.getValue()));
            }
        }

        /** Hands each recipient of the full search to the workers as it arrives. */
        private final class Feed implements SearchResultsHandler {
            private final ReplicationWorkers workers;
            private final Progress progress;

            Feed(ReplicationWorkers workers, Progress progress) {
                this.workers = workers;
                this.progress = progress;
            }

            @Override
            public boolean handle(ConnectorObject object) {
                workers.submit(nameKey(object), () -> {
                    replicate(object);
                    step(progress);
                });
                return true;
            }

            @Override
            public void handleResult(SearchResult result) {
                // every page was handed to the workers
            }
        }

        private void step(Progress progress) {
            synchronized (progress) {
                progress.step();
            }
        }

        private void replicate(ConnectorObject recipient) {
            String sourceDn = recipient.getName().getNameValue();
            String mark = mark(recipient.getUid());
            Optional<ConnectorObject> mailUser = mailUsers.byMark(mark);
            if (mailUser.isPresent()) {
                skip(
                        sourceDn,
                        "pre-staged as mail user " + mailUser.get().getName().getNameValue());
                return;
            }
            Optional<ConnectorObject> before = contacts.byMark(mark);
            if (recorder.dryRun()) {
                dryRun(recipient, before);
                return;
            }
            Uid uid;
            try {
                uid = target.create(input.objectClass(), input.attributes(recipient), null);
            } catch (InvalidAttributeValueException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains(OUT_OF_SCOPE) || message.contains(DECIDED_DELETE)) {
                    if (before.isPresent()) {
                        deleted(recipient.getUid(), "source " + sourceDn + " left GAL-sync scope: " + message);
                    } else {
                        skip(sourceDn, message);
                    }
                } else {
                    error(sourceDn, e);
                }
                return;
            } catch (AlreadyExistsException e) {
                error(sourceDn, e);
                return;
            } catch (ConnectionFailedException e) {
                throw e;
            } catch (ConnectorException | IllegalArgumentException e) {
                error(sourceDn, e);
                return;
            }
            if (deferReads) {
                written.add(new Written(slim(recipient), before, uid));
                return;
            }
            finish(recipient, before, uid, target.getObject(input.objectClass(), uid, null));
        }

        /**
         * The second pass of a full sync: one search reads every contact back (instead of one read per
         * replica), then each written replica is recorded and its X500 flows back to the source.
         */
        private void finishWritten(ReplicationWorkers workers) {
            if (written.isEmpty()) {
                return;
            }
            TargetReplicas fresh = TargetReplicas.read(target, input.objectClass());
            for (Written w; (w = written.poll()) != null; ) {
                Written item = w;
                ConnectorObject after = fresh.byMark(mark(item.recipient().getUid()))
                        .filter(o -> o.getUid().equals(item.uid()))
                        .orElse(null);
                workers.submit(
                        nameKey(item.recipient()),
                        () -> finish(
                                item.recipient(),
                                item.before(),
                                item.uid(),
                                after != null ? after : target.getObject(input.objectClass(), item.uid(), null)));
            }
            workers.awaitAll();
        }

        private void finish(
                ConnectorObject recipient, Optional<ConnectorObject> before, Uid uid, ConnectorObject after) {
            String sourceDn = recipient.getName().getNameValue();
            if (after == null) {
                error(sourceDn, new ConnectorException("replica " + uid.getUidValue() + " vanished after writing it"));
                return;
            }
            if (before.isEmpty()) {
                before = contacts.byDn(after.getName().getNameValue());
            }
            contacts.put(after);
            String dn = after.getName().getNameValue();
            if (before.isEmpty()) {
                recorder.record(new PlannedAction(
                        Action.CREATE, target(), dn, ObjectDiff.created(after), "replica of " + sourceDn));
            } else {
                List<PlannedAction.AttributeChange> diff = ObjectDiff.between(before.get(), after);
                boolean adopted = TargetReplicas.mark(before.get()).isEmpty();
                recorder.record(new PlannedAction(
                        diff.isEmpty() ? Action.SKIP : Action.UPDATE,
                        target(),
                        dn,
                        diff,
                        adopted
                                ? "adopted existing contact as replica of " + sourceDn
                                : (diff.isEmpty() ? "unchanged " : "") + "replica of " + sourceDn));
            }
            new X500BackFlow(source, recorder, forest.forest()).write(recipient, after);
        }

        /** What the second pass needs of a source recipient: identity, name, cn and proxy addresses. */
        private static ConnectorObject slim(ConnectorObject recipient) {
            ConnectorObjectBuilder b = new ConnectorObjectBuilder()
                    .setObjectClass(recipient.getObjectClass())
                    .setUid(recipient.getUid())
                    .setName(recipient.getName());
            for (String keep : List.of("cn", "proxyAddresses")) {
                Attribute a = recipient.getAttributeByName(keep);
                if (a != null) {
                    b.addAttribute(a);
                }
            }
            return b.build();
        }

        private void dryRun(ConnectorObject recipient, Optional<ConnectorObject> before) {
            String sourceDn = recipient.getName().getNameValue();
            if (before.isEmpty()) {
                recorder.record(new PlannedAction(
                        Action.CREATE,
                        target(),
                        "(new contact in " + forestContactOu() + ")",
                        List.of(),
                        "replica of " + sourceDn + "; the target connector applies the GAL-sync rules (scope,"
                                + " conflicts, name, addresses) when it writes, so a dry run cannot show the exact"
                                + " attributes or a refusal"));
            } else {
                recorder.record(new PlannedAction(
                        Action.UPDATE,
                        target(),
                        before.get().getName().getNameValue(),
                        List.of(),
                        "re-apply the GAL-sync rules from " + sourceDn
                                + " (writes only differences; the diff is not computed in a dry run)"));
            }
        }

        /** Deletes the replica owned for this source (found by its ownership mark), if there is one. */
        private void deleted(Uid sourceUid, String why) {
            Optional<ConnectorObject> replica = contacts.byMark(mark(sourceUid));
            if (replica.isEmpty()) {
                return;
            }
            ConnectorObject contact = replica.get();
            String dn = contact.getName().getNameValue();
            if (!recorder.dryRun()) {
                try {
                    target.delete(input.objectClass(), contact.getUid(), null);
                } catch (ConnectionFailedException e) {
                    throw e;
                } catch (ConnectorException e) {
                    error(dn, e);
                    return;
                }
                contacts.remove(contact);
            }
            recorder.record(new PlannedAction(Action.DELETE, target(), dn, List.of(), why));
        }

        /** The lane key: the first characters of the recipient's cn (or RDN value), lower case. */
        private String nameKey(ConnectorObject recipient) {
            Attribute cn = recipient.getAttributeByName("cn");
            String name = cn != null && cn.getValue() != null && !cn.getValue().isEmpty()
                    ? String.valueOf(cn.getValue().get(0))
                    : leaf(recipient.getName().getNameValue());
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.substring(0, Math.min(lower.length(), NAME_KEY_LENGTH));
        }

        private String mark(Uid sourceUid) {
            return ownership.value(forest.forest(), ExchangeGuid.parse(sourceUid.getUidValue()));
        }

        private void skip(String dn, String reason) {
            recorder.record(new PlannedAction(Action.SKIP, forest.forest(), dn, List.of(), reason));
        }

        private void error(String dn, Exception e) {
            recorder.record(
                    new PlannedAction(Action.ERROR, forest.forest(), dn, List.of(), String.valueOf(e.getMessage())));
        }

        private static String leaf(String dn) {
            try {
                return new DN(dn).getRDN().getAttributeValues()[0];
            } catch (LDAPException e) {
                return dn;
            }
        }

        private String target() {
            return facades.config().target().forest();
        }

        private String forestContactOu() {
            return facades.config().target().contactOu();
        }

        private Optional<String> readToken() {
            try {
                return tokens.read(forest.forest());
            } catch (IOException e) {
                throw new GalbridgeException(
                        ExitCode.USAGE, "cannot read the sync token of " + forest.forest() + ": " + e.getMessage(), e);
            }
        }

        private void writeToken(String token) {
            try {
                tokens.write(forest.forest(), token);
            } catch (IOException e) {
                throw new GalbridgeException(
                        ExitCode.OBJECT_ERRORS,
                        "cannot save the sync token of " + forest.forest() + " (the next run repeats this one): "
                                + e.getMessage(),
                        e);
            }
        }
    }
}
