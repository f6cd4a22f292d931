package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.ad.error.LdapErrorTranslator;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * One connection held for a sequence of operations that must see one domain controller, e.g. create an
 * object then read back its server-assigned objectGUID, or page through a search (AD's paging cookie is
 * only valid on the server that issued it). AD replication is not instant, so such a sequence must not
 * hop between DCs.
 *
 * <p>Obtain it with {@link AdConnectionPool#openSession()} and close it (try-with-resources) to return the
 * connection. Not thread-safe: one sequence, one thread.
 */
public final class ServerAffinity implements AutoCloseable {

    private final LDAPConnectionPool pool;
    private final LDAPConnection connection;
    private boolean closed;
    private boolean defunct;

    ServerAffinity(LDAPConnectionPool pool, LDAPConnection connection) {
        this.pool = pool;
        this.connection = connection;
    }

    /**
     * Runs one step of the sequence on the held connection.
     *
     * @param what the object concerned, for error messages (a DN or description); not null
     * @param operation the step
     * @return its result
     * @throws ConnectorException the translated LDAP failure; after a connection-level failure the session
     *     is unusable and its connection is discarded on close
     */
    public <T> T run(String what, LdapOperation<T> operation) {
        if (closed) {
            throw new IllegalStateException("server affinity session already closed");
        }
        try {
            return operation.run(connection);
        } catch (LDAPException e) {
            defunct |= !e.getResultCode().isConnectionUsable();
            throw LdapErrorTranslator.translate(e, what);
        }
    }

    /** The server this sequence is bound to, as {@code host:port}. */
    public String server() {
        return connection.getConnectedAddress() + ":" + connection.getConnectedPort();
    }

    /** Returns the connection to the pool (or discards it after a connection failure). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (defunct) {
            pool.releaseDefunctConnection(connection);
        } else {
            pool.releaseConnection(connection);
        }
    }
}
