package io.galbridge.ad.connection;

import java.util.Objects;

/**
 * One domain controller: host name (or literal address) and port. The host is what TLS host-name
 * verification checks the certificate against, so give the name the certificate carries.
 *
 * @param host host name or literal address; not null (checked by {@link LdapEndpointSettings})
 * @param port TCP port
 */
public record LdapServerAddress(String host, int port) {

    /** Checks for null. */
    public LdapServerAddress {
        Objects.requireNonNull(host, "host");
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
