package io.galbridge.cli.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.Filter;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;

/**
 * Reads the replicas a full sync created back in batches: the worker that writes the {@value #BATCH}-th
 * replica since the last read takes the batch and reads it with one search of the target facade (an OR of
 * the replicas' UIDs) instead of one read per replica, then hands each replica on (to be recorded and its
 * X500 written back), so the target's adds and the source's X500 writes of different lanes overlap while only
 * a batch is held in memory. {@link #flush} reads what is left once the workers are done. A replica the
 * search does not return is read on its own. Thread-safe.
 */
final class ReplicaReadBack {

    /** How many created replicas one search reads back. */
    static final int BATCH = 32;

    /**
     * A replica written, waiting to be read back.
     *
     * @param recipient the source recipient; never null
     * @param before the owned replica before the create; never null
     * @param uid the UID the create returned; never null
     */
    record Written(ConnectorObject recipient, Optional<ConnectorObject> before, Uid uid) {}

    /**
     * A replica read back.
     *
     * @param written what was written; never null
     * @param after the replica as read; null when it vanished
     */
    record Read(Written written, ConnectorObject after) {}

    private final SyncTarget target;
    private final List<Written> waiting = new ArrayList<>();

    /** @param target the run's target side; never null */
    ReplicaReadBack(SyncTarget target) {
        this.target = target;
    }

    /**
     * Queues one written replica; when a batch is full, reads it back and hands each replica to {@code then} on
     * the calling thread.
     */
    void add(Written written, Consumer<Read> then) {
        List<Written> batch = null;
        synchronized (waiting) {
            waiting.add(written);
            if (waiting.size() >= BATCH) {
                batch = new ArrayList<>(waiting);
                waiting.clear();
            }
        }
        if (batch != null) {
            read(batch).forEach(then);
        }
    }

    /** Reads back every replica still waiting and hands each to {@code then}. */
    void flush(Consumer<Read> then) {
        List<Written> rest;
        synchronized (waiting) {
            rest = new ArrayList<>(waiting);
            waiting.clear();
        }
        for (int i = 0; i < rest.size(); i += BATCH) {
            read(rest.subList(i, Math.min(rest.size(), i + BATCH))).forEach(then);
        }
    }

    private List<Read> read(List<Written> batch) {
        Filter any = null;
        for (Written w : batch) {
            Filter one = FilterBuilder.equalTo(w.uid());
            any = any == null ? one : FilterBuilder.or(any, one);
        }
        SearchCollector collector = new SearchCollector();
        target.facade().search(target.input().objectClass(), any, collector, FacadeOptions.NONE);
        Map<String, ConnectorObject> byUid = new HashMap<>();
        for (ConnectorObject o : collector.objects()) {
            byUid.put(key(o.getUid()), o);
        }
        List<Read> out = new ArrayList<>();
        for (Written w : batch) {
            ConnectorObject after = byUid.get(key(w.uid()));
            if (after == null) {
                after = target.facade().getObject(target.input().objectClass(), w.uid(), FacadeOptions.NONE);
            }
            out.add(new Read(w, after));
        }
        return out;
    }

    private static String key(Uid uid) {
        return uid.getUidValue().toLowerCase(Locale.ROOT);
    }
}
