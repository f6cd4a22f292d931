package io.galbridge.cli.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded pool of worker lanes for the per-object steps of a run. Each lane is one thread that runs its
 * tasks in submission order. Tasks with equal keys never run at the same time and keep their order (the sync
 * keys by the start of the object's name, which the target connector's unique-name choice depends on): while a
 * key has a task queued or running, its next task goes to the same lane; a key with none goes to the lane with
 * the fewest tasks queued or running. So a lane that is busy for a while (the one that reads back a batch of
 * replicas and writes their X500 back, {@link ReplicaReadBack}) does not collect the next tasks while the other
 * lanes run dry, as a fixed lane per key hash did. At most {@code 64 × lanes} tasks wait at a time: {@link
 * #submit} blocks the feeding thread beyond that, so a large search is not held in memory.
 *
 * <p>The first failure of a task stops the pool: later tasks are skipped, and {@link #submit} and {@link
 * #awaitAll} rethrow it (a {@code RuntimeException} or {@code Error} as is). Thread-safe; {@link #close}
 * stops the threads.
 */
final class ReplicationWorkers implements AutoCloseable {

    private static final int QUEUED_PER_LANE = 64;

    private final List<ExecutorService> lanes = new ArrayList<>();
    private final int capacity;
    private final Semaphore slots;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Per lane, its tasks queued or running; guarded by {@code bindings}. */
    private final int[] load;
    /** The lane of each key with a task queued or running; guarded by itself. */
    private final Map<String, Binding> bindings = new HashMap<>();

    /** A key's lane while it has tasks queued or running, and how many. Guarded by the pool's bindings. */
    private static final class Binding {
        final int lane;
        int pending;

        Binding(int lane) {
            this.lane = lane;
        }
    }

    /**
     * @param parallelism the number of lanes, at least 1
     * @param name the threads' name prefix
     */
    ReplicationWorkers(int parallelism, String name) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism + " < 1");
        }
        this.capacity = parallelism * QUEUED_PER_LANE;
        this.slots = new Semaphore(capacity);
        this.load = new int[parallelism];
        AtomicInteger number = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, name + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        for (int i = 0; i < parallelism; i++) {
            lanes.add(Executors.newSingleThreadExecutor(threads));
        }
    }

    /**
     * Queues a task on the lane of its key (the least loaded lane when the key has no task queued or running);
     * blocks while the pool is full.
     *
     * @param key tasks with equal keys run one after the other, in submission order; never null
     * @param task the work; never null
     * @throws RuntimeException the failure of an earlier task
     */
    void submit(String key, Runnable task) {
        Objects.requireNonNull(key, "key");
        rethrow();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free sync worker", e);
        }
        Binding binding = bind(key);
        lanes.get(binding.lane).execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                release(key, binding);
                slots.release();
            }
        });
    }

    private Binding bind(String key) {
        synchronized (bindings) {
            Binding binding = bindings.computeIfAbsent(key, k -> new Binding(leastLoaded()));
            binding.pending++;
            load[binding.lane]++;
            return binding;
        }
    }

    private void release(String key, Binding binding) {
        synchronized (bindings) {
            load[binding.lane]--;
            if (--binding.pending == 0) {
                bindings.remove(key);
            }
        }
    }

    /** The lane with the fewest tasks queued or running (the first of equals); under {@code bindings}. */
    private int leastLoaded() {
        int best = 0;
        for (int i = 1; i < load.length; i++) {
            if (load[i] < load[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Waits until every queued task has run.
     *
     * @throws RuntimeException the first failure of a task
     */
    void awaitAll() {
        try {
            slots.acquire(capacity);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sync workers", e);
        }
        slots.release(capacity);
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdownNow);
    }
}
