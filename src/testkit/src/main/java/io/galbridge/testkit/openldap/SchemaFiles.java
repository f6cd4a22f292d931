package io.galbridge.testkit.openldap;

import io.galbridge.testkit.schema.OpenLdapSchemaRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the schema files a forest includes: OpenLDAP's core schema with AD's {@code person} (where
 * {@code sn} is optional), the system cosine and inetOrgPerson schemas, and the AD/Exchange schema
 * rendered from the project's catalog by {@link OpenLdapSchemaRenderer} ({@code memberOf} is left to the
 * memberof overlay).
 */
final class SchemaFiles {

    private SchemaFiles() {}

    /**
     * Writes the forest's own schema files into {@code directory}.
     *
     * @return every schema file in the order slapd.conf must include them
     * @throws IllegalStateException when the system core schema does not define {@code person} as expected
     */
    static List<Path> write(SlapdInstallation installation, Path directory) {
        Path systemSchema = installation.schemaDirectory();
        Path systemCore = systemSchema.resolve("core.schema");
        try {
            Files.createDirectories(directory);
            Path core = directory.resolve("core-ad.schema");
            Files.writeString(core, adPerson(systemCore), StandardCharsets.UTF_8);
            Path exchange = directory.resolve("ad-exchange.schema");
            Files.writeString(exchange, new OpenLdapSchemaRenderer().render(), StandardCharsets.UTF_8);
            return List.of(
                    core,
                    systemSchema.resolve("cosine.schema"),
                    systemSchema.resolve("inetorgperson.schema"),
                    exchange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schema files into " + directory, e);
        }
    }

    private static String adPerson(Path coreSchema) throws IOException {
        String text = Files.readString(coreSchema, StandardCharsets.UTF_8);
        try {
            return OpenLdapSchemaRenderer.adLikeCoreSchema(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    coreSchema + ": cannot make person's sn optional as in AD: " + e.getMessage(), e);
        }
    }
}
