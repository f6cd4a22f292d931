package io.galbridge.connector.target;

import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.spi.AbstractConfiguration;
import org.identityconnectors.framework.spi.ConfigurationProperty;

/**
 * The ConnId configuration bean of the target-forest connector: a thin shell of JavaBean properties. {@link
 * #validate()} checks every property and {@link #settings()} turns them into the immutable {@link TargetSettings}
 * that the rest of the connector reads; nothing else reads this bean.
 *
 * <p>Connection property names are the same as the source connector's where they mean the same thing. Not
 * thread-safe (a JavaBean); the framework gives each connector instance its own copy.
 */
public final class TargetAdConfiguration extends AbstractConfiguration {

    private String[] serverUrls = {};
    private String bindDn;
    private GuardedString bindPassword;
    private String caCertificateFile;
    private boolean startTls;
    private int connectTimeout = 10_000;
    private int responseTimeout = 60_000;
    private int pageSize = 500;
    private String forestDnsName;
    private int globalCatalogPort;
    private boolean useGlobalCatalog = true;
    private String[] mailDomains = {};
    private String contactOu;
    private String mailUserOu;
    private String legacyExchangeDnPrefix;
    private String ownershipAttribute = "adminDescription";
    private String[] sourceForests = {};
    private boolean useLocalObject;
    private boolean overwriteLocalObject;
    private boolean linkedMailUser;
    private String mailboxDeliveryDomain;
    private boolean disableEmailAddressPolicy;

    @ConfigurationProperty(
            order = 1,
            required = true,
            displayMessageKey = "serverUrls.display",
            helpMessageKey = "serverUrls.help")
    public String[] getServerUrls() {
        return serverUrls.clone();
    }

    public void setServerUrls(String[] value) {
        serverUrls = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(
            order = 2,
            required = true,
            displayMessageKey = "bindDn.display",
            helpMessageKey = "bindDn.help")
    public String getBindDn() {
        return bindDn;
    }

    public void setBindDn(String value) {
        bindDn = value;
    }

    @ConfigurationProperty(
            order = 3,
            required = true,
            confidential = true,
            displayMessageKey = "bindPassword.display",
            helpMessageKey = "bindPassword.help")
    public GuardedString getBindPassword() {
        return bindPassword;
    }

    public void setBindPassword(GuardedString value) {
        bindPassword = value;
    }

    @ConfigurationProperty(
            order = 4,
            displayMessageKey = "caCertificateFile.display",
            helpMessageKey = "caCertificateFile.help")
    public String getCaCertificateFile() {
        return caCertificateFile;
    }

    public void setCaCertificateFile(String value) {
        caCertificateFile = value;
    }

    @ConfigurationProperty(order = 5, displayMessageKey = "startTls.display", helpMessageKey = "startTls.help")
    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean value) {
        startTls = value;
    }

