package io.galbridge.testkit.openldap;

import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import java.util.ArrayList;
import java.util.List;

/**
 * The slapd forests of one {@link OpenLdapForestProvider#start} call. {@link #close()} stops every slapd and
 * deletes the instance directories; a JVM shutdown hook does the same if a test run ends without closing.
 */
final class OpenLdapRunningForests implements RunningForests {

    private final List<TestForest> forests;
    private final List<SlapdInstance> instances;
    private final Thread shutdownHook;

    OpenLdapRunningForests(List<TestForest> forests, List<SlapdInstance> instances, Thread shutdownHook) {
        this.forests = List.copyOf(forests);
        this.instances = List.copyOf(instances);
        this.shutdownHook = shutdownHook;
    }

    /** A shutdown hook that closes the given instances; registered before the first slapd starts. */
    static Thread shutdownHook(List<SlapdInstance> instances) {
        return new Thread(() -> closeAll(instances), "galbridge-slapd-shutdown");
    }

    @Override
    public List<TestForest> all() {
        return forests;
    }

    @Override
    public void close() {
        try {
            closeAll(instances);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs (or ran) and finds nothing left to stop
            }
        }
    }

    /** Closes every instance; the first failure is thrown after all were tried, later ones are suppressed. */
    static void closeAll(List<SlapdInstance> instances) {
        RuntimeException failure = null;
        for (SlapdInstance instance : new ArrayList<>(instances)) {
            try {
                instance.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
