package io.galbridge.testkit;

import java.util.List;
import java.util.NoSuchElementException;

/** A set of started forests; closing it stops every server process the provider started for them. */
public interface RunningForests extends AutoCloseable {

    /** The forests, in the order they were asked for. */
    List<TestForest> all();

    /**
     * The forest with the given role.
     *
     * @throws NoSuchElementException when no forest has that role
     */
    default TestForest get(String role) {
        return all().stream()
                .filter(f -> f.spec().role().equals(role))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no forest with role '" + role + "'"));
    }

    /** The forest with role {@code source}. */
    default TestForest source() {
        return get(ForestSpec.SOURCE.role());
    }

    /** The forest with role {@code target}. */
    default TestForest target() {
        return get(ForestSpec.TARGET.role());
    }

    /** Stops the servers; never throws for a server that already stopped. */
    @Override
    void close();
}
