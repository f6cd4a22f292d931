package io.galbridge.ad.search;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Objects;

/**
 * An administrator's extra LDAP filter from a configuration property, parsed once at validation time.
 *
 * <p>This is the only class allowed to turn a filter <em>string</em> into a {@link Filter} (the build bans
 * {@code Filter.create(String)} elsewhere): the text comes from the administrator, never from directory
 * data or a ConnId host's query, and the parsed filter is only ever combined with others by {@link
 * Filter#createANDFilter}, so it cannot widen the connector's own scope. Immutable and thread-safe.
 *
 * @param text the filter as configured; never null
 * @param filter the parsed filter; never null
 */
public record AdminFilter(String text, Filter filter) {

    /** Checks for null. */
    public AdminFilter {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filter, "filter");
    }

    /**
     * Parses an RFC 4515 filter string.
     *
     * @param text the configured filter, e.g. {@code (!(msExchHideFromAddressLists=TRUE))}; not null
     * @return the parsed filter
     * @throws IllegalArgumentException naming the text and the parser's reason when it is not a filter
     */
    @SuppressForbidden // the one place where an administrator's filter string is parsed
    public static AdminFilter parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return new AdminFilter(text, Filter.create(text.strip()));
        } catch (LDAPException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an LDAP filter (RFC 4515): " + e.getExceptionMessage(), e);
        }
    }
}
