package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.galbridge.testkit.ForestCapability;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.TestForest;
import java.nio.file.Path;
import java.util.Set;

/**
 * One running embedded forest: an UnboundID {@link InMemoryDirectoryServer} in this JVM, listening on
 * {@code 127.0.0.1} only, with the project's AD/Exchange schema enforced and AD's server-side stamping
 * emulated (see {@link EmbeddedForestProvider}). Started by {@link EmbeddedForestProvider#start}; stopped
 * by closing the {@link io.galbridge.testkit.RunningForests} it belongs to. Safe to share between tests.
 */
public final class EmbeddedForest implements TestForest {

    private static final Set<ForestCapability> CAPABILITIES =
            Set.of(ForestCapability.PAGED_RESULTS, ForestCapability.USN_CHANGED, ForestCapability.SERVER_GENERATED_IDS);

    private final ForestSpec spec;
    private final InMemoryDirectoryServer server;
    private final String password;
    private final Path caCertificatePem;
    private final UpdateSequence sequence;
    private final RequestLog requests;

    EmbeddedForest(
            ForestSpec spec,
            InMemoryDirectoryServer server,
            String password,
            Path caCertificatePem,
            UpdateSequence sequence,
            RequestLog requests) {
        this.spec = spec;
        this.server = server;
        this.password = password;
        this.caCertificatePem = caCertificatePem;
        this.sequence = sequence;
        this.requests = requests;
    }

    @Override
    public ForestSpec spec() {
        return spec;
    }

    @Override
    public ForestKind kind() {
        return ForestKind.EMBEDDED;
    }

    /** Always {@code 127.0.0.1}: the listeners bind the loopback address only. */
    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int ldapPort() {
        return server.getListenPort("ldap");
    }

    @Override
    public int ldapsPort() {
        return server.getListenPort("ldaps");
    }

    /** {@code CN=Administrator,CN=Users,<base>}. */
    @Override
    public String bindDn() {
        return BaseDirectoryTree.administratorDn(spec).toString();
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public Path caCertificatePem() {
        return caCertificatePem;
    }

    /** {@link ForestCapability#PAGED_RESULTS}, {@link ForestCapability#USN_CHANGED} and {@link ForestCapability#SERVER_GENERATED_IDS}. */
    @Override
    public Set<ForestCapability> capabilities() {
        return CAPABILITIES;
    }

    /**
     * The server itself, for what only an in-process server offers, e.g.
     * {@link InMemoryDirectoryServer#createSnapshot()} and {@code restoreSnapshot} to reset a forest between
     * tests. Operations called on it directly bypass the AD stand-ins (no stamping, no refusals).
     */
    public InMemoryDirectoryServer directoryServer() {
        return server;
    }

    /** The requests clients send this forest, recorded on demand (round-trip assertions). */
    public RequestLog requests() {
        return requests;
    }

    /** The forest's current highest update sequence number, as its root DSE answers it. */
    public long highestCommittedUsn() {
        return sequence.highestCommitted();
    }

    /** Stops the listeners and closes client connections; harmless when already stopped. */
    void stop() {
        server.shutDown(true);
    }

    @Override
    public String toString() {
        return "embedded forest " + spec.role() + " (" + spec.dnsName() + ") at " + ldapUrl();
    }
}
