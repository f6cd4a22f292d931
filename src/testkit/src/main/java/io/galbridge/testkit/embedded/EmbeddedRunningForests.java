package io.galbridge.testkit.embedded;

import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The embedded forests of one {@link EmbeddedForestProvider#start} call and their CA directory. */
final class EmbeddedRunningForests implements RunningForests {

    private final List<EmbeddedForest> forests;
    private final Path certificateDirectory;

    /** @param forests the forests, possibly still being filled while starting */
    EmbeddedRunningForests(List<EmbeddedForest> forests, Path certificateDirectory) {
        this.forests = forests;
        this.certificateDirectory = certificateDirectory;
    }

    /** The same forests with an immutable list, once all have started. */
    EmbeddedRunningForests frozen() {
        return new EmbeddedRunningForests(List.copyOf(forests), certificateDirectory);
    }

    @Override
    public List<TestForest> all() {
        return List.copyOf(forests);
    }

    /** Stops every server, then deletes the CA certificate directory; closing again does nothing more. */
    @Override
    public void close() {
        forests.forEach(EmbeddedForest::stop);
        if (!Files.isDirectory(certificateDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.list(certificateDirectory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(certificateDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot delete the embedded forests' CA directory " + certificateDirectory, e);
        }
    }
}
