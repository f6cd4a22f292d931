package io.galbridge.ad.search;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * An LDAP filter an administrator wrote in the configuration (e.g. {@code
 * (&(mail=*)(!(msExchHideFromAddressLists=TRUE)))}), parsed once, at validation time, and then only combined
 * with filters built from objects: {@code Filter.createANDFilter(adminFilter, ...)}.
 *
 * <p>This is the only class allowed to parse a filter string. It never receives data values: whatever the
 * administrator wrote is trusted as configuration, and values from directory objects or ConnId queries go
 * into {@link Filter} factory methods, where they cannot change a filter's structure. Immutable and
 * thread-safe.
 */
@SuppressForbidden(reason = "parses the administrator's configured filter; the one sanctioned Filter.create call")
public final class AdminFilter {

    private final Filter filter;

    private AdminFilter(Filter filter) {
        this.filter = filter;
    }

    /**
     * Parses an administrator's filter.
     *
     * @param property the configuration property it came from, named in the error message; not null
     * @param text the filter in RFC 4515 syntax; not null
     * @return the parsed filter
     * @throws ConfigurationException naming the property and the syntax problem
     */
    public static AdminFilter parse(String property, String text) {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(text, "text");
        try {
            return new AdminFilter(Filter.create(text));
        } catch (LDAPException e) {
            throw new ConfigurationException(
                    property + ": '" + text + "' is not a valid LDAP filter: " + e.getMessage(), e);
        }
    }

    /** The parsed filter. */
    public Filter filter() {
        return filter;
    }

    /**
     * This filter AND another one.
     *
     * @param other a filter built from objects; not null
     * @return {@code (&<this><other>)}
     */
    public Filter and(Filter other) {
        return Filter.createANDFilter(filter, Objects.requireNonNull(other, "other"));
    }

    /** The normalised filter text. */
    @Override
    public String toString() {
        return filter.toString();
    }
}
