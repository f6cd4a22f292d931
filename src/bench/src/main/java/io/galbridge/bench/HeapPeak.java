package io.galbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of a stretch of work in this JVM: every heap pool's peak is reset at {@link #start()} and the
 * peaks are summed at {@link #peakBytes()}. The sum is an upper bound of the true peak (the pools peak at
 * different moments) and includes garbage not yet collected, so it shows how much heap the work needs
 * without a tighter {@code -Xmx}, not the live set. Not thread-safe; one per measured stretch.
 */
final class HeapPeak {

    private HeapPeak() {}

    /** Collects garbage and resets the peaks of the heap pools. */
    static HeapPeak start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        return new HeapPeak();
    }

    /** The sum of the heap pools' peaks since {@link #start()}, in bytes. */
    long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
