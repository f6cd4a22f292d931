package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * Work done on one checked-out connection.
 *
 * @param <T> the result type; may be {@link Void} with a {@code null} result
 */
@FunctionalInterface
public interface LdapOperation<T> {

    /**
     * @param connection a bound connection, valid only during this call; never null
     * @return the result
     * @throws LDAPException as the SDK threw it; the caller translates it
     */
    T run(LDAPConnection connection) throws LDAPException;
}
