package io.galbridge.cli.state;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The state directory of one installation, held exclusively for one run:
 *
 * <pre>
 * &lt;state&gt;/
 *   galbridge.lock          OS file lock held while a run is in progress (content irrelevant)
 *   tokens/&lt;forest&gt;.token  last applied sync token per source forest (atomic replace)
 *   journal.jsonl           one JSON line per object action (appended; forced when the run ends)
 * </pre>
 *
 * Close it to release the lock; the OS releases it too when the process dies.
 */
public final class StateDirectory implements AutoCloseable {

    /** The lock file's name. */
    public static final String LOCK = "galbridge.lock";

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private StateDirectory(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed and takes its lock.
     *
     * @throws GalbridgeException (exit 2) when another run holds the lock or the directory is unusable
     */
    public static StateDirectory open(Path directory) {
        try {
            Files.createDirectories(directory.resolve("tokens"));
            FileChannel channel =
                    FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new GalbridgeException(
                        ExitCode.USAGE,
                        "another galbridge run holds " + directory.resolve(LOCK)
                                + "; wait for it to finish (runs must not overlap)");
            }
            return new StateDirectory(directory, channel, lock);
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.USAGE, "cannot use state directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /** The sync tokens, one per source forest. */
    public SyncTokenStore tokens() {
        return new SyncTokenStore(directory.resolve("tokens"));
    }

    /** The run journal, for one run: it opens the file on its first record; close it when the run ends. */
    public RunJournal journal() {
        return new RunJournal(directory.resolve("journal.jsonl"));
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
