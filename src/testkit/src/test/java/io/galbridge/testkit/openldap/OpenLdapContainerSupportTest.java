package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a Docker engine the container path says so, with its reason, instead of throwing. */
class OpenLdapContainerSupportTest {

    @Test
    void reportsUnavailableWithAReasonWhenNoDockerEngineRuns() {
        boolean engine = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        Optional<String> reason = new OpenLdapContainerSupport().unavailableReason();
        if (engine) {
            System.out.println("[openldap] a Docker engine may exist here; container support says: " + reason);
            return;
        }
        assertThat(reason).hasValueSatisfying(text -> assertThat(text)
                .startsWith("OpenLDAP containers unavailable: ")
                .contains("Docker")
                .contains("apt-get install -y slapd ldap-utils"));
        System.out.println("[openldap] " + reason.orElseThrow());
    }
}
