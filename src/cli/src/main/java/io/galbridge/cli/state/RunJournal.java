package io.galbridge.cli.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * The run journal {@code journal.jsonl}: one JSON object per line, one line per object action. Appended
 * and forced to disk record by record, so a killed run loses at most the line being written; {@link #read}
 * skips a torn last line, and the next {@link #append} cuts it off before writing.
 */
public final class RunJournal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    RunJournal(Path file) {
        this.file = file;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** Appends one record and forces it to disk. */
    public void append(JournalRecord record) throws IOException {
        ObjectNode o = JSON.createObjectNode()
                .put("time", record.time().toString())
                .put("run", record.run())
                .put("command", record.command())
                .put("forest", record.forest())
                .put("action", record.action())
                .put("dn", record.dn())
                .put("detail", record.detail());
        byte[] line = (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = completeLinesEnd(channel);
            if (end < channel.size()) {
                channel.truncate(end);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = end;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        }
    }

    /**
     * The length of the journal up to and including its last line break: a run killed while appending leaves
     * a torn last line, which the next append cuts off so that it does not glue its record to the fragment.
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

    /**
     * Every complete record, in order. A last line without its line break (a run killed mid-write) is
     * skipped; any other unreadable line is an error naming its number.
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
