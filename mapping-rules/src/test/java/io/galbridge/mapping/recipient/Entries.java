package io.galbridge.mapping.recipient;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;

/** Realistic directory entries for the source forest src.example and the target forest tgt.example. */
final class Entries {

    static final ExchangeGuid JANE_MAILBOX_GUID = ExchangeGuid.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    static final ExchangeGuid ROOM_MAILBOX_GUID = ExchangeGuid.parse("9b2d7a41-6c1e-4f0a-8e53-2d4c1b7f9a10");
    static final String SRC_ORG = "/o=Source/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=";
    static final String TGT_ORG = "/o=Target/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=";
    static final String SYNC_OU = "OU=GAL Sync,OU=Exchange,DC=tgt,DC=example";
    static final String HOME_MDB = "CN=DB01,CN=Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),"
            + "CN=Administrative Groups,CN=Source,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=src,DC=example";
    static final SecurityIdentifier ACCOUNT_FOREST_SID =
            SecurityIdentifier.parse("S-1-5-21-1004336348-1177238915-682003330-1122");

    private Entries() {}

    /** K2a: Jane's regular mailbox in the source forest. */
    static DirectoryEntry.Builder janeMailbox() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Staff,DC=src,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", "Jane Doe")
                .add("sAMAccountName", "jdoe")
                .add("userAccountControl", "512")
                .add("mail", "jane.doe@src.example")
                .add("mailNickname", "jdoe")
                .add(
                        "proxyAddresses",
                        "SMTP:jane.doe@src.example",
                        "smtp:jdoe@src.example",
                        "smtp:jdoe@route.src.example",
                        "smtp:jdoe@route.tgt.example")
                .add("legacyExchangeDN", SRC_ORG + "0b3c7e1ad1f84f3c9f1c2a2b1b3c4d5e-jdoe")
                .add("homeMDB", HOME_MDB)
                .add(
                        "msExchHomeServerName",
                        SRC_ORG.replace("cn=Recipients/cn=", "cn=Configuration/cn=Servers/cn=") + "EX01")
                .addBytes("msExchMailboxGuid", JANE_MAILBOX_GUID.toBytes())
                .add("msExchRecipientTypeDetails", "1")
                .add("msExchRecipientDisplayType", "1073741824")
                .addBytes(
                        "objectSid",
                        SecurityIdentifier.parse("S-1-5-21-3623811015-3361044348-30300820-1013")
                                .toBytes());
    }

    /** A mailbox builder without userAccountControl and master SID, for the account-state variants. */
    static DirectoryEntry.Builder mailbox(String cn, String rtd, String uac) {
        return DirectoryEntry.builder("CN=" + cn + ",OU=Resources,DC=src,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("mailNickname", cn.toLowerCase(java.util.Locale.ROOT))
                .add("proxyAddresses", "SMTP:" + cn.toLowerCase(java.util.Locale.ROOT) + "@src.example")
                .add("legacyExchangeDN", SRC_ORG + cn)
                .add("homeMDB", HOME_MDB)
                .add("msExchHomeServerName", "/o=Source/ou=AG/cn=Configuration/cn=Servers/cn=EX01")
                .addBytes("msExchMailboxGuid", ROOM_MAILBOX_GUID.toBytes())
                .add("msExchRecipientTypeDetails", rtd)
                .add("userAccountControl", uac);
    }

    /** K7: Jane's MEU pre-staged in the target forest by PMR. */
    static DirectoryEntry.Builder janePrestagedMeu() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Migrated Users,DC=tgt,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", "Jane Doe")
                .add("sAMAccountName", "jdoe")
                .add("userAccountControl", "514")
                .add("mail", "jane.doe@src.example")
                .add("mailNickname", "jdoe")
                .add(
                        "proxyAddresses",
                        "SMTP:jane.doe@src.example",
                        "smtp:jdoe@src.example",
                        "smtp:jdoe@route.src.example",
                        "smtp:jdoe@route.tgt.example",
                        "x500:" + SRC_ORG + "0b3c7e1ad1f84f3c9f1c2a2b1b3c4d5e-jdoe")
                .add("targetAddress", "smtp:jdoe@route.src.example")
                .add("legacyExchangeDN", TGT_ORG + "5e4d3c2b1a0f4e3d9c8b7a6f5e4d3c2b-jdoe")
                .addBytes("msExchMailboxGuid", JANE_MAILBOX_GUID.toBytes())
                .add("msExchRecipientTypeDetails", "128")
                .add("msExchRecipientDisplayType", "-2147483642")
                .add("msExchVersion", "44220983382016");
    }

    /** K6: GALSync's contact for Jane in the target forest's sync OU. */
    static DirectoryEntry.Builder janeGalSyncContact() {
        return DirectoryEntry.builder("CN=Jane Doe," + SYNC_OU)
                .add("objectClass", "top", "person", "organizationalPerson", "contact")
                .add("mail", "jane.doe@src.example")
                .add("mailNickname", "jdoe")
                .add(
                        "proxyAddresses",
                        "SMTP:jane.doe@src.example",
                        "smtp:jdoe@src.example",
                        "X500:" + SRC_ORG + "0b3c7e1ad1f84f3c9f1c2a2b1b3c4d5e-jdoe")
                .add("targetAddress", "SMTP:jane.doe@src.example")
                .add("legacyExchangeDN", "/o=Target/ou=GALSync/cn=Recipients/cn=jdoe-6f1e2d3c4b5a49788796a5b4c3d2e1f0")
                .add("msExchOriginatingForest", "src.example")
                .add("msExchRecipientDisplayType", "-2147483642");
    }
}
