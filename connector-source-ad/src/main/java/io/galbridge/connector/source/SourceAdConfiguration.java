package io.galbridge.connector.source;

import io.galbridge.ad.connection.AbstractAdConfiguration;
import org.identityconnectors.framework.spi.ConfigurationProperty;

/**
 * The ConnId configuration of the source-forest connector: a JavaBean shell that hosts fill in.
 *
 * <p>Nothing but {@link #validate()} and {@link #toSettings()} reads it: both check every property and the
 * latter returns the immutable {@link SourceSettings} that the rest of the connector works with. The
 * connection properties (URLs, bind account, trust, timeouts, page size) come from {@link
 * AbstractAdConfiguration}, which also parses them; display names and help texts of the properties declared
 * here are in {@code Messages.properties} next to this class. Not thread-safe (a bean); ConnId hands each
 * connector instance its own copy.
 */
public final class SourceAdConfiguration extends AbstractAdConfiguration {

    private String[] baseContexts = {};
    private String[] includeOus = {};
    private String[] excludeOus = {};
    private String adminFilter;
    private String syncStrategy = SyncStrategy.AUTO.name();
    private String forestDnsName;
    private String[] galSyncOus = {};
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
            order = 20,
            displayMessageKey = "baseContexts.display",
            helpMessageKey = "baseContexts.help",
            required = true)
    public String[] getBaseContexts() {
        return baseContexts.clone();
    }

    public void setBaseContexts(String[] value) {
        baseContexts = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 21, displayMessageKey = "includeOus.display", helpMessageKey = "includeOus.help")
    public String[] getIncludeOus() {
        return includeOus.clone();
    }

    public void setIncludeOus(String[] value) {
        includeOus = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 22, displayMessageKey = "excludeOus.display", helpMessageKey = "excludeOus.help")
    public String[] getExcludeOus() {
        return excludeOus.clone();
    }

    public void setExcludeOus(String[] value) {
        excludeOus = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(order = 23, displayMessageKey = "adminFilter.display", helpMessageKey = "adminFilter.help")
    public String getAdminFilter() {
        return adminFilter;
    }

    public void setAdminFilter(String value) {
        adminFilter = value;
    }

    @ConfigurationProperty(
            order = 24,
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
            order = 25,
            displayMessageKey = "forestDnsName.display",
            helpMessageKey = "forestDnsName.help",
            required = true)
    public String getForestDnsName() {
        return forestDnsName;
    }

    public void setForestDnsName(String value) {
        forestDnsName = value;
    }

    @ConfigurationProperty(order = 26, displayMessageKey = "galSyncOus.display", helpMessageKey = "galSyncOus.help")
    public String[] getGalSyncOus() {
        return galSyncOus.clone();
    }

    public void setGalSyncOus(String[] value) {
        galSyncOus = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(
            order = 27,
            displayMessageKey = "removeMailboxAttributesAllowed.display",
            helpMessageKey = "removeMailboxAttributesAllowed.help")
    public boolean isRemoveMailboxAttributesAllowed() {
        return removeMailboxAttributesAllowed;
    }

    public void setRemoveMailboxAttributesAllowed(boolean value) {
        removeMailboxAttributesAllowed = value;
    }
}
