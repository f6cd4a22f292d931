package io.galbridge.connector.target;

import io.galbridge.ad.connection.AbstractAdConfiguration;
import org.identityconnectors.framework.spi.ConfigurationProperty;

/**
 * The ConnId configuration bean of the target-forest connector: a thin shell of JavaBean properties. {@link
 * #validate()} checks every property and {@link #settings()} turns them into the immutable {@link TargetSettings}
 * that the rest of the connector reads; nothing else reads this bean.
 *
 * <p>The connection properties (URLs, bind account, trust, timeouts, page size) come from {@link
 * AbstractAdConfiguration} and are named and parsed exactly as in the source connector. Not thread-safe (a JavaBean); the framework gives each connector instance its own copy.
 */
public final class TargetAdConfiguration extends AbstractAdConfiguration {

    private String forestDnsName;
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
            order = 20,
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
            order = 21,
            displayMessageKey = "useGlobalCatalog.display",
            helpMessageKey = "useGlobalCatalog.help")
    public boolean isUseGlobalCatalog() {
        return useGlobalCatalog;
    }

    public void setUseGlobalCatalog(boolean value) {
        useGlobalCatalog = value;
    }

    @ConfigurationProperty(order = 22, displayMessageKey = "mailDomains.display", helpMessageKey = "mailDomains.help")
    public String[] getMailDomains() {
        return mailDomains.clone();
    }

    public void setMailDomains(String[] value) {
        mailDomains = value == null ? new String[0] : value.clone();
    }

    @ConfigurationProperty(
            order = 23,
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
            order = 24,
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
            order = 25,
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
            order = 26,
            displayMessageKey = "ownershipAttribute.display",
            helpMessageKey = "ownershipAttribute.help")
    public String getOwnershipAttribute() {
        return ownershipAttribute;
    }

    public void setOwnershipAttribute(String value) {
        ownershipAttribute = value;
    }

    @ConfigurationProperty(
            order = 27,
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
            order = 28,
            displayMessageKey = "useLocalObject.display",
            helpMessageKey = "useLocalObject.help")
    public boolean isUseLocalObject() {
        return useLocalObject;
    }

    public void setUseLocalObject(boolean value) {
        useLocalObject = value;
    }

    @ConfigurationProperty(
            order = 29,
            displayMessageKey = "overwriteLocalObject.display",
            helpMessageKey = "overwriteLocalObject.help")
    public boolean isOverwriteLocalObject() {
        return overwriteLocalObject;
    }

    public void setOverwriteLocalObject(boolean value) {
        overwriteLocalObject = value;
    }

    @ConfigurationProperty(
            order = 30,
            displayMessageKey = "linkedMailUser.display",
            helpMessageKey = "linkedMailUser.help")
    public boolean isLinkedMailUser() {
        return linkedMailUser;
    }

    public void setLinkedMailUser(boolean value) {
        linkedMailUser = value;
    }

    @ConfigurationProperty(
            order = 31,
            displayMessageKey = "mailboxDeliveryDomain.display",
            helpMessageKey = "mailboxDeliveryDomain.help")
    public String getMailboxDeliveryDomain() {
        return mailboxDeliveryDomain;
    }

    public void setMailboxDeliveryDomain(String value) {
        mailboxDeliveryDomain = value;
    }

    @ConfigurationProperty(
            order = 32,
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
