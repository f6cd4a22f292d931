package io.galbridge.connector.source;

import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.spi.AbstractConfiguration;
import org.identityconnectors.framework.spi.ConfigurationProperty;

/**
 * The ConnId configuration of the source-forest connector: a JavaBean shell that hosts fill in.
 *
 * <p>Nothing but {@link #validate()} and {@link #toSettings()} reads it: both check every property and the
 * latter returns the immutable {@link SourceSettings} that the rest of the connector works with. Display
 * names and help texts are in {@code Messages.properties} next to this class. Not thread-safe (a bean);
 * ConnId hands each connector instance its own copy.
 */
public final class SourceAdConfiguration extends AbstractConfiguration {

    private String[] serverUrls = {};
    private boolean startTls;
    private String bindDn;
    private GuardedString bindPassword;
    private String caCertificateFile;
    private String trustStoreFile;
    private String trustStoreType = "PKCS12";
    private GuardedString trustStorePassword;
    private int connectTimeoutMillis = 10_000;
    private int responseTimeoutMillis = 120_000;
    private String[] baseContexts = {};
    private String[] includeOus = {};
    private String[] excludeOus = {};
    private String adminFilter;
    private int pageSize = 500;
    private String syncStrategy = SyncStrategy.AUTO.name();
    private String forestDnsName;
    private String[] galSyncOus = {};
    private int globalCatalogPort;
    private boolean removeMailboxAttributesAllowed;

    /**
     * Checks every property.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConfigurationException listing every
     *     problem, each naming the property, the bad value and how to fix it
     */
    @Override
    public void validate() {
        toSettings();
    }

    /**
     * Validates and converts the properties.
     *
     * @return the settings; never null
     * @throws org.identityconnectors.framework.common.exceptions.ConfigurationException see {@link #validate()}
     */
    public SourceSettings toSettings() {
        return new SourceSettingsValidator(this).validate();
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
            displayMessageKey = "baseContexts.display",
            helpMessageKey = "baseContexts.help",
            required = true)
    public String[] getBaseContexts() {
        return baseContexts.clone();
    }

    public void setBaseContexts(String[] value) {
        baseContexts = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 12, displayMessageKey = "includeOus.display", helpMessageKey = "includeOus.help")
    public String[] getIncludeOus() {
        return includeOus.clone();
    }

    public void setIncludeOus(String[] value) {
        includeOus = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 13, displayMessageKey = "excludeOus.display", helpMessageKey = "excludeOus.help")
    public String[] getExcludeOus() {
        return excludeOus.clone();
    }

    public void setExcludeOus(String[] value) {
        excludeOus = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 14, displayMessageKey = "adminFilter.display", helpMessageKey = "adminFilter.help")
    public String getAdminFilter() {
        return adminFilter;
    }

    public void setAdminFilter(String value) {
        adminFilter = value;
    }

    @ConfigurationProperty(order = 15, displayMessageKey = "pageSize.display", helpMessageKey = "pageSize.help")
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int value) {
        pageSize = value;
    }

    @ConfigurationProperty(
            order = 16,
            displayMessageKey = "syncStrategy.display",
            helpMessageKey = "syncStrategy.help",
            allowedValues = {"AUTO", "DIRSYNC", "USN_CHANGED", "CONTENT_SYNC"})
    public String getSyncStrategy() {
        return syncStrategy;
    }

    public void setSyncStrategy(String value) {
        syncStrategy = value;
    }

    @ConfigurationProperty(
            order = 17,
            displayMessageKey = "forestDnsName.display",
            helpMessageKey = "forestDnsName.help",
            required = true)
    public String getForestDnsName() {
        return forestDnsName;
    }

    public void setForestDnsName(String value) {
        forestDnsName = value;
    }

    @ConfigurationProperty(order = 18, displayMessageKey = "galSyncOus.display", helpMessageKey = "galSyncOus.help")
    public String[] getGalSyncOus() {
        return galSyncOus.clone();
    }

    public void setGalSyncOus(String[] value) {
        galSyncOus = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(
            order = 19,
            displayMessageKey = "globalCatalogPort.display",
            helpMessageKey = "globalCatalogPort.help")
    public int getGlobalCatalogPort() {
        return globalCatalogPort;
    }

    public void setGlobalCatalogPort(int value) {
        globalCatalogPort = value;
    }

    @ConfigurationProperty(
            order = 20,
            displayMessageKey = "removeMailboxAttributesAllowed.display",
            helpMessageKey = "removeMailboxAttributesAllowed.help")
    public boolean isRemoveMailboxAttributesAllowed() {
        return removeMailboxAttributesAllowed;
    }

    public void setRemoveMailboxAttributesAllowed(boolean value) {
        removeMailboxAttributesAllowed = value;
    }
}
