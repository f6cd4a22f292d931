package io.galbridge.testkit.openldap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a server or tool log, for error messages. */
final class LogTail {

    private static final int LINES = 20;

    private LogTail() {}

    /** The last lines of {@code log} joined by {@code " | "}, or a note why they cannot be read. */
    static String of(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no output: " + log + " does not exist)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            if (lines.isEmpty()) {
                return "(no output in " + log + ")";
            }
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
