package io.galbridge.connector.source;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.search.AdminFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Checks every property of a {@link SourceAdConfiguration} and builds {@link SourceSettings}; the connection
 * properties are checked by {@link io.galbridge.ad.connection.AbstractAdConfiguration#connectionSettings}. All
 * problems are collected and reported together in one {@link ConfigurationException}, one line each, starting with
 * the property name, then the bad value and how to fix it. Used once per validation; not thread-safe.
 */
final class SourceSettingsValidator {

    private final SourceAdConfiguration config;
    private final List<String> problems = new ArrayList<>();

    SourceSettingsValidator(SourceAdConfiguration config) {
        this.config = config;
    }

    SourceSettings validate() {
        LdapEndpointSettings endpointSettings = config.connectionSettings(problems);
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
                config.getPageSize(),
                syncStrategy,
                forest,
                galSyncOus,
                config.isRemoveMailboxAttributesAllowed());
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
