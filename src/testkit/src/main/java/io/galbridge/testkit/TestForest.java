package io.galbridge.testkit;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldif.LDIFChangeRecord;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * One running test forest: where it listens, how to bind, what it trusts, and a few helpers to seed and
 * read entries. Immutable; safe to share between the tests of a class.
 *
 * <p>{@link #host()} is the name clients connect to and that the server certificate names (as a DNS name
 * or IP address subject alternative name), so clients verify host names; nothing here turns verification
 * off.
 */
public interface TestForest {

    /** What the test asked for (role and DNS name). */
    ForestSpec spec();

    /** The server kind behind this forest. */
    ForestKind kind();

    /** Host name or loopback address that clients connect to, e.g. {@code 127.0.0.1}. */
    String host();

    /** Port of plain LDAP (StartTLS available). */
    int ldapPort();

    /** Port of LDAP over TLS. */
    int ldapsPort();

    /** Bind DN of an administrator of this forest. */
    String bindDn();

    /** Password for {@link #bindDn()}; a throwaway value generated per run. */
    String password();

    /** PEM file of the CA that issued the server certificate: the trust anchor clients configure. */
    Path caCertificatePem();

    /** What the server supports beyond plain LDAP v3. */
    Set<ForestCapability> capabilities();

    /** The domain naming context, e.g. {@code DC=src,DC=test}. */
    default DN baseDn() {
        return spec().baseDn();
    }

    /** {@code ldap://host:port}. */
    default String ldapUrl() {
        return "ldap://" + host() + ":" + ldapPort();
    }

    /** {@code ldaps://host:port}. */
    default String ldapsUrl() {
        return "ldaps://" + host() + ":" + ldapsPort();
    }

    /** Whether the forest has the given capability. */
    default boolean supports(ForestCapability capability) {
        return capabilities().contains(capability);
    }

    /**
     * Opens a plain LDAP connection bound as the administrator. The caller closes it.
     *
     * @throws LDAPException when the server cannot be reached or refuses the bind
     */
    default LDAPConnection connect() throws LDAPException {
        LDAPConnection connection = new LDAPConnection(connectionOptions(), host(), ldapPort());
        try {
            connection.bind(bindDn(), password());
            return connection;
        } catch (LDAPException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Opens an LDAPS connection that trusts only {@link #caCertificatePem()} and verifies the host name,
     * bound as the administrator. The caller closes it.
     *
     * @throws LDAPException when the server cannot be reached, its certificate is refused, or the bind fails
     */
    default LDAPConnection connectLdaps() throws LDAPException {
        SSLUtil sslUtil;
        try {
            sslUtil = new SSLUtil(new PEMFileTrustManager(caCertificatePem().toFile()));
        } catch (Exception e) {
            throw new LDAPException(
                    ResultCode.LOCAL_ERROR, "cannot read the CA certificate " + caCertificatePem() + ": " + e, e);
        }
        LDAPConnectionOptions options = connectionOptions();
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        LDAPConnection connection;
        try {
            connection = new LDAPConnection(sslUtil.createSSLSocketFactory(), options, host(), ldapsPort());
        } catch (GeneralSecurityException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "cannot create a TLS socket factory: " + e, e);
        }
        try {
            connection.bind(bindDn(), password());
            return connection;
        } catch (LDAPException e) {
            connection.close();
            throw e;
        }
    }

    /** Connection options for test connections: short connect timeout, 60 s response timeout. */
    default LDAPConnectionOptions connectionOptions() {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(5_000);
        options.setResponseTimeoutMillis(60_000);
        options.setFollowReferrals(false);
        return options;
    }

    /**
     * Applies LDIF to the forest: plain entries are added, change records ({@code changetype:}) applied.
     * The placeholder {@code ${BASEDN}} is replaced by {@link #baseDn()} first.
     *
     * @param ldif LDIF text; never null
     * @return the number of records applied
     * @throws LDAPException when a record is refused; the message names the record's DN
     */
    default int seedLdif(String ldif) throws LDAPException {
        String text = ldif.replace("${BASEDN}", baseDn().toString());
        int applied = 0;
        try (LDAPConnection connection = connect();
                LDIFReader reader = new LDIFReader(new BufferedReader(new StringReader(text)))) {
            while (true) {
                LDIFChangeRecord record = reader.readChangeRecord(true);
                if (record == null) {
                    return applied;
                }
                try {
                    record.processChange(connection);
                } catch (LDAPException e) {
                    throw new LDAPException(
                            e.getResultCode(),
                            "seeding " + record.getDN() + " into " + spec().role() + " failed: " + e.getMessage(),
                            e);
                }
                applied++;
            }
        } catch (IOException | LDIFException e) {
            throw new LDAPException(ResultCode.DECODING_ERROR, "invalid seed LDIF: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one entry back.
     *
     * @param dn the entry's DN
     * @param attributes the attributes to return; none means all user attributes
     * @return the entry, or null when it does not exist
     * @throws LDAPException when the read fails for another reason
     */
    default SearchResultEntry read(String dn, String... attributes) throws LDAPException {
        try (LDAPConnection connection = connect()) {
            return connection.getEntry(dn, attributes);
        }
    }
}
