package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worker lanes: equal keys (recipients whose contact names start alike) run one after the other in
 * submission order on any number of lanes, and a lane that is busy does not hold back the keys that are not
 * its own.
 */
class ReplicationWorkersTest {

    /** Lane keys as {@link SourceForest#laneKey} makes them: the first 16 characters of the cn, lower case. */
    private static final List<String> KEYS = List.of(
            "müller, jürgen (",
            "müller, jürgen",
            "o'brien, siobhán",
            "ada lovelace",
            "conference room ",
            "zoë müller",
            "all staff (dl)");

    private static final long LIVENESS_SECONDS = 30;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 7})
    void equalKeysRunInSubmissionOrderAndNeverAtOnce(int parallelism) {
        Map<String, List<Integer>> runs = new ConcurrentHashMap<>();
        Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
        List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
        try (ReplicationWorkers workers = new ReplicationWorkers(parallelism, "test-lanes")) {
            for (int i = 0; i < 700; i++) {
                String key = KEYS.get((i * 31 + i / 7) % KEYS.size());
                int sequence = i;
                workers.submit(key, () -> {
                    AtomicBoolean busy = running.computeIfAbsent(key, k -> new AtomicBoolean());
                    if (!busy.compareAndSet(false, true)) {
                        overlaps.add(key + " #" + sequence);
                    }
                    runs.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(sequence);
                    Thread.yield();
                    busy.set(false);
                });
            }
            workers.awaitAll();
        }

        assertThat(overlaps).as("tasks of one key running at once").isEmpty();
        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(KEYS);
        runs.forEach((key, sequences) -> assertThat(sequences).as(key).isSorted());
        assertThat(runs.values().stream().mapToInt(List::size).sum()).isEqualTo(700);
    }

    /**
     * One lane is held by a long task with another of its key queued behind it; every other key still runs at
     * once, on the other lane, however its key hashes (with a fixed lane per key hash, about half of them would
     * wait for the held lane), and the held key's tasks keep their order.
     */
    @Test
    void aBusyLaneDoesNotHoldBackOtherKeys() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        List<String> heldKeyRuns = Collections.synchronizedList(new ArrayList<>());
        try (ReplicationWorkers workers = new ReplicationWorkers(2, "test-lanes")) {
            workers.submit("conference room ", () -> {
                held.countDown();
                await(release);
                heldKeyRuns.add("first");
            });
            workers.submit("conference room ", () -> heldKeyRuns.add("second"));
            assertThat(held.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
            List<String> late = new ArrayList<>();
            for (int i = 0; i < 40 && late.isEmpty(); i++) {
                String key = KEYS.get(i % KEYS.size()) + i;
                CountDownLatch done = new CountDownLatch(1);
                workers.submit(key, done::countDown);
                if (!done.await(LIVENESS_SECONDS, TimeUnit.SECONDS)) {
                    late.add(key);
                }
            }
            assertThat(heldKeyRuns).as("the held key's tasks are still waiting").isEmpty();
            release.countDown();
            workers.awaitAll();

            assertThat(late).as("keys that waited for the busy lane").isEmpty();
            assertThat(heldKeyRuns).containsExactly("first", "second");
        }
    }

    @Test
    void theFirstFailureStopsThePoolAndIsRethrown() {
        IllegalStateException failure = new IllegalStateException("target tgt.test unreachable");
        try (ReplicationWorkers workers = new ReplicationWorkers(3, "test-lanes")) {
            workers.submit(KEYS.get(0), () -> {
                throw failure;
            });

            assertThatThrownBy(workers::awaitAll).isSameAs(failure);
            assertThatThrownBy(() -> workers.submit(KEYS.get(1), () -> {})).isSameAs(failure);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LIVENESS_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held lane");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
