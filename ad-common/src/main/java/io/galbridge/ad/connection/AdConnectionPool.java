package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.ad.error.LdapErrorTranslator;
import java.util.Objects;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * A pool of bound connections to one forest's domain controllers (UnboundID {@link LDAPConnectionPool}
 * over a {@link FailoverServerSet}: the first reachable server in the configured order).
 *
 * <p>{@link #open(LdapEndpointSettings)} connects and binds one connection at once, so a wrong password,
 * an untrusted certificate or a host-name mismatch is reported when the pool is opened, as a ConnId
 * exception whose message says which ({@code "certificate not trusted"}, {@code "host name mismatch"},
 * {@code "invalid credentials (wrong password ...)"}). TLS always verifies the certificate chain and the
 * host name. Thread-safe; close it to close every connection.
 */
public final class AdConnectionPool implements AutoCloseable {

    private final LDAPConnectionPool pool;
    private final String description;

    private AdConnectionPool(LDAPConnectionPool pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /**
     * Opens a pool to the settings' domain controllers.
     *
     * @param settings validated settings; not null
     * @return the open pool, with one bound connection
     * @throws ConnectorException the translated connect or bind failure (e.g. {@code
     *     ConnectionFailedException}, {@code InvalidCredentialException}), or a {@code ConfigurationException}
     *     if the trust material cannot be read
     */
    public static AdConnectionPool open(LdapEndpointSettings settings) {
        Objects.requireNonNull(settings, "settings");
        String description =
                "connect to " + settings.servers() + " (" + settings.security() + ") as " + settings.bindName();
        SSLContext tls = settings.security().usesTls() ? TlsTrust.clientContext(settings) : null;
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(
                Math.toIntExact(settings.connectTimeout().toMillis()));
        options.setResponseTimeoutMillis(settings.responseTimeout().toMillis());
        options.setSSLSocketVerifier(new HostNameCheck());
        options.setFollowReferrals(false);
        options.setUseSynchronousMode(false);
        SocketFactory sockets =
                settings.security() == SecurityMode.LDAPS ? tls.getSocketFactory() : SocketFactory.getDefault();
        String[] hosts =
                settings.servers().stream().map(LdapServerAddress::host).toArray(String[]::new);
        int[] ports =
                settings.servers().stream().mapToInt(LdapServerAddress::port).toArray();
        FailoverServerSet servers = new FailoverServerSet(hosts, ports, sockets, options);
        try {
            LDAPConnectionPool pool = new LDAPConnectionPool(
                    servers, null, 1, settings.poolSize(), new AdConnectionSetup(settings, tls), true);
            pool.setConnectionPoolName("galbridge " + settings.servers());
            return new AdConnectionPool(pool, settings.servers() + " (" + settings.security() + ")");
        } catch (LDAPException e) {
            throw LdapErrorTranslator.translate(e, description);
        }
    }

    /**
     * Opens a pool to the global catalog of the same hosts (port 3268, or 3269 with LDAPS, unless
     * configured), for forest-wide reads: the GC holds a partial replica of every domain of the forest.
     */
    public static AdConnectionPool openGlobalCatalog(LdapEndpointSettings settings) {
        return open(settings.forGlobalCatalog());
    }

    /**
     * Runs one operation on a pooled connection. The connection may be to any of the servers; use {@link
     * #openSession()} when several operations must see the same server.
     *
     * @param what the object concerned, for error messages; not null
     * @param operation the operation
     * @return its result
     * @throws ConnectorException the translated LDAP failure
     */
    public <T> T run(String what, LdapOperation<T> operation) {
        try (ServerAffinity session = checkOut(what + " (connecting to " + description + ")")) {
            return session.run(what, operation);
        }
    }

    /**
     * Checks out one connection for a sequence of operations on one server.
     *
     * @return the session; close it to return the connection
     * @throws ConnectorException if no connection can be had (translated, e.g. {@code
     *     ConnectionFailedException})
     */
    public ServerAffinity openSession() {
        return checkOut("connect to " + description);
    }

    private ServerAffinity checkOut(String what) {
        try {
            LDAPConnection connection = pool.getConnection();
            return new ServerAffinity(pool, connection);
        } catch (LDAPException e) {
            throw LdapErrorTranslator.translate(e, what);
        }
    }

    /** The servers and mode, for messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
