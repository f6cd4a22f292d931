package io.galbridge.ad.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.identityconnectors.common.security.GuardedString;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The one table of bad connection properties, run against {@link AbstractAdConfiguration} here and against both
 * connectors' configurations in their modules (through ad-common's test-jar). Each row: the ConnId property
 * that must open a problem line, a text the line must contain (the bad value or the reason), and the change
 * that breaks an otherwise valid configuration.
 */
public final class ConnectionPropertyCases {

    /** The bind password every valid configuration of these tests uses; no message may contain it. */
    public static final String SECRET = "not-a-real-Pa55word";

    /** The names {@link LdapEndpointSettings.Builder} uses for its fields; a user never sees them. */
    private static final List<String> INTERNAL_NAMES = List.of(
            "servers:",
            "bindName:",
            "caFile:",
            "caFile,",
            "trustStore:",
            "connectTimeout:",
            "responseTimeout:",
            "security:");

    private ConnectionPropertyCases() {}

    /** The rows: property, mention, change. */
    public static Stream<Arguments> badConnectionProperties() {
        return Stream.of(
                bad("serverUrls", "required", c -> c.setServerUrls(new String[0])),
                bad("serverUrls", "htp://dc1", c -> c.setServerUrls(new String[] {"htp://dc1"})),
                bad(
                        "serverUrls",
                        "an entry is empty",
                        c -> c.setServerUrls(new String[] {"ldaps://dc1.example.com", " "})),
                bad(
                        "serverUrls",
                        "mixes",
                        c -> c.setServerUrls(new String[] {"ldaps://dc1.example.com", "ldap://dc2.example.com"})),
                bad(
                        "serverUrls",
                        "base DN",
                        c -> c.setServerUrls(new String[] {"ldaps://dc1.example.com/DC=example,DC=com"})),
                bad("startTls", "ldaps://", c -> {
                    c.setServerUrls(new String[] {"ldaps://dc1.example.com:636"});
                    c.setStartTls(true);
                }),
                bad("startTls", "no TLS", c -> {
                    c.setServerUrls(new String[] {"ldap://dc1.example.com:389"});
                    c.setStartTls(false);
                    c.setTrustStoreFile(null);
                    c.setCaCertificateFile("/etc/galbridge/example-ca.pem");
                }),
                bad("bindDn", "required", c -> c.setBindDn(null)),
                bad("bindDn", "required", c -> c.setBindDn("  ")),
                bad("bindDn", "svc-galbridge", c -> c.setBindDn("svc-galbridge")),
                bad("bindDn", "not a valid DN", c -> c.setBindDn("CN=svc-galbridge,,DC=example,DC=com")),
                bad("bindPassword", "required", c -> c.setBindPassword(null)),
                bad(
                        "caCertificateFile",
                        "/nonexistent/galbridge/ca.pem",
                        c -> c.setCaCertificateFile("/nonexistent/galbridge/ca.pem")),
                bad("caCertificateFile, trustStoreFile", "not both", c -> {
                    c.setCaCertificateFile("/nonexistent/galbridge/ca.pem");
                    c.setTrustStoreFile("/nonexistent/galbridge/trust.p12");
                }),
                bad("trustStoreFile", "/nonexistent/galbridge/trust.p12", c -> {
                    c.setCaCertificateFile(null);
                    c.setTrustStoreFile("/nonexistent/galbridge/trust.p12");
                }),
                bad("trustStoreType", "'PEM'", c -> {
                    c.setCaCertificateFile(null);
                    c.setTrustStoreFile("/nonexistent/galbridge/trust.pem");
                    c.setTrustStoreType("PEM");
                }),
                bad("connectTimeoutMillis", "0", c -> c.setConnectTimeoutMillis(0)),
                bad("connectTimeoutMillis", "-5", c -> c.setConnectTimeoutMillis(-5)),
                bad("responseTimeoutMillis", "-1", c -> c.setResponseTimeoutMillis(-1)),
                bad("globalCatalogPort", "70000", c -> c.setGlobalCatalogPort(70_000)),
                bad("globalCatalogPort", "-1", c -> c.setGlobalCatalogPort(-1)),
                bad("pageSize", "0", c -> c.setPageSize(0)),
                bad("pageSize", "1001", c -> c.setPageSize(1001)));
    }

    /**
     * Asserts that a validation message reports the row: a line that starts with the ConnId property name and
     * contains the mention, no line that starts with an internal name, and never the password.
     */
    public static void assertReported(String message, String property, String mention) {
        List<String> lines =
                Arrays.stream(message.split("\n")).map(String::strip).toList();
        assertThat(lines)
                .as("a line for %s mentioning %s in:%n%s", property, mention, message)
                .anyMatch(l -> l.startsWith(property + ":") && l.contains(mention));
        assertThat(lines).as("no internal property names in:%n%s", message).noneMatch(l -> INTERNAL_NAMES.stream()
                .anyMatch(l::startsWith));
        assertThat(message).doesNotContain(SECRET);
    }

    /** A password for valid configurations of these tests. */
    public static GuardedString password() {
        return new GuardedString(SECRET.toCharArray());
    }

    private static Arguments bad(String property, String mention, Consumer<AbstractAdConfiguration> change) {
        return Arguments.of(property, mention, change);
    }
}
