package io.galbridge.testkit.openldap;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * Whether OpenLDAP forests could run in containers (Testcontainers) on this machine instead of as local slapd
 * processes. Testcontainers is an optional dependency of the testkit and a Docker engine is often absent (CI
 * machines here have none), so this check never throws: it reports a reason instead.
 */
public final class OpenLdapContainerSupport {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.DockerClientFactory";
    private static final String FALLBACK =
            "; use ForestKind.OPENLDAP with a local slapd instead" + " (" + SlapdInstallation.INSTALL_COMMAND + ")";

    /**
     * Why containers are unavailable.
     *
     * @return empty when Testcontainers is on the class path and reaches a Docker engine; otherwise one line
     *     starting with {@code "OpenLDAP containers unavailable: "} that names the reason
     */
    public Optional<String> unavailableReason() {
        if (!testcontainersPresent()) {
            return Optional.of("OpenLDAP containers unavailable: Testcontainers is not on the class path"
                    + " (add org.testcontainers:testcontainers)" + FALLBACK);
        }
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            return Optional.of("OpenLDAP containers unavailable: Testcontainers found no Docker engine"
                    + " (no DOCKER_HOST, no reachable /var/run/docker.sock)" + FALLBACK);
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(
                    "OpenLDAP containers unavailable: probing for a Docker engine failed with " + e + FALLBACK);
        }
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, OpenLdapContainerSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
