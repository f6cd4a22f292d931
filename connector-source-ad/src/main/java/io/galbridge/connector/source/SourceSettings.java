package io.galbridge.connector.source;

import com.unboundid.ldap.sdk.DN;
import io.galbridge.ad.connection.AbstractAdConfiguration;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.search.AdminFilter;
import io.galbridge.mapping.recipient.ClassifierContext;
import io.galbridge.mapping.recipient.DnScope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The validated configuration of one source-forest connector instance; produced by {@link
 * SourceAdConfiguration#toSettings()}. Immutable and thread-safe; {@link #toString()} shows no secret.
 *
 * @param endpoint how to reach and bind to the domain controllers; never null
 * @param baseContexts the subtrees searched for recipients, at least one, none inside another
 * @param includeOus when not empty, only these subtrees (each inside a base context) are searched
 * @param excludeOus entries inside these subtrees are never returned
 * @param adminFilter an extra filter ANDed to every search, when configured
 * @param pageSize entries per page of a paged search (1..{@link #MAX_PAGE_SIZE})
 * @param syncStrategy how changes are followed
 * @param forestDnsName the forest's DNS name, lower case (e.g. {@code src.test})
 * @param galSyncOus OUs holding GAL-sync contact replicas (classified K6)
 * @param removeMailboxAttributesAllowed whether the post-move flip may remove homeMDB, homeMTA and
 *     msExchHomeServerName
 */
public record SourceSettings(
        LdapEndpointSettings endpoint,
        List<DN> baseContexts,
        List<DN> includeOus,
        List<DN> excludeOus,
        Optional<AdminFilter> adminFilter,
        int pageSize,
        SyncStrategy syncStrategy,
        String forestDnsName,
        List<DN> galSyncOus,
        boolean removeMailboxAttributesAllowed) {

    /** AD's default MaxPageSize: a larger page is silently cut to it by the server. */
    public static final int MAX_PAGE_SIZE = AbstractAdConfiguration.MAX_PAGE_SIZE;

    /** Copies the lists; checks for null. */
    public SourceSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        baseContexts = List.copyOf(baseContexts);
        includeOus = List.copyOf(includeOus);
        excludeOus = List.copyOf(excludeOus);
        Objects.requireNonNull(adminFilter, "adminFilter");
        Objects.requireNonNull(syncStrategy, "syncStrategy");
        Objects.requireNonNull(forestDnsName, "forestDnsName");
        galSyncOus = List.copyOf(galSyncOus);
    }

    /** The subtrees actually searched: the include OUs when given, else the base contexts. */
    public List<DN> searchRoots() {
        return includeOus.isEmpty() ? baseContexts : includeOus;
    }

    /** Whether an entry lies inside the configured scope (a search root, and no excluded OU). */
    public boolean inScope(DN entry) {
        // loops, not streams: this runs for every entry a search or a sync returns
        boolean inRoot = false;
        for (DN root : searchRoots()) {
            if (entry.isDescendantOf(root, true)) {
                inRoot = true;
                break;
            }
        }
        if (!inRoot) {
            return false;
        }
        for (DN ou : excludeOus) {
            if (entry.isDescendantOf(ou, true)) {
                return false;
            }
        }
        return true;
    }

    /** What the recipient classifier needs: the GAL-sync OUs of this forest. */
    public ClassifierContext classifierContext() {
        return new ClassifierContext(
                galSyncOus.stream().map(dn -> new DnScope(dn.toString())).toList(), Set.of(), Set.of());
    }
}
