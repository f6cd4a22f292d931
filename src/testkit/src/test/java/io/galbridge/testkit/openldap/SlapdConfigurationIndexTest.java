package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The slapd forests index what AD indexes for galbridge's searches (the running forests prove that slapd accepts
 * the configuration: {@code slaptest} checks it before every start).
 */
class SlapdConfigurationIndexTest {

    private static final String RENDERED = new SlapdConfiguration(
                    new SlapdInstallation(
                            Path.of("/usr/sbin/slapd"),
                            Path.of("/usr/sbin/slapadd"),
                            Path.of("/usr/sbin/slaptest"),
                            null,
                            Path.of("/etc/ldap/schema")),
                    Path.of("/tmp/forest"),
                    dn("DC=tgt,DC=test"),
                    dn("CN=Administrator,CN=Users,DC=tgt,DC=test"),
                    dn("CN=svc,CN=Users,DC=tgt,DC=test"))
            .render(List.of());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "cn, eq subinitial",
        "displayName, eq subinitial",
        "proxyAddresses, eq",
        "legacyExchangeDN, eq",
        "mail, eq",
        "mailNickname, eq",
        "objectGUID, eq",
        "sAMAccountName, eq",
        "userPrincipalName, eq",
        "adminDescription, ''",
    })
    void theForestDatabaseIndexesTheAttributesAdIndexes(String attribute, String expectedTypes) {
        assertThat(indexTypes(attribute)).isEqualTo(types(expectedTypes));
    }

    /** The index types of the attribute in the forest's database (the last {@code database} section). */
    private static Set<String> indexTypes(String attribute) {
        String forestDatabase = RENDERED.substring(RENDERED.lastIndexOf("\ndatabase mdb"));
        return forestDatabase
                .lines()
                .filter(l -> l.startsWith("index "))
                .map(l -> l.substring("index ".length()).split(" ", 2))
                .filter(parts -> Arrays.stream(parts[0].split(",")).anyMatch(attribute::equalsIgnoreCase))
                .flatMap(parts -> Arrays.stream(parts[1].split(",")))
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static Set<String> types(String spaced) {
        return Arrays.stream(spaced.trim().split(" ")).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }

    private static DN dn(String dn) {
        try {
            return new DN(dn);
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalArgumentException(dn, e);
        }
    }
}
