package io.galbridge.cli.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the identities of {@code prestage --identities FILE}.
 *
 * <ul>
 *   <li>A file whose name ends in {@code .csv} is CSV (RFC 4180 quoting): the column headed {@code
 *       identity}, {@code PrimarySmtpAddress}, {@code DistinguishedName}, {@code Alias} or {@code Guid}
 *       (first match, case-insensitive) is used; without such a header the first column of every row.
 *   <li>Any other file has one identity per line (a DN's commas are part of it).
 * </ul>
 *
 * Blank lines and lines starting with {@code #} are skipped. Every bad line is reported at once.
 */
public final class IdentityFile {

    private static final List<String> HEADERS =
            List.of("identity", "primarysmtpaddress", "distinguishedname", "alias", "guid");

    private IdentityFile() {}

    /**
     * Reads a file.
     *
     * @param file the file; never null
     * @return the identities in file order; never null
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException listing every bad line with its number
     */
    public static List<Identity> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        List<Identity> identities = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int column = 0;
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String text = line;
            if (csv) {
                List<String> fields;
                try {
                    fields = CsvLine.parse(line);
                } catch (IllegalArgumentException e) {
                    problems.add(file + " line " + (i + 1) + ": " + e.getMessage());
                    continue;
                }
                if (first) {
                    first = false;
                    int header = headerColumn(fields);
                    if (header >= 0) {
                        column = header;
                        continue;
                    }
                }
                text = column < fields.size() ? fields.get(column) : "";
            }
            try {
                identities.add(Identity.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return identities;
    }

    private static int headerColumn(List<String> fields) {
        for (String wanted : HEADERS) {
            for (int c = 0; c < fields.size(); c++) {
                if (fields.get(c).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return c;
                }
            }
        }
        return -1;
    }
}
