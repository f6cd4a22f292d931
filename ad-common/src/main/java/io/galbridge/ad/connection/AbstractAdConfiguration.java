package io.galbridge.ad.connection;

import java.util.List;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.spi.AbstractConfiguration;
import org.identityconnectors.framework.spi.ConfigurationProperty;

/**
 * The ConnId connection properties that both galbridge connectors share: domain controller URLs, Start TLS, the
 * bind account, the trust anchors, the timeouts, the global catalog port and the page size. Each connector's
 * configuration class extends this one and adds its own properties with {@code order} values of
 * {@value #FIRST_CONNECTOR_ORDER} and up, so that hosts list the connection first.
 *
 * <p>{@link #connectionSettings(List)} is the one parser of these properties; every problem it reports starts
 * with the ConnId property name ({@code bindDn}, {@code connectTimeoutMillis}, ...), never with an internal name.
 * Display names and help texts of these properties are in the catalog {@link #MESSAGE_CATALOG}; a connector lists
 * it in its {@code @ConnectorClass(messageCatalogPaths)} after its own.
 *
 * <p>A JavaBean: not thread-safe; ConnId gives each connector instance its own copy. Array getters return copies;
 * setters accept null for "none". The passwords stay {@link GuardedString}s and are never shown.
 */
public abstract class AbstractAdConfiguration extends AbstractConfiguration {

    /**
     * The message catalog of the shared properties, as a path for {@code @ConnectorClass(messageCatalogPaths)}: list
     * it after the connector's own catalog (ConnId merges the catalogs; the first path wins for a key in both).
     */
    public static final String MESSAGE_CATALOG = "io/galbridge/ad/connection/Messages";

    /** The first {@code @ConfigurationProperty(order)} free for a connector's own properties. */
    public static final int FIRST_CONNECTOR_ORDER = 20;

    /** The default connect timeout in milliseconds, TLS handshake included. */
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;

    /** The default response timeout in milliseconds: one page of a paged search on a busy DC fits in it. */
    public static final int DEFAULT_RESPONSE_TIMEOUT_MILLIS = 120_000;

    /** AD's default MaxPageSize: a larger page is cut to it by the server; the upper bound of {@code pageSize}. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The default page size of paged searches. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    private String[] serverUrls = {};
    private boolean startTls;
    private String bindDn;
    private GuardedString bindPassword;
    private String caCertificateFile;
    private String trustStoreFile;
    private String trustStoreType = "PKCS12";
    private GuardedString trustStorePassword;
    private int connectTimeoutMillis = DEFAULT_CONNECT_TIMEOUT_MILLIS;
    private int responseTimeoutMillis = DEFAULT_RESPONSE_TIMEOUT_MILLIS;
    private int globalCatalogPort;
    private int pageSize = DEFAULT_PAGE_SIZE;

    /**
     * Checks every connection property and builds the endpoint settings.
     *
     * @param problems receives one line per problem, each starting with the ConnId property name, then the bad
     *     value and how to fix it; never null. Secrets never appear in it.
     * @return the settings, or null when this call added any problem
     */
    public final LdapEndpointSettings connectionSettings(List<String> problems) {
        return new ConnectionPropertiesParser(this, problems).parse();
    }

    @ConfigurationProperty(
            order = 1,
            displayMessageKey = "serverUrls.display",
            helpMessageKey = "serverUrls.help",
            required = true)
    public String[] getServerUrls() {
        return serverUrls.clone();
    }

    public void setServerUrls(String[] value) {
        serverUrls = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 2, displayMessageKey = "startTls.display", helpMessageKey = "startTls.help")
    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean value) {
        startTls = value;
    }

    @ConfigurationProperty(
            order = 3,
            displayMessageKey = "bindDn.display",
            helpMessageKey = "bindDn.help",
            required = true)
    public String getBindDn() {
        return bindDn;
    }

    public void setBindDn(String value) {
        bindDn = value;
    }

    @ConfigurationProperty(
            order = 4,
            displayMessageKey = "bindPassword.display",
            helpMessageKey = "bindPassword.help",
            confidential = true,
            required = true)
    public GuardedString getBindPassword() {
        return bindPassword;
    }

    public void setBindPassword(GuardedString value) {
        bindPassword = value;
    }

    @ConfigurationProperty(
            order = 5,
            displayMessageKey = "caCertificateFile.display",
            helpMessageKey = "caCertificateFile.help")
    public String getCaCertificateFile() {
        return caCertificateFile;
    }

    public void setCaCertificateFile(String value) {
        caCertificateFile = value;
    }

    @ConfigurationProperty(
            order = 6,
            displayMessageKey = "trustStoreFile.display",
            helpMessageKey = "trustStoreFile.help")
    public String getTrustStoreFile() {
        return trustStoreFile;
    }

    public void setTrustStoreFile(String value) {
        trustStoreFile = value;
    }

    @ConfigurationProperty(
            order = 7,
            displayMessageKey = "trustStoreType.display",
            helpMessageKey = "trustStoreType.help")
    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String value) {
        trustStoreType = value;
    }

    @ConfigurationProperty(
            order = 8,
            displayMessageKey = "trustStorePassword.display",
            helpMessageKey = "trustStorePassword.help",
            confidential = true)
    public GuardedString getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(GuardedString value) {
        trustStorePassword = value;
    }

    @ConfigurationProperty(
            order = 9,
            displayMessageKey = "connectTimeoutMillis.display",
            helpMessageKey = "connectTimeoutMillis.help")
    public int getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(int value) {
        connectTimeoutMillis = value;
    }

    @ConfigurationProperty(
            order = 10,
            displayMessageKey = "responseTimeoutMillis.display",
            helpMessageKey = "responseTimeoutMillis.help")
    public int getResponseTimeoutMillis() {
        return responseTimeoutMillis;
    }

    public void setResponseTimeoutMillis(int value) {
        responseTimeoutMillis = value;
    }

    @ConfigurationProperty(
            order = 11,
            displayMessageKey = "globalCatalogPort.display",
            helpMessageKey = "globalCatalogPort.help")
    public int getGlobalCatalogPort() {
        return globalCatalogPort;
    }

    public void setGlobalCatalogPort(int value) {
        globalCatalogPort = value;
    }

    @ConfigurationProperty(order = 12, displayMessageKey = "pageSize.display", helpMessageKey = "pageSize.help")
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int value) {
        pageSize = value;
    }
}
