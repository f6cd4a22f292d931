package io.galbridge.connector.source;

import com.unboundid.ldap.listener.AccessLogRequestHandler;
import com.unboundid.ldap.listener.LDAPListener;
import com.unboundid.ldap.listener.LDAPListenerConfig;
import com.unboundid.ldap.listener.ProxyRequestHandler;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import io.galbridge.testkit.TestForest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A loopback LDAP proxy in front of a test forest that records every request it forwards, in UnboundID's access
 * log format ({@code SEARCH REQUEST ... base="..."}, {@code MODIFY REQUEST ... dn="..."}), so a test can count
 * the round trips a connector makes on any server kind. Connectors speak plain LDAP to the proxy; the proxy
 * speaks LDAPS to the forest, trusting only the forest's CA and checking its host name. Close it to stop it.
 */
final class CountingProxy implements AutoCloseable {

    private final LDAPListener listener;
    private final List<String> log;

    private CountingProxy(LDAPListener listener, List<String> log) {
        this.listener = listener;
        this.log = log;
    }

    static CountingProxy start(TestForest forest) throws Exception {
        LDAPConnectionOptions options = forest.connectionOptions();
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        SSLUtil tls =
                new SSLUtil(new PEMFileTrustManager(forest.caCertificatePem().toFile()));
        SingleServerSet backend =
                new SingleServerSet(forest.host(), forest.ldapsPort(), tls.createSSLSocketFactory(), options);
        List<String> log = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (log) {
                    log.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        LDAPListenerConfig config =
                new LDAPListenerConfig(0, new AccessLogRequestHandler(recorder, new ProxyRequestHandler(backend)));
        config.setListenAddress(InetAddress.getLoopbackAddress());
        LDAPListener listener = new LDAPListener(config);
        listener.startListening();
        return new CountingProxy(listener, log);
    }

    /** {@code ldap://127.0.0.1:port}. */
    String ldapUrl() {
        return "ldap://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + listener.getListenPort();
    }

    /** Forgets the requests recorded so far. */
    void reset() {
        synchronized (log) {
            log.clear();
        }
    }

    /** The searches recorded since the last reset, except root DSE reads (base ""). */
    List<String> searches() {
        return requests("SEARCH REQUEST").stream()
                .filter(r -> !r.contains("base=\"\""))
                .toList();
    }

    /** The modify requests recorded since the last reset. */
    List<String> modifies() {
        return requests("MODIFY REQUEST");
    }

    private List<String> requests(String type) {
        synchronized (log) {
            return new ArrayList<>(log.stream().filter(r -> r.contains(type)).toList());
        }
    }

    @Override
    public void close() {
        listener.shutDown(true);
    }
}
