package io.galbridge.mapping.model;

/** LDAP display names of the attributes the recipient model reads (spec 1.2, 5.8). */
public final class AttributeNames {

    public static final String OBJECT_CLASS = "objectClass";
    public static final String OBJECT_GUID = "objectGUID";
    public static final String OBJECT_SID = "objectSid";
    public static final String CN = "cn";
    public static final String SAM_ACCOUNT_NAME = "sAMAccountName";
    public static final String USER_PRINCIPAL_NAME = "userPrincipalName";
    public static final String USER_ACCOUNT_CONTROL = "userAccountControl";
    public static final String GROUP_TYPE = "groupType";
    public static final String MAIL = "mail";
    public static final String MAIL_NICKNAME = "mailNickname";
    public static final String PROXY_ADDRESSES = "proxyAddresses";
    public static final String TARGET_ADDRESS = "targetAddress";
    public static final String LEGACY_EXCHANGE_DN = "legacyExchangeDN";
    public static final String HOME_MDB = "homeMDB";
    public static final String HOME_MTA = "homeMTA";
    public static final String HOME_SERVER_NAME = "msExchHomeServerName";
    public static final String MAILBOX_GUID = "msExchMailboxGuid";
    public static final String ARCHIVE_GUID = "msExchArchiveGUID";
    public static final String ARCHIVE_NAME = "msExchArchiveName";
    public static final String RECIPIENT_TYPE_DETAILS = "msExchRecipientTypeDetails";
    public static final String RECIPIENT_DISPLAY_TYPE = "msExchRecipientDisplayType";
    public static final String REMOTE_RECIPIENT_TYPE = "msExchRemoteRecipientType";
    public static final String MASTER_ACCOUNT_SID = "msExchMasterAccountSid";
    public static final String HIDE_FROM_ADDRESS_LISTS = "msExchHideFromAddressLists";
    public static final String ORIGINATING_FOREST = "msExchOriginatingForest";
    public static final String VERSION = "msExchVersion";
    public static final String SHOW_IN_ADDRESS_BOOK = "showInAddressBook";

    private AttributeNames() {}
}
