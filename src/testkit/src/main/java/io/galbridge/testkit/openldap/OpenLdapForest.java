package io.galbridge.testkit.openldap;

import io.galbridge.testkit.ForestCapability;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.TestForest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A running OpenLDAP forest. {@link #bindDn()} is {@code CN=Administrator,CN=Users,<base>}, which has no size
 * limit; {@link #serviceAccountDn()} ({@code CN=svc-galbridge,CN=Users,<base>}, same password) has AD's
 * {@code MaxPageSize} behaviour: at most 1000 entries per page or per non-paged search, so only paged reads
 * see everything. Both may write everything, including {@code objectGUID} and {@code objectSid}, which slapd
 * never generates. Immutable.
 *
 * @param spec what the test asked for
 * @param host {@code 127.0.0.1}
 * @param ldapPort plain LDAP port (StartTLS available)
 * @param ldapsPort LDAPS port
 * @param bindDn the administrator's DN
 * @param serviceAccountDn the service account's DN
 * @param password the per-run password of both accounts
 * @param caCertificatePem the CA that issued the server certificate (SANs {@code localhost}, {@code 127.0.0.1})
 * @param instanceDirectory the directory with slapd.conf, databases and {@code slapd.log}; deleted on close
 */
public record OpenLdapForest(
        ForestSpec spec,
        String host,
        int ldapPort,
        int ldapsPort,
        String bindDn,
        String serviceAccountDn,
        String password,
        Path caCertificatePem,
        Path instanceDirectory)
        implements TestForest {

    /** What every OpenLDAP forest supports. */
    public static final Set<ForestCapability> CAPABILITIES =
            Set.copyOf(EnumSet.of(ForestCapability.PAGED_RESULTS, ForestCapability.CONTENT_SYNC));

    public OpenLdapForest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(bindDn, "bindDn");
        Objects.requireNonNull(serviceAccountDn, "serviceAccountDn");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(caCertificatePem, "caCertificatePem");
        Objects.requireNonNull(instanceDirectory, "instanceDirectory");
    }

    @Override
    public ForestKind kind() {
        return ForestKind.OPENLDAP;
    }

    @Override
    public Set<ForestCapability> capabilities() {
        return CAPABILITIES;
    }

    /** The accounts' password stays out of logs and test reports. */
    @Override
    public String toString() {
        return "OpenLdapForest[" + spec.role() + " " + baseDn() + " at " + ldapUrl() + ", " + ldapsUrl() + "]";
    }
}
