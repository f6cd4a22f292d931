package io.galbridge.ad.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.galbridge.ad.fixture.EmbeddedAdServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.InvalidCredentialException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdConnectionPoolTest {

    private EmbeddedAdServer server;

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedAdServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aWrongPasswordIsReportedWhenThePoolOpens() {
        String wrong = "Wrong-" + server.password();
        LdapEndpointSettings settings = plain(server.port(), wrong);

        assertThatThrownBy(() -> AdConnectionPool.open(settings))
                .isExactlyInstanceOf(InvalidCredentialException.class)
                .hasMessageContaining(EmbeddedAdServer.ADMIN)
                .hasMessageContaining("invalid credentials")
                .hasMessageNotContaining(wrong);
    }

    @Test
    void failoverSkipsADeadServerAndASessionStaysOnOneServer() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        LdapEndpointSettings settings = LdapEndpointSettings.builder()
                .server("127.0.0.1", deadPort)
                .server("127.0.0.1", server.port())
                .security(SecurityMode.PLAIN)
                .bind(
                        EmbeddedAdServer.ADMIN,
                        new GuardedString(server.password().toCharArray()))
                .connectTimeout(Duration.ofSeconds(2))
                .build();

        try (AdConnectionPool pool = AdConnectionPool.open(settings);
                ServerAffinity session = pool.openSession()) {
            session.run(
                    "create OU=Sequence",
                    c -> c.add(new Entry(
                            "OU=Sequence," + EmbeddedAdServer.BASE,
                            new Attribute("objectClass", "organizationalUnit"),
                            new Attribute("ou", "Sequence"))));
            String readBack = session.run("read OU=Sequence", c -> c.getEntry("OU=Sequence," + EmbeddedAdServer.BASE)
                    .getDN());

            assertThat(readBack).isEqualTo("OU=Sequence," + EmbeddedAdServer.BASE);
            assertThat(session.server()).isEqualTo("127.0.0.1:" + server.port());
        }
    }

    @Test
    void theGlobalCatalogPoolUsesTheSameHostsOnTheGlobalCatalogPort() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        // the domain port is dead; only the (configured) global catalog port answers
        LdapEndpointSettings settings = LdapEndpointSettings.builder()
                .server("127.0.0.1", deadPort)
                .security(SecurityMode.PLAIN)
                .bind(
                        EmbeddedAdServer.ADMIN,
                        new GuardedString(server.password().toCharArray()))
                .globalCatalogPort(server.port())
                .build();

        assertThatThrownBy(() -> AdConnectionPool.open(settings)).isExactlyInstanceOf(ConnectionFailedException.class);
        try (AdConnectionPool gc = AdConnectionPool.openGlobalCatalog(settings);
                ServerAffinity session = gc.openSession()) {
            assertThat(session.server()).isEqualTo("127.0.0.1:" + server.port());
        }
    }

    @Test
    void operationFailuresAreTranslatedNamingTheObject() {
        try (AdConnectionPool pool = AdConnectionPool.open(plain(server.port(), server.password()))) {
            String dn = "OU=Missing," + EmbeddedAdServer.BASE;

            assertThatThrownBy(() -> pool.run(
                            dn, c -> c.modify(dn, new Modification(ModificationType.REPLACE, "description", "x"))))
                    .isExactlyInstanceOf(UnknownUidException.class)
                    .hasMessageStartingWith(dn + ": no such object");
        }
    }

    @Test
    void aServerThatIsGoneIsAConnectionFailure() {
        AdConnectionPool pool = AdConnectionPool.open(plain(server.port(), server.password()));
        try (pool) {
            server.server().shutDown(true);

            assertThatThrownBy(() -> pool.run("read root DSE", c -> c.getRootDSE()))
                    .isExactlyInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("read root DSE");
        }
    }

    @Test
    void checkAliveStaysLocalAndTheNextOperationReportsAStoppedServerUntilItIsBack() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        server.close();
        server = EmbeddedAdServer.start(List.of(InMemoryListenerConfig.createLDAPConfig(
                "ldap", java.net.InetAddress.getLoopbackAddress(), port, null)));
        AdConnectionPool pool = AdConnectionPool.open(plain(port, server.password()));
        try (pool) {
            String before = pool.run(
                    "read the base", c -> c.getEntry(EmbeddedAdServer.BASE).getDN());
            assertThat(before).isEqualTo(EmbeddedAdServer.BASE);

            server.server().shutDown(true); // the listener and every open connection

            pool.checkAlive(); // local state only: a root DSE read would fail here
            assertThatThrownBy(() -> pool.run("read the base", c -> c.getEntry(EmbeddedAdServer.BASE)))
                    .isExactlyInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("127.0.0.1:" + port);

            server.server().startListening();

            String after = pool.run(
                    "read the base", c -> c.getEntry(EmbeddedAdServer.BASE).getDN());
            assertThat(after).isEqualTo(EmbeddedAdServer.BASE);
        }
        assertThatThrownBy(pool::checkAlive)
                .isExactlyInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContaining("closed");
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedTransparently() throws Exception {
        try (AdConnectionPool pool = AdConnectionPool.open(plain(server.port(), server.password()))) {
            pool.run("read the base", c -> c.getEntry(EmbeddedAdServer.BASE));
            // the server drops the pooled connection without notice (as a DC after its idle timeout), and keeps
            // listening: the next operation gets a new connection instead of failing
            server.server().closeAllConnections(false);

            String after = pool.run(
                    "read the base", c -> c.getEntry(EmbeddedAdServer.BASE).getDN());
            assertThat(after).isEqualTo(EmbeddedAdServer.BASE);
        }
    }

    @Test
    void anOperationWhoseConnectionDiesIsRepeatedOnceOnANewConnection() {
        try (AdConnectionPool pool = AdConnectionPool.open(plain(server.port(), server.password()))) {
            java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
            String dn = pool.run("read the base", c -> {
                if (attempts.incrementAndGet() == 1) {
                    server.server().closeAllConnections(false); // dies under the first attempt
                }
                return c.getEntry(EmbeddedAdServer.BASE).getDN();
            });

            assertThat(dn).isEqualTo(EmbeddedAdServer.BASE);
            assertThat(attempts.get()).isEqualTo(2);
        }
    }

    private static LdapEndpointSettings plain(int port, String password) {
        return LdapEndpointSettings.builder()
                .server("127.0.0.1", port)
                .security(SecurityMode.PLAIN)
                .bind(EmbeddedAdServer.ADMIN, new GuardedString(password.toCharArray()))
                .build();
    }
}
