package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Checks the connection properties of one {@link AbstractAdConfiguration} and builds {@link LdapEndpointSettings}.
 * Problems go to the caller's list, one line each, starting with the ConnId property name. {@link
 * LdapEndpointSettings.Builder} checks the rest (DN syntax, ports, readable files, trust store type); its lines
 * name its own fields and are translated here to the ConnId names. Used once; not thread-safe.
 */
final class ConnectionPropertiesParser {

    /** The builder's field names at the start of its problem lines, and the ConnId properties they come from. */
    private static final Map<String, String> BUILDER_TO_CONNID = Map.of(
            "servers:", "serverUrls:",
            "bindName:", "bindDn:",
            "bindPassword:", "bindPassword:",
            "caFile:", "caCertificateFile:",
            "trustStore:", "trustStoreFile:",
            "trustStoreType:", "trustStoreType:",
            "connectTimeout:", "connectTimeoutMillis:",
            "responseTimeout:", "responseTimeoutMillis:",
            "globalCatalogPort:", "globalCatalogPort:");

    private final AbstractAdConfiguration config;
    private final List<String> problems;
    private final int problemsBefore;

    ConnectionPropertiesParser(AbstractAdConfiguration config, List<String> problems) {
        this.config = config;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    LdapEndpointSettings parse() {
        LdapEndpointSettings.Builder endpoint = LdapEndpointSettings.builder();
        SecurityMode security = servers(endpoint);
        endpoint.security(security)
                .bind(config.getBindDn(), config.getBindPassword())
                .globalCatalogPort(config.getGlobalCatalogPort());
        Optional<Path> ca = path("caCertificateFile", config.getCaCertificateFile());
        Optional<Path> trustStore = path("trustStoreFile", config.getTrustStoreFile());
        ca.ifPresent(endpoint::caFile);
        trustStore.ifPresent(p -> endpoint.trustStore(p, config.getTrustStoreType(), config.getTrustStorePassword()));
        if (security == SecurityMode.PLAIN && (ca.isPresent() || trustStore.isPresent())) {
            problems.add("startTls: ldap:// URLs without startTls use no TLS, yet caCertificateFile or"
                    + " trustStoreFile is set; set startTls=true or use ldaps:// URLs");
        }
        endpoint.connectTimeout(millis("connectTimeoutMillis", config.getConnectTimeoutMillis()));
        endpoint.responseTimeout(millis("responseTimeoutMillis", config.getResponseTimeoutMillis()));
        int pageSize = config.getPageSize();
        if (pageSize < 1 || pageSize > AbstractAdConfiguration.MAX_PAGE_SIZE) {
            problems.add("pageSize: " + pageSize + " is outside 1.." + AbstractAdConfiguration.MAX_PAGE_SIZE
                    + "; AD returns at most 1000 entries per page (MaxPageSize), use e.g. 500");
        }
        LdapEndpointSettings settings = null;
        try {
            settings = endpoint.build();
        } catch (ConfigurationException e) {
            for (String line : e.getMessage().split("\n")) {
                if (line.startsWith("  ")) {
                    toConnIdName(line.strip()).ifPresent(problems::add);
                }
            }
        }
        return problems.size() > problemsBefore ? null : settings;
    }

    /** Parses the URLs into the builder and derives the security mode from their scheme and startTls. */
    private SecurityMode servers(LdapEndpointSettings.Builder endpoint) {
        String[] urls = config.getServerUrls();
        if (urls.length == 0) {
            problems.add("serverUrls: required; give ldaps://dc1.example.com:636 or ldap://dc1.example.com:389"
                    + " with startTls=true");
            return SecurityMode.LDAPS;
        }
        String scheme = null;
        for (String url : urls) {
            if (url == null || url.isBlank()) {
                problems.add("serverUrls: an entry is empty; remove it or give ldaps://host:636");
                continue;
            }
            LDAPURL parsed;
            try {
                parsed = new LDAPURL(url.strip());
            } catch (LDAPException e) {
                problems.add("serverUrls: '" + url + "' is not an LDAP URL (" + e.getExceptionMessage()
                        + "); write it as ldaps://host:636 or ldap://host:389");
                continue;
            }
            if (!parsed.hostProvided()) {
                problems.add("serverUrls: '" + url + "' names no host; write it as ldaps://host:636");
                continue;
            }
            if (!parsed.getBaseDN().isNullDN() || parsed.attributesProvided() || parsed.filterProvided()) {
                problems.add("serverUrls: '" + url + "' carries a base DN, attributes or a filter; give only"
                        + " scheme, host and port");
                continue;
            }
            String s = parsed.getScheme().toLowerCase(Locale.ROOT);
            if (scheme != null && !scheme.equals(s)) {
                problems.add("serverUrls: '" + url + "' mixes " + s + ":// with " + scheme
                        + "://; all domain controllers must use the same scheme");
            }
            scheme = s;
            endpoint.server(parsed.getHost(), parsed.getPort());
        }
        if ("ldaps".equals(scheme)) {
            if (config.isStartTls()) {
                problems.add("startTls: true with ldaps:// URLs; LDAPS is already TLS: set startTls=false or use"
                        + " ldap:// URLs");
            }
            return SecurityMode.LDAPS;
        }
        return config.isStartTls() ? SecurityMode.STARTTLS : SecurityMode.PLAIN;
    }

    private Optional<Path> path(String property, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.strip()));
        } catch (InvalidPathException e) {
            problems.add(property + ": '" + value + "' is not a file path (" + e.getReason() + ")");
            return Optional.empty();
        }
    }

    private Duration millis(String property, int value) {
        if (value <= 0) {
            problems.add(property + ": " + value + " must be a positive number of milliseconds, e.g. 10000");
            return Duration.ofSeconds(1);
        }
        return Duration.ofMillis(value);
    }

    /**
     * The builder's problem line under the ConnId property name; empty for the lines this parser has already
     * reported in its own words (the security mode with a trust anchor, a missing server list).
     */
    private static Optional<String> toConnIdName(String line) {
        if (line.startsWith("security:") || line.startsWith("servers: at least one")) {
            return Optional.empty();
        }
        if (line.startsWith("caFile, trustStore:")) {
            return Optional.of("caCertificateFile, trustStoreFile:" + line.substring("caFile, trustStore:".length()));
        }
        int colon = line.indexOf(':');
        String name = colon < 0 ? null : BUILDER_TO_CONNID.get(line.substring(0, colon + 1));
        if (name == null) {
            // a check the builder gained later: still reported, under its own name, rather than lost
            return Optional.of(line);
        }
        return Optional.of(name + line.substring(colon + 1));
    }
}
