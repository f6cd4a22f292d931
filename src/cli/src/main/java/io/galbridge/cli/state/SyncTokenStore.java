package io.galbridge.cli.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last sync token per source forest: one file {@code tokens/<forest>.token} holding the token's text
 * (UTF-8), replaced atomically after each batch the target has applied.
 */
public final class SyncTokenStore {

    private static final Pattern FOREST = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    private final Path directory;

    SyncTokenStore(Path directory) {
        this.directory = directory;
    }

    /**
     * The stored token of a forest.
     *
     * @param forest the forest's DNS name
     * @return the token text; empty before the first sync
     * @throws IOException if the file exists but cannot be read
     */
    public Optional<String> read(String forest) throws IOException {
        try {
            return Optional.of(Files.readString(file(forest), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores a forest's token atomically.
     *
     * @param forest the forest's DNS name
     * @param token the token text (as the connector's SyncToken value serialises); never null
     */
    public void write(String forest, String token) throws IOException {
        Files.createDirectories(directory);
        AtomicFile.write(file(forest), token.getBytes(StandardCharsets.UTF_8));
    }

    /** The token file of a forest. */
    public Path file(String forest) {
        String name = forest.toLowerCase(Locale.ROOT);
        if (!FOREST.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("'" + forest + "' is not a forest DNS name");
        }
        return directory.resolve(name + ".token");
    }
}