    @ConfigurationProperty(
            order = 6,
            displayMessageKey = "connectTimeout.display",
            helpMessageKey = "connectTimeout.help")
    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int value) {
        connectTimeout = value;
    }

    @ConfigurationProperty(
            order = 7,
            displayMessageKey = "responseTimeout.display",
            helpMessageKey = "responseTimeout.help")
    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int value) {
        responseTimeout = value;
    }

    @ConfigurationProperty(order = 8, displayMessageKey = "pageSize.display", helpMessageKey = "pageSize.help")
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int value) {
        pageSize = value;
    }

    @ConfigurationProperty(
            order = 9,
            required = true,
            displayMessageKey = "forestDnsName.display",
            helpMessageKey = "forestDnsName.help")
    public String getForestDnsName() {
        return forestDnsName;
    }

    public void setForestDnsName(String value) {
        forestDnsName = value;
    }

    @ConfigurationProperty(
            order = 10,
            displayMessageKey = "globalCatalogPort.display",
            helpMessageKey = "globalCatalogPort.help")
    public int getGlobalCatalogPort() {
        return globalCatalogPort;
    }

    public void setGlobalCatalogPort(int value) {
        globalCatalogPort = value;
    }

    @ConfigurationProperty(
            order = 11,
            displayMessageKey = "useGlobalCatalog.display",
            helpMessageKey = "useGlobalCatalog.help")
    public boolean isUseGlobalCatalog() {
        return useGlobalCatalog;
    }

    public void setUseGlobalCatalog(boolean value) {
        useGlobalCatalog = value;
    }

    @ConfigurationProperty(order = 12, displayMessageKey = "mailDomains.display", helpMessageKey = "mailDomains.help")
    public String[] getMailDomains() {
        return mailDomains.clone();
    }

    public void setMailDomains(String[] value) {
        mailDomains = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(
            order = 13,
            required = true,
            displayMessageKey = "contactOu.display",
            helpMessageKey = "contactOu.help")
    public String getContactOu() {
        return contactOu;
    }

    public void setContactOu(String value) {
        contactOu = value;
    }

    @ConfigurationProperty(
            order = 14,
            required = true,
            displayMessageKey = "mailUserOu.display",
            helpMessageKey = "mailUserOu.help")
    public String getMailUserOu() {
        return mailUserOu;
    }

    public void setMailUserOu(String value) {
        mailUserOu = value;
    }

    @ConfigurationProperty(
            order = 15,
            required = true,
            displayMessageKey = "legacyExchangeDnPrefix.display",
            helpMessageKey = "legacyExchangeDnPrefix.help")
    public String getLegacyExchangeDnPrefix() {
        return legacyExchangeDnPrefix;
    }

    public void setLegacyExchangeDnPrefix(String value) {
        legacyExchangeDnPrefix = value;
    }

    @ConfigurationProperty(
            order = 16,
            displayMessageKey = "ownershipAttribute.display",
            helpMessageKey = "ownershipAttribute.help")
    public String getOwnershipAttribute() {
        return ownershipAttribute;
    }

    public void setOwnershipAttribute(String value) {
        ownershipAttribute = value;
    }

    @ConfigurationProperty(
            order = 17,
            required = true,
            displayMessageKey = "sourceForests.display",
            helpMessageKey = "sourceForests.help")
    public String[] getSourceForests() {
        return sourceForests.clone();
    }

    public void setSourceForests(String[] value) {
        sourceForests = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(
            order = 18,
            displayMessageKey = "useLocalObject.display",
            helpMessageKey = "useLocalObject.help")
    public boolean isUseLocalObject() {
        return useLocalObject;
    }

    public void setUseLocalObject(boolean value) {
        useLocalObject = value;
    }

    @ConfigurationProperty(
            order = 19,
            displayMessageKey = "overwriteLocalObject.display",
            helpMessageKey = "overwriteLocalObject.help")
    public boolean isOverwriteLocalObject() {
        return overwriteLocalObject;
    }

    public void setOverwriteLocalObject(boolean value) {
        overwriteLocalObject = value;
    }

    @ConfigurationProperty(
            order = 20,
            displayMessageKey = "linkedMailUser.display",
            helpMessageKey = "linkedMailUser.help")
    public boolean isLinkedMailUser() {
        return linkedMailUser;
    }

    public void setLinkedMailUser(boolean value) {
        linkedMailUser = value;
    }

    @ConfigurationProperty(
            order = 21,
            displayMessageKey = "mailboxDeliveryDomain.display",
            helpMessageKey = "mailboxDeliveryDomain.help")
    public String getMailboxDeliveryDomain() {
        return mailboxDeliveryDomain;
    }

    public void setMailboxDeliveryDomain(String value) {
        mailboxDeliveryDomain = value;
    }

    @ConfigurationProperty(
            order = 22,
            displayMessageKey = "disableEmailAddressPolicy.display",
            helpMessageKey = "disableEmailAddressPolicy.help")
    public boolean isDisableEmailAddressPolicy() {
        return disableEmailAddressPolicy;
    }

    public void setDisableEmailAddressPolicy(boolean value) {
        disableEmailAddressPolicy = value;
    }

    /**
     * Checks every property; the message lists every problem, each naming its property and the fix.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConfigurationException when a property is
     *     missing or invalid
     */
    @Override
    public void validate() {
        settings();
    }

    /**
     * The validated, immutable settings.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConfigurationException as {@link #validate()}
     */
    public TargetSettings settings() {
        return TargetSettingsParser.parse(this);
    }
}
