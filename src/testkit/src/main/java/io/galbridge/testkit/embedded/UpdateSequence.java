package io.galbridge.testkit.embedded;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One embedded server's update sequence numbers, the stand-in for a domain controller's USN: every add,
 * modify and rename takes the next number. Thread-safe; one instance per server, never shared.
 */
final class UpdateSequence {

    /** AD starts a fresh DC's USNs in the low thousands; any positive start works for clients. */
    private static final long FIRST_USN = 4_096;

    private final AtomicLong highest = new AtomicLong(FIRST_USN - 1);

    /** Takes the next USN for a change. */
    long next() {
        return highest.incrementAndGet();
    }

    /** The highest USN handed out so far: what {@code highestCommittedUSN} in the root DSE answers. */
    long highestCommitted() {
        return highest.get();
    }
}
