package io.galbridge.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time the benchmark's child processes (the testkit's slapd, samba and socat processes) use over a stretch
 * of work: a snapshot of every descendant's total CPU time at {@link #start()}, compared with a new one at {@link
 * #nanos()}. A process started in between counts from zero; one that ended in between is lost (socat's
 * per-connection children, whose share is small). Embedded forests run inside the benchmark's JVM and count as
 * nothing. Immutable.
 */
final class ServerCpu {

    private final Map<Long, Long> before;

    private ServerCpu(Map<Long, Long> before) {
        this.before = before;
    }

    /** Snapshots the descendants' CPU times now. */
    static ServerCpu start() {
        return new ServerCpu(snapshot());
    }

    /** The CPU time the descendants used since {@link #start()}, in nanoseconds; 0 when there are none. */
    long nanos() {
        long sum = 0;
        for (Map.Entry<Long, Long> now : snapshot().entrySet()) {
            sum += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
        }
        return sum;
    }

    private static Map<Long, Long> snapshot() {
        return ProcessHandle.current()
                .descendants()
                .collect(Collectors.toMap(
                        ProcessHandle::pid,
                        p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L),
                        (a, b) -> a));
    }
}
