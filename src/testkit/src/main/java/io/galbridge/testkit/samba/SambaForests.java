package io.galbridge.testkit.samba;

import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Samba DCs of one {@link SambaForestProvider#start} call. A JVM shutdown hook stops them too, so a test
 * run that ends abruptly (but not by SIGKILL) leaves no process, namespace or directory behind.
 */
final class SambaForests implements RunningForests {

    private final Path runDirectory;
    private final List<SambaInstance> instances = new CopyOnWriteArrayList<>();
    private final List<TestForest> forests = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;

    /**
     * @param runDirectory the directory holding this run's DC directories and CA file; deleted on close
     */
    SambaForests(Path runDirectory) {
        this.runDirectory = runDirectory;
        this.shutdownHook = new Thread(this::stopAll, "galbridge-samba-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Registers a DC before it starts, so that close and the shutdown hook stop whatever it started. */
    SambaInstance track(SambaInstance instance) {
        instances.add(instance);
        return instance;
    }

    /** Records the started forests, in the order they were asked for. */
    void started(List<SambaForest> started) {
        forests.addAll(started);
    }

    @Override
    public List<TestForest> all() {
        return List.copyOf(forests);
    }

    /**
     * Stops every DC, its bridges and namespace, and deletes the run directory.
     *
     * @throws IllegalStateException when something could not be stopped or deleted; each failure is attached
     *     as a suppressed exception
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs stopAll itself, so closing here is a second, harmless pass
        }
        List<Exception> failures = stopAll();
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("stopping the Samba forests left "
                    + failures.size() + " problem(s): " + failures.get(0).getMessage());
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private List<Exception> stopAll() {
        List<Exception> failures = new ArrayList<>();
        for (SambaInstance instance : instances) {
            failures.addAll(instance.stop());
        }
        instances.clear();
        forests.clear();
        try {
            SambaTemplate.deleteTree(runDirectory);
        } catch (IOException e) {
            failures.add(new IOException("cannot delete " + runDirectory + ": " + e.getMessage(), e));
        }
        return failures;
    }
}
