package io.galbridge.connector.source.search;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.ad.search.AdminFilter;
import io.galbridge.mapping.model.AttributeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The LDAP filter that selects candidate recipients, built from {@link Filter} objects: mail-enabled users,
 * contacts, groups and dynamic distribution lists (any of mailNickname, proxyAddresses, targetAddress or
 * homeMDB present), never computers. The classifier then decides each entry's kind; entries it finds not to
 * be recipients (K0) are not returned. Stateless.
 */
public final class RecipientFilters {

    private RecipientFilters() {}

    /** The candidate-recipient filter. */
    public static Filter recipients() {
        return Filter.createANDFilter(
                Filter.createORFilter(
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "user"),
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "contact"),
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "group"),
                        Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "msExchDynamicDistributionList")),
                Filter.createORFilter(
                        Filter.createPresenceFilter(AttributeNames.MAIL_NICKNAME),
                        Filter.createPresenceFilter(AttributeNames.PROXY_ADDRESSES),
                        Filter.createPresenceFilter(AttributeNames.TARGET_ADDRESS),
                        Filter.createPresenceFilter(AttributeNames.HOME_MDB)),
                Filter.createNOTFilter(Filter.createEqualityFilter(AttributeNames.OBJECT_CLASS, "computer")));
    }

    /**
     * The complete search filter: candidates AND the administrator's filter AND the host's query.
     *
     * @param admin the configured extra filter, if any
     * @param query the translated host query, or null for none
     */
    public static Filter scoped(Optional<AdminFilter> admin, Filter query) {
        List<Filter> parts = new ArrayList<>();
        parts.add(recipients());
        admin.ifPresent(a -> parts.add(a.filter()));
        if (query != null) {
            parts.add(query);
        }
        return Filter.createANDFilter(parts);
    }
}
