package io.galbridge.cli.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The run journal {@code journal.jsonl}: one JSON object per line, one line per object action. One instance
 * serves one run: the first {@link #append} opens the file and cuts off a torn last line a killed run left
 * (so the new record is not glued to the fragment), later appends write to the open file, and {@link #close}
 * forces the file to disk and closes it. A run that appends nothing leaves the file untouched.
 *
 * <p><b>What a crash can lose.</b> Each record is handed to the operating system by one write before {@link
 * #append} returns, and is not forced to disk on its own (an fsync per object action was the sync's largest
 * single cost); {@link #close}, at the end of the run, forces them all. A killed process (SIGKILL included)
 * loses at most the record being written, which {@link #read} skips and the next run cuts off: the OS keeps
 * what was written in its page cache and writes it to disk without the process. An operating-system crash or
 * power loss can lose the records not forced yet: those of the run in progress (or of a killed run whose pages
 * the OS had not written). The journal is a log of what was done, not what a rerun relies on: that is the directories themselves
 * and the sync tokens, which are forced when written ({@link AtomicFile}).
 *
 * <p>Thread-safe: appends are serialised; the caller orders them (one record per line, whole).
 */
public final class RunJournal implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private FileChannel channel;
    private boolean closed;

    RunJournal(Path file) {
        this.file = file;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /**
     * One record as the journal line it becomes, line break included. A pure function, for callers that
     * encode outside a lock and {@link #appendLine append} under it.
     */
    public static byte[] line(JournalRecord record) {
        ObjectNode o = JSON.createObjectNode()
                .put("time", record.time().toString())
                .put("run", record.run())
                .put("command", record.command())
                .put("forest", record.forest())
                .put("action", record.action())
                .put("dn", record.dn())
                .put("detail", record.detail());
        try {
            return (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one record (handed to the OS, not forced; see the class comment). */
    public void append(JournalRecord record) throws IOException {
        appendLine(line(record));
    }

    /**
     * Appends one line made by {@link #line}; opens the journal on first use.
     *
     * @throws IOException when the journal cannot be opened or written, or was closed
     */
    public synchronized void appendLine(byte[] line) throws IOException {
        if (closed) {
            throw new IOException("journal " + file + " is closed");
        }
        if (channel == null) {
            channel = openAfterCompleteLines();
        }
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Opens the file for writing at the end of its last complete line, cutting off a torn tail. */
    private FileChannel openAfterCompleteLines() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel opened =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long end = completeLinesEnd(opened);
            if (end < opened.size()) {
                opened.truncate(end);
            }
            opened.position(end);
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * The length of the journal up to and including its last line break: a run killed while appending leaves
     * a torn last line, which the next run cuts off so that it does not glue its first record to the fragment.
     */
    private static long completeLinesEnd(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer chunk = ByteBuffer.allocate(4096);
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - chunk.capacity());
            chunk.clear().limit((int) (end - start));
            while (chunk.hasRemaining()) {
                if (channel.read(chunk, start + chunk.position()) < 0) {
                    throw new IOException("journal shrank while reading it");
                }
            }
            for (int i = chunk.limit() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /** Forces what this run appended to disk and closes the file; later appends fail. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (channel == null) {
            return;
        }
        try (FileChannel open = channel) {
            channel = null;
            open.force(false);
        }
    }

    /**
     * Every complete record, in order, including those this instance appended. A last line without its line
     * break (a run killed mid-write) is skipped; any other unreadable line is an error naming its number.
     */
    public List<JournalRecord> read() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<JournalRecord> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                var n = JSON.readTree(lines[i]);
                out.add(new JournalRecord(
                        Instant.parse(n.path("time").asText()),
                        n.path("run").asText(),
                        n.path("command").asText(),
                        n.path("forest").asText(),
                        n.path("action").asText(),
                        n.path("dn").asText(),
                        n.path("detail").asText()));
            } catch (IOException | RuntimeException e) {
                throw new IOException("journal " + file + " line " + (i + 1) + " is not a journal record", e);
            }
        }
        return out;
    }
}
