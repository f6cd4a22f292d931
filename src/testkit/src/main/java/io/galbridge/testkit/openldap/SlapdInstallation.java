package io.galbridge.testkit.openldap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the OpenLDAP programs, modules and system schema files of this machine are.
 *
 * @param slapd the server binary
 * @param slapadd the offline bulk loader
 * @param slaptest the configuration checker
 * @param moduleDirectory directory holding {@code back_mdb.so} etc.; null when the modules are built in
 * @param schemaDirectory directory holding {@code core.schema}, {@code cosine.schema}, {@code inetorgperson.schema}
 */
record SlapdInstallation(Path slapd, Path slapadd, Path slaptest, Path moduleDirectory, Path schemaDirectory) {

    /** The Debian command line that installs everything this provider needs. */
    static final String INSTALL_COMMAND = "DEBIAN_FRONTEND=noninteractive apt-get install -y slapd ldap-utils";

    private static final List<String> PROGRAMS = List.of("slapd", "slapadd", "slaptest");
    private static final List<Path> MODULE_DIRECTORIES =
            List.of(Path.of("/usr/lib/ldap"), Path.of("/usr/lib64/openldap"), Path.of("/usr/lib/openldap"));
    private static final List<Path> SCHEMA_DIRECTORIES =
            List.of(Path.of("/etc/ldap/schema"), Path.of("/etc/openldap/schema"));

    /** The directories searched for the programs: the sbin directories, then {@code PATH}. */
    static List<Path> defaultProgramDirectories() {
        List<Path> dirs = new ArrayList<>(
                List.of(Path.of("/usr/sbin"), Path.of("/usr/local/sbin"), Path.of("/usr/local/libexec")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(":")) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        return dirs;
    }

    /**
     * Looks for an installation.
     *
     * @param programDirectories where to look for the programs, first match wins
     * @return the installation, or a one-line reason naming what is missing and how to install it
     */
    static Lookup locate(List<Path> programDirectories) {
        List<Path> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String program : PROGRAMS) {
            Optional<Path> path = programDirectories.stream()
                    .map(dir -> dir.resolve(program))
                    .filter(Files::isExecutable)
                    .findFirst();
            path.ifPresentOrElse(found::add, () -> missing.add(program));
        }
        Optional<Path> schema = SCHEMA_DIRECTORIES.stream()
                .filter(dir -> Files.isRegularFile(dir.resolve("core.schema")))
                .findFirst();
        if (schema.isEmpty()) {
            missing.add("core.schema (in " + SCHEMA_DIRECTORIES + ")");
        }
        if (!missing.isEmpty()) {
            return new Lookup(
                    null,
                    String.join(", ", missing) + " not found (searched " + programDirectories + "): "
                            + INSTALL_COMMAND);
        }
        Path modules = MODULE_DIRECTORIES.stream()
                .filter(dir -> Files.exists(dir.resolve("back_mdb.so")))
                .findFirst()
                .orElse(null);
        return new Lookup(new SlapdInstallation(found.get(0), found.get(1), found.get(2), modules, schema.get()), null);
    }

    /**
     * Outcome of {@link #locate(List)}: exactly one of the two is non-null.
     *
     * @param installation the installation found
     * @param unavailableReason why none was found
     */
    record Lookup(SlapdInstallation installation, String unavailableReason) {}
}
