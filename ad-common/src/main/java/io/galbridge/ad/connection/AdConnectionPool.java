package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.GetEntryLDAPConnectionPoolHealthCheck;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.ad.error.LdapErrorTranslator;
import java.util.Objects;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
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
 *
 * <p>Liveness: {@link #checkAlive()} looks at local state only (the pool is not closed) and never goes to the
 * server, so a ConnId host that checks every borrowed connector costs no round trip. A connection the server
 * or the network has closed is replaced by the pool itself: on checkout a connection that is no longer
 * connected is discarded and a new one is made (failing over to the next server); a background health check
 * (a root DSE read on idle connections, every {@value #HEALTH_CHECK_INTERVAL_MILLIS} ms) discards connections
 * that died silently; and {@link #run(String, LdapOperation)} repeats an operation once on a new connection
 * when it failed because its connection was unusable (the pool's own operations do the same, {@link
 * LDAPConnectionPool#setRetryFailedOperationsDueToInvalidConnections(boolean)}). When no server can be reached
 * the operation fails with {@link ConnectionFailedException} naming the servers.
 */
public final class AdConnectionPool implements AutoCloseable {

    /** How often idle connections are checked in the background. */
    static final long HEALTH_CHECK_INTERVAL_MILLIS = 60_000L;

    private final LDAPConnectionPool pool;
    private final String description;
    /** The suffix of the message when {@link #run} gets no connection; built once, not per operation. */
    private final String connecting;

    private AdConnectionPool(LDAPConnectionPool pool, String description) {
        this.pool = pool;
        this.description = description;
        this.connecting = " (connecting to " + description + ")";
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
            pool.setRetryFailedOperationsDueToInvalidConnections(true);
            // root DSE read on idle connections in the background and after a failure; never on checkout
            pool.setHealthCheck(new GetEntryLDAPConnectionPoolHealthCheck(
                    "", settings.responseTimeout().toMillis(), false, false, false, false, true, true));
            pool.setHealthCheckIntervalMillis(HEALTH_CHECK_INTERVAL_MILLIS);
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
        for (int attempt = 1; ; attempt++) {
            LDAPConnection connection = connection(what, connecting);
            boolean usable = true;
            try {
                return operation.run(connection);
            } catch (LDAPException e) {
                usable = e.getResultCode().isConnectionUsable();
                if (!usable && attempt == 1) {
                    continue; // the connection was dead: once more on a new one (the finally discards it)
                }
                throw LdapErrorTranslator.translate(e, what);
            } finally {
                if (usable) {
                    pool.releaseConnection(connection);
                } else {
                    pool.releaseDefunctConnection(connection);
                }
            }
        }
    }

    /**
     * Whether this pool can serve operations, from local state only (no server round trip): it has not been
     * closed. Dead connections are replaced when they are next checked out (see the class comment), so a
     * server that is really gone is reported by the next operation, as {@link ConnectionFailedException}.
     *
     * @throws ConnectionFailedException if the pool has been closed
     */
    public void checkAlive() {
        if (pool.isClosed()) {
            throw new ConnectionFailedException("the connection pool to " + description + " is closed");
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
        return new ServerAffinity(pool, connection(what, ""));
    }

    /** A pooled connection; the message ({@code what} then {@code detail}) is only built when there is none. */
    private LDAPConnection connection(String what, String detail) {
        try {
            return pool.getConnection();
        } catch (LDAPException e) {
            throw LdapErrorTranslator.translate(e, what + detail);
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
