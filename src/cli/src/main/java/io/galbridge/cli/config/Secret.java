package io.galbridge.cli.config;

import java.util.Objects;
import org.identityconnectors.common.security.GuardedString;

/**
 * A password read from the environment or a file, held as a ConnId {@link GuardedString} (encrypted in
 * memory). {@link #toString()} names only where it came from; the value is never printed.
 */
public final class Secret {

    private final GuardedString value;
    private final String origin;

    /**
     * @param value the password; never null. The caller clears its own copy.
     * @param origin where it came from, e.g. {@code environment variable GALBRIDGE_SOURCE_PASSWORD}; never null
     */
    Secret(char[] value, String origin) {
        GuardedString guarded = new GuardedString(value);
        guarded.makeReadOnly();
        this.value = guarded;
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The password, for ConnId's {@code bindPassword}; read-only. */
    public GuardedString guarded() {
        return value;
    }

    /** Where the password came from (never the value). */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "password from " + origin;
    }
}
