package io.galbridge.testkit.samba;

import io.galbridge.testkit.ForestCapability;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.TestForest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * A running Samba AD DC forest. Clients connect to {@code 127.0.0.1} (which the server certificate names as
 * an IP address alternative name) on ports bridged from the DC's network namespace. Immutable.
 *
 * @param spec the forest's role and DNS name; never null
 * @param ldapPort port of plain LDAP (StartTLS available)
 * @param ldapsPort port of LDAP over TLS
 * @param globalCatalogPort port of the global catalog (AD's 3268, plain LDAP)
 * @param password the Administrator password; a throwaway generated per template; never in {@link #toString()}
 * @param caCertificatePem PEM file of the test CA that issued the DC's certificate
 * @param directory the DC's private directory (smb.conf, databases, {@code log/samba.out}); deleted on close
 */
public record SambaForest(
        ForestSpec spec,
        int ldapPort,
        int ldapsPort,
        int globalCatalogPort,
        String password,
        Path caCertificatePem,
        Path directory)
        implements TestForest {

    private static final Set<ForestCapability> CAPABILITIES = EnumSet.of(
            ForestCapability.PAGED_RESULTS,
            ForestCapability.DIRSYNC,
            ForestCapability.USN_CHANGED,
            ForestCapability.SHOW_DELETED,
            ForestCapability.SERVER_GENERATED_IDS,
            ForestCapability.GLOBAL_CATALOG);

    @Override
    public ForestKind kind() {
        return ForestKind.SAMBA;
    }

    /** Always {@code 127.0.0.1}. */
    @Override
    public String host() {
        return "127.0.0.1";
    }

    /** {@code CN=Administrator,CN=Users,<base DN>}. */
    @Override
    public String bindDn() {
        return "CN=Administrator,CN=Users," + spec.baseDn();
    }

    @Override
    public Set<ForestCapability> capabilities() {
        return Set.copyOf(CAPABILITIES);
    }

    /** {@code ldap://127.0.0.1:<global catalog port>}. */
    public String globalCatalogUrl() {
        return "ldap://" + host() + ":" + globalCatalogPort;
    }

    /** Names the forest and its ports; never the password. */
    @Override
    public String toString() {
        return "SambaForest[" + spec.role() + "=" + spec.dnsName() + ", ldap=" + ldapPort + ", ldaps=" + ldapsPort
                + ", gc=" + globalCatalogPort + ", dir=" + directory + "]";
    }
}
