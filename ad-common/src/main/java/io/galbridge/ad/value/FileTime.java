package io.galbridge.ad.value;

import java.time.Instant;
import java.util.Optional;

/**
 * A Windows FILETIME as AD stores it in Large Integer attributes (pwdLastSet, accountExpires,
 * lastLogonTimestamp): 100-nanosecond ticks since 1601-01-01T00:00:00Z.
 *
 * <p>{@code 0} and {@code 9223372036854775807} mean "never" (accountExpires uses both), so {@link
 * #toInstant()} is empty for them. Immutable.
 *
 * @param ticks the raw value; negative values are refused
 */
public record FileTime(long ticks) {

    /** The value AD uses for "never" in accountExpires. */
    public static final FileTime NEVER = new FileTime(Long.MAX_VALUE);

    /** Seconds from 1601-01-01 to 1970-01-01. */
    private static final long EPOCH_OFFSET_SECONDS = 11_644_473_600L;

    private static final long TICKS_PER_SECOND = 10_000_000L;

    /** Checks the value. */
    public FileTime {
        if (ticks < 0) {
            throw new IllegalArgumentException("FILETIME " + ticks + " is negative");
        }
    }

    /**
     * @param instant a point in time at or after 1601-01-01; precision finer than 100 ns is dropped
     * @return its FILETIME
     */
    public static FileTime of(Instant instant) {
        long seconds = Math.addExact(instant.getEpochSecond(), EPOCH_OFFSET_SECONDS);
        return new FileTime(Math.addExact(Math.multiplyExact(seconds, TICKS_PER_SECOND), instant.getNano() / 100));
    }

    /** Whether this is one of the "never" markers (0 or Long.MAX_VALUE). */
    public boolean isNever() {
        return ticks == 0 || ticks == Long.MAX_VALUE;
    }

    /** The point in time, or empty for "never". */
    public Optional<Instant> toInstant() {
        if (isNever()) {
            return Optional.empty();
        }
        long seconds = Math.floorDiv(ticks, TICKS_PER_SECOND) - EPOCH_OFFSET_SECONDS;
        return Optional.of(Instant.ofEpochSecond(seconds, Math.floorMod(ticks, TICKS_PER_SECOND) * 100));
    }
}
