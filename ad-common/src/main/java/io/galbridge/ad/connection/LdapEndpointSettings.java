package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Everything needed to reach and bind to one AD forest's domain controllers, validated.
 *
 * <p>Instances come from {@link #builder()}; {@link Builder#build()} checks every property and reports
 * <em>all</em> problems at once, each naming its property, in one {@link ConfigurationException}. Trust is
 * either a PEM CA file ({@code caFile}), or a trust store ({@code trustStore}, {@code trustStoreType},
 * {@code trustStorePassword}), or, when neither is given, the JVM's default trust store. Certificates and
 * host names are always verified; there is no setting to turn that off.
 *
 * <p>The passwords are {@link GuardedString}s, decrypted only at bind time and when the trust store is
 * opened; {@link #toString()} never shows them. Immutable and thread-safe.
 *
 * @param servers the domain controllers, tried in order (failover); at least one
 * @param security how connections are protected
 * @param bindName the account to bind as: a DN or a user principal name ({@code svc@src.test})
 * @param bindPassword its password
 * @param caFile a PEM file with the CA certificate(s) to trust, if given
 * @param trustStore a trust store file, if given (exclusive with {@code caFile})
 * @param trustStoreType the trust store's type, e.g. {@code PKCS12} or {@code JKS}
 * @param trustStorePassword the trust store's password, if it has one
 * @param connectTimeout how long a connect (including the TLS handshake) may take
 * @param responseTimeout how long to wait for any one response
 * @param poolSize the maximum number of pooled connections
 * @param globalCatalogPort the global catalog port, or 0 for the mode's default (3268/3269)
 */
public record LdapEndpointSettings(
        List<LdapServerAddress> servers,
        SecurityMode security,
        String bindName,
        GuardedString bindPassword,
        Optional<Path> caFile,
        Optional<Path> trustStore,
        String trustStoreType,
        Optional<GuardedString> trustStorePassword,
        Duration connectTimeout,
        Duration responseTimeout,
        int poolSize,
        int globalCatalogPort) {

    /** Upper bound for {@code poolSize}: a connector must not exhaust a DC's LDAP connections. */
    public static final int MAX_POOL_SIZE = 64;

    /** Copies the list; use {@link #builder()} to get validated instances. */
    public LdapEndpointSettings {
        servers = List.copyOf(servers);
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(bindName, "bindName");
        Objects.requireNonNull(bindPassword, "bindPassword");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStoreType, "trustStoreType");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    /** A builder with defaults: LDAPS, PKCS12 trust store type, 10 s connect, 60 s response, pool of 4. */
    public static Builder builder() {
        return new Builder();
    }

    /** The global catalog port in effect: the configured one, or 3268/3269 by security mode. */
    public int effectiveGlobalCatalogPort() {
        return globalCatalogPort == 0 ? security.defaultGlobalCatalogPort() : globalCatalogPort;
    }

    /** A copy that addresses the same hosts on the global catalog port. */
    public LdapEndpointSettings forGlobalCatalog() {
        int port = effectiveGlobalCatalogPort();
        List<LdapServerAddress> gc =
                servers.stream().map(s -> new LdapServerAddress(s.host(), port)).toList();
        return new LdapEndpointSettings(
                gc,
                security,
                bindName,
                bindPassword,
                caFile,
                trustStore,
                trustStoreType,
                trustStorePassword,
                connectTimeout,
                responseTimeout,
                poolSize,
                globalCatalogPort);
    }

    /** Names the servers, mode and account; never a password. */
    @Override
    public String toString() {
        return "LdapEndpointSettings[servers=" + servers + ", security=" + security + ", bindName=" + bindName
                + ", caFile=" + caFile.map(Path::toString).orElse("-") + ", trustStore="
                + trustStore.map(Path::toString).orElse("-") + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", poolSize=" + poolSize + ", globalCatalogPort="
                + effectiveGlobalCatalogPort() + "]";
    }

    /** Collects settings and validates them all at once. Not thread-safe; use it from one thread. */
    public static final class Builder {
        private final List<LdapServerAddress> servers = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private SecurityMode security = SecurityMode.LDAPS;
        private String bindName;
        private GuardedString bindPassword;
        private Path caFile;
        private Path trustStore;
        private String trustStoreType = "PKCS12";
        private GuardedString trustStorePassword;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private int poolSize = 4;
        private int globalCatalogPort;

        private Builder() {}

        /** Adds a domain controller. */
        public Builder server(String host, int port) {
            servers.add(new LdapServerAddress(host == null ? "" : host, port));
            return this;
        }

        /**
         * Adds a domain controller from an LDAP URL ({@code ldaps://dc1.src.test:636}); the port defaults to
         * the scheme's. A malformed URL is reported by {@link #build()} under {@code servers}.
         */
        public Builder url(String url) {
            try {
                LDAPURL parsed = new LDAPURL(Objects.requireNonNull(url, "url"));
                servers.add(new LdapServerAddress(parsed.getHost(), parsed.getPort()));
            } catch (LDAPException e) {
                problems.add("servers: '" + url + "' is not an LDAP URL (" + e.getMessage() + ")");
            }
            return this;
        }

        /** Sets how connections are protected (default LDAPS). */
        public Builder security(SecurityMode value) {
            security = value;
            return this;
        }

        /** Sets the account to bind as (a DN or {@code user@domain}) and its password. */
        public Builder bind(String name, GuardedString password) {
            bindName = name;
            bindPassword = password;
            return this;
        }

        /** Trusts the CA certificate(s) in this PEM file. */
        public Builder caFile(Path value) {
            caFile = value;
            return this;
        }

        /** Trusts the certificates in this trust store ({@code PKCS12} or {@code JKS}); the password may be null. */
        public Builder trustStore(Path file, String type, GuardedString password) {
            trustStore = file;
            trustStoreType = type;
            trustStorePassword = password;
            return this;
        }

        /** Sets the connect timeout, TLS handshake included (default 10 s). */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** Sets the timeout for each response (default 60 s). */
        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        /** Sets the maximum pooled connections (default 4, at most {@value LdapEndpointSettings#MAX_POOL_SIZE}). */
        public Builder poolSize(int value) {
            poolSize = value;
            return this;
        }

        /** Sets the global catalog port; 0 (default) means 3268, or 3269 with LDAPS. */
        public Builder globalCatalogPort(int value) {
            globalCatalogPort = value;
            return this;
        }

        /**
         * Validates every property.
         *
         * @return the settings
         * @throws ConfigurationException listing every problem, one per line, each starting with the
         *     property name
         */
        public LdapEndpointSettings build() {
            List<String> all = new ArrayList<>(problems);
            if (servers.isEmpty() && problems.isEmpty()) {
                all.add("servers: at least one domain controller is required");
            }
            for (LdapServerAddress s : servers) {
                if (s.host().isBlank()) {
                    all.add("servers: a host name is empty");
                }
                checkPort(all, "servers", s.port(), s.host());
            }
            if (security == null) {
                all.add("security: required (PLAIN, STARTTLS or LDAPS)");
            }
            checkBind(all);
            checkTrust(all);
            checkDuration(all, "connectTimeout", connectTimeout);
            checkDuration(all, "responseTimeout", responseTimeout);
            if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
                all.add("poolSize: " + poolSize + " is outside 1.." + MAX_POOL_SIZE);
            }
            if (globalCatalogPort != 0) {
                checkPort(all, "globalCatalogPort", globalCatalogPort, "global catalog");
            }
            if (!all.isEmpty()) {
                throw new ConfigurationException("Invalid LDAP endpoint settings (" + all.size() + " problem"
                        + (all.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", all));
            }
            return new LdapEndpointSettings(
                    servers,
                    security,
                    bindName,
                    bindPassword,
                    Optional.ofNullable(caFile),
                    Optional.ofNullable(trustStore),
                    trustStoreType,
                    Optional.ofNullable(trustStorePassword),
                    connectTimeout,
                    responseTimeout,
                    poolSize,
                    globalCatalogPort);
        }

        private void checkBind(List<String> all) {
            if (bindName == null || bindName.isBlank()) {
                all.add("bindName: required (a DN or a user principal name)");
            } else if (bindName.contains("=")) {
                try {
                    new DN(bindName);
                } catch (LDAPException e) {
                    all.add("bindName: '" + bindName + "' is not a valid DN (" + e.getMessage() + ")");
                }
            } else if (!bindName.contains("@")) {
                all.add("bindName: '" + bindName + "' is neither a DN nor a user principal name");
            }
            if (bindPassword == null) {
                all.add("bindPassword: required");
            }
        }

        private void checkTrust(List<String> all) {
            if (caFile != null && trustStore != null) {
                all.add("caFile, trustStore: give one of them, not both");
            }
            if (caFile != null && !Files.isReadable(caFile)) {
                all.add("caFile: " + caFile + " is not a readable file");
            }
            if (trustStore != null) {
                if (!Files.isReadable(trustStore)) {
                    all.add("trustStore: " + trustStore + " is not a readable file");
                }
                if (trustStoreType == null || trustStoreType.isBlank()) {
                    all.add("trustStoreType: required with trustStore (PKCS12 or JKS)");
                } else if (!List.of("PKCS12", "JKS").contains(trustStoreType.toUpperCase(Locale.ROOT))) {
                    all.add("trustStoreType: '" + trustStoreType + "' is not PKCS12 or JKS");
                }
            }
            if (security == SecurityMode.PLAIN && (caFile != null || trustStore != null)) {
                all.add("security: PLAIN uses no TLS, but caFile or trustStore is set; use STARTTLS or LDAPS");
            }
        }

        private static void checkDuration(List<String> all, String property, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                all.add(property + ": must be a positive duration, got " + value);
            }
        }

        private static void checkPort(List<String> all, String property, int port, String what) {
            if (port < 1 || port > 65535) {
                all.add(property + ": port " + port + " of " + what + " is outside 1..65535");
            }
        }
    }
}
