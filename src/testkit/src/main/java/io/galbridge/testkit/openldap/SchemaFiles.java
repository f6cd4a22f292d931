package io.galbridge.testkit.openldap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the schema files a forest includes: OpenLDAP's core schema with AD's {@code person} (where
 * {@code sn} is optional), the system cosine and inetOrgPerson schemas, and the AD/Exchange schema.
 */
final class SchemaFiles {

    private static final Pattern PERSON = Pattern.compile(
            "(objectclass \\( 2\\.5\\.6\\.6 NAME 'person'.*?)MUST \\( sn \\$ cn \\)(.*?)MAY \\( userPassword",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SchemaFiles() {}

    /**
     * Writes the forest's own schema files into {@code directory}.
     *
     * @return every schema file in the order slapd.conf must include them
     * @throws IllegalStateException when the system core schema does not define {@code person} as expected
     */
    static List<Path> write(SlapdInstallation installation, Path directory) {
        Path systemSchema = installation.schemaDirectory();
        try {
            Files.createDirectories(directory);
            Path core = directory.resolve("core-ad.schema");
            Files.writeString(core, adPerson(systemSchema.resolve("core.schema")), StandardCharsets.UTF_8);
            Path exchange = directory.resolve("ad-exchange.schema");
            try (InputStream in = SchemaFiles.class.getResourceAsStream("ad-exchange.schema")) {
                if (in == null) {
                    throw new IllegalStateException("resource ad-exchange.schema missing from the testkit jar");
                }
                Files.write(exchange, in.readAllBytes());
            }
            return List.of(
                    core,
                    systemSchema.resolve("cosine.schema"),
                    systemSchema.resolve("inetorgperson.schema"),
                    exchange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schema files into " + directory, e);
        }
    }

    /** The core schema with {@code person}'s {@code sn} moved from MUST to MAY, as in AD. */
    static String adPerson(Path coreSchema) throws IOException {
        String text = Files.readString(coreSchema, StandardCharsets.UTF_8);
        Matcher matcher = PERSON.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(coreSchema + " does not define objectclass person with MUST ( sn $ cn )"
                    + " and MAY ( userPassword ...; cannot make sn optional as in AD");
        }
        return text.substring(0, matcher.start())
                + matcher.group(1) + "MUST cn" + matcher.group(2) + "MAY ( sn $ userPassword"
                + text.substring(matcher.end());
    }
}
