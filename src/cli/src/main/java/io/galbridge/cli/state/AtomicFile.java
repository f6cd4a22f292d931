package io.galbridge.cli.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file atomically: the new content goes to a temporary file in the same directory, is forced
 * to disk, and is then moved over the old file with {@code ATOMIC_MOVE}. A process killed at any point
 * leaves either the complete old file or the complete new one, never a truncated one (at worst a stray
 * {@code .tmp} file, which the next write replaces).
 */
public final class AtomicFile {

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code file} atomically.
     *
     * @throws IOException if writing, syncing or the atomic move fails (the old file is then untouched)
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path temp = temporaryFor(file);
        try (FileChannel channel = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
            throw new IOException("the file system of " + file + " cannot replace files atomically", e);
        }
        syncDirectory(file.toAbsolutePath().getParent());
    }

    /** The temporary file a write of {@code file} goes through. */
    static Path temporaryFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Makes the rename durable; some platforms cannot open a directory, which is then left to the OS. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Opening a directory for sync is unsupported on Windows; the move itself is still atomic.
        }
    }
}
