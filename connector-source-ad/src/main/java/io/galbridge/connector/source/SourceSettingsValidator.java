package io.galbridge.connector.source;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.connection.SecurityMode;
import io.galbridge.ad.search.AdminFilter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Checks every property of a {@link SourceAdConfiguration} and builds {@link SourceSettings}. All problems
 * are collected and reported together in one {@link ConfigurationException}, one line each, starting with
 * the property name, then the bad value and how to fix it. Used once per validation; not thread-safe.
 */
final class SourceSettingsValidator {

    private final SourceAdConfiguration config;
    private final List<String> problems = new ArrayList<>();

    SourceSettingsValidator(SourceAdConfiguration config) {
        this.config = config;
    }

    SourceSettings validate() {
        LdapEndpointSettings.Builder endpoint = LdapEndpointSettings.builder();
        SecurityMode security = servers(endpoint);
        endpoint.security(security)
                .bind(config.getBindDn(), config.getBindPassword())
                .globalCatalogPort(config.getGlobalCatalogPort());
        path("caCertificateFile", config.getCaCertificateFile()).ifPresent(endpoint::caFile);
        path("trustStoreFile", config.getTrustStoreFile())
                .ifPresent(p -> endpoint.trustStore(p, config.getTrustStoreType(), config.getTrustStorePassword()));
        endpoint.connectTimeout(millis("connectTimeoutMillis", config.getConnectTimeoutMillis()));
        endpoint.responseTimeout(millis("responseTimeoutMillis", config.getResponseTimeoutMillis()));
        LdapEndpointSettings endpointSettings = null;
        try {
            endpointSettings = endpoint.build();
        } catch (ConfigurationException e) {
            for (String line : e.getMessage().split("\n")) {
                if (line.startsWith("  ")) {
                    problems.add(renameEndpointProperty(line.strip()));
                }
            }
        }
        List<DN> baseContexts = dns("baseContexts", config.getBaseContexts());
        if (config.getBaseContexts().length == 0) {
            problems.add("baseContexts: required; give at least one DN to search, e.g. DC=src,DC=test");
        }
        checkNoNesting(baseContexts);
        List<DN> includeOus = dns("includeOus", config.getIncludeOus());
        List<DN> excludeOus = dns("excludeOus", config.getExcludeOus());
        for (DN ou : includeOus) {
            insideBase("includeOus", ou, baseContexts);
        }
        for (DN ou : excludeOus) {
            insideBase("excludeOus", ou, baseContexts);
        }
        List<DN> galSyncOus = dns("galSyncOus", config.getGalSyncOus());
        Optional<AdminFilter> adminFilter = adminFilter();
        int pageSize = config.getPageSize();
        if (pageSize < 1 || pageSize > SourceSettings.MAX_PAGE_SIZE) {
            problems.add("pageSize: " + pageSize + " is outside 1.." + SourceSettings.MAX_PAGE_SIZE
                    + "; AD returns at most 1000 entries per page (MaxPageSize), use e.g. 500");
        }
        SyncStrategy syncStrategy = syncStrategy();
        String forest = forestDnsName();
        if (!problems.isEmpty() || endpointSettings == null) {
            throw new ConfigurationException("Invalid source AD connector configuration (" + problems.size()
                    + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        }
        return new SourceSettings(
                endpointSettings,
                baseContexts,
                includeOus,
                excludeOus,
                adminFilter,
                pageSize,
                syncStrategy,
                forest,
                galSyncOus,
                config.isRemoveMailboxAttributesAllowed());
    }

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
                        + " scheme, host and port, and use baseContexts and adminFilter for the rest");
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

    /** The endpoint builder names its own properties; say them as this configuration calls them. */
    private static String renameEndpointProperty(String line) {
        return line.replaceFirst("^servers:", "serverUrls:")
                .replaceFirst("^bindName:", "bindDn:")
                .replaceFirst("^caFile:", "caCertificateFile:")
                .replaceFirst("^caFile, trustStore:", "caCertificateFile, trustStoreFile:")
                .replaceFirst("^trustStore:", "trustStoreFile:")
                .replaceFirst("^security: PLAIN", "startTls: ldap:// without startTls (no TLS)")
                .replaceFirst("^connectTimeout:", "connectTimeoutMillis:")
                .replaceFirst("^responseTimeout:", "responseTimeoutMillis:");
    }

    private List<DN> dns(String property, String[] values) {
        List<DN> out = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                problems.add(property + ": an entry is empty; remove it or give a DN such as OU=Mail,DC=src,DC=test");
                continue;
            }
            try {
                DN dn = new DN(value.strip());
                if (dn.isNullDN()) {
                    problems.add(property + ": '" + value + "' is the empty DN; give a naming context such as"
                            + " DC=src,DC=test");
                } else {
                    out.add(dn);
                }
            } catch (LDAPException e) {
                problems.add(property + ": '" + value + "' is not a DN (" + e.getExceptionMessage()
                        + "); write it as OU=Mail,DC=src,DC=test");
            }
        }
        return out;
    }

    private void checkNoNesting(List<DN> baseContexts) {
        for (DN a : baseContexts) {
            for (DN b : baseContexts) {
                if (a != b && a.isDescendantOf(b, true)) {
                    problems.add("baseContexts: '" + a + "' lies inside '" + b
                            + "'; remove it, or its entries would be returned twice");
                }
            }
        }
    }

    private void insideBase(String property, DN ou, List<DN> baseContexts) {
        if (!baseContexts.isEmpty() && baseContexts.stream().noneMatch(base -> ou.isDescendantOf(base, true))) {
            problems.add(property + ": '" + ou + "' is outside every base context " + baseContexts
                    + "; move it under one or add its naming context to baseContexts");
        }
    }

    private Optional<AdminFilter> adminFilter() {
        String text = config.getAdminFilter();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AdminFilter.parse("adminFilter", text));
        } catch (ConfigurationException e) {
            problems.add(
                    e.getMessage() + "; write a parenthesised filter such as (!(msExchHideFromAddressLists=TRUE))");
            return Optional.empty();
        }
    }

    private SyncStrategy syncStrategy() {
        String value = config.getSyncStrategy();
        if (value == null || value.isBlank()) {
            return SyncStrategy.AUTO;
        }
        try {
            return SyncStrategy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("syncStrategy: '" + value + "' is not one of AUTO, DIRSYNC, USN_CHANGED, CONTENT_SYNC");
            return SyncStrategy.AUTO;
        }
    }

    private String forestDnsName() {
        String value = config.getForestDnsName();
        if (value == null || value.isBlank()) {
            problems.add("forestDnsName: required; give the forest root domain's DNS name, e.g. src.example.com");
            return "";
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            problems.add("forestDnsName: '" + value + "' is not a DNS name with at least two labels, e.g."
                    + " src.example.com");
        }
        return lower;
    }
}
