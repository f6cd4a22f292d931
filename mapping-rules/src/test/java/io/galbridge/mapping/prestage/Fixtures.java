package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.UUID;

/** Real-world shaped entries of a source forest (src.example) and a target forest (tgt.example). */
final class Fixtures {

    static final String MEU_OU = "OU=Pre-staged,DC=tgt,DC=example";
    static final String GAL_OU = "OU=GAL,DC=tgt,DC=example";
    static final String CONFIG_NC = "CN=Configuration,DC=tgt,DC=example";
    static final LegacyExchangeDn PREFIX =
            LegacyExchangeDn.parse("/o=Fabrikam/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients");
    static final PrestageProfile PROFILE = new PrestageProfile(MEU_OU, PREFIX, CONFIG_NC);
    static final UUID FIXED_UUID = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    static final String GENERATED_LEGDN = PREFIX.value() + "/cn=jdoe-0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final ExchangeGuid MAILBOX_GUID = ExchangeGuid.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    static final ExchangeGuid ARCHIVE_GUID = ExchangeGuid.parse("a1b2c3d4-0000-1111-2222-333344445555");
    static final ExchangeGuid SOURCE_GUID = ExchangeGuid.parse("6d3f1a2b-7c8d-4e9f-a0b1-c2d3e4f5a6b7");
    static final String SOURCE_DN = "CN=Jane Doe,OU=Staff,DC=src,DC=example";
    static final String SOURCE_LEGDN =
            "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=4a1c-jdoe";
    static final SecurityIdentifier ACCOUNT_SID =
            SecurityIdentifier.parse("S-1-5-21-1004336348-1177238915-682003330-1105");
    static final SecurityIdentifier FOREIGN_SID =
            SecurityIdentifier.parse("S-1-5-21-3623811015-3361044348-30300820-1013");

    private Fixtures() {}

    /** A regular enabled user mailbox. */
    static DirectoryEntry.Builder source() {
        return DirectoryEntry.builder(SOURCE_DN)
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", "Jane Doe")
                .add("displayName", "Jane Doe")
                .add("mail", "jane.doe@contoso.com")
                .add("mailNickname", "jdoe")
                .add("sAMAccountName", "jdoe")
                .add("userPrincipalName", "jdoe@src.example")
                .add("userAccountControl", "512")
                .add("homeMDB", "CN=DB01,CN=Databases,CN=Configuration,DC=src,DC=example")
                .add(
                        "msExchHomeServerName",
                        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EX01")
                .addBytes("msExchMailboxGuid", MAILBOX_GUID.toBytes())
                .addBytes("objectSid", ACCOUNT_SID.toBytes())
                .addBytes("objectGUID", SOURCE_GUID.toBytes())
                .add("legacyExchangeDN", SOURCE_LEGDN)
                .add("msExchRecipientTypeDetails", "1")
                .add("msExchRecipientDisplayType", "1073741824")
                .add(
                        "proxyAddresses",
                        "SMTP:jane.doe@contoso.com",
                        "smtp:jdoe@contoso.mail.example",
                        "smtp:jdoe@src.route.example",
                        "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe")
                .add("givenName", "Jane")
                .add("sn", "Doe")
                .add("department", "Finance");
    }

    /** A GALSync contact for the source mailbox in the GAL OU. */
    static DirectoryEntry.Builder contact() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=GAL,DC=tgt,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "contact")
                .add("cn", "Jane Doe")
                .add("displayName", "Jane Doe (Contoso)")
                .add("mail", "jane.doe@contoso.com")
                .add("mailNickname", "jdoe")
                .add("targetAddress", "SMTP:jane.doe@contoso.com")
                .add("legacyExchangeDN", "/o=Fabrikam/ou=External (FYDIBOHF25SPDLT)/cn=Recipients/cn=jdoe-contact")
                .add("msExchRecipientDisplayType", "-2147483642")
                .add("msExchOriginatingForest", "src.example")
                .add("adminDescription", "galbridge:src.example:" + SOURCE_GUID)
                .add(
                        "proxyAddresses",
                        "SMTP:jane.doe@contoso.com",
                        "smtp:jdoe@contoso.mail.example",
                        "X500:" + SOURCE_LEGDN,
                        "X500:/o=Other/ou=Replica/cn=Recipients/cn=jdoe-other")
                .add("department", "Finance (GAL)");
    }

    /** A pre-staged MEU with a targetAddress. */
    static DirectoryEntry.Builder mailUser() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Pre-staged,DC=tgt,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", "Jane Doe")
                .add("sAMAccountName", "jdoe")
                .add("mailNickname", "jdoe")
                .add("targetAddress", "SMTP:jdoe@stale.example")
                .add("legacyExchangeDN", PREFIX.value() + "/cn=jdoe-existing")
                .add("msExchRecipientTypeDetails", "128")
                .add("msExchRecipientDisplayType", "-2147483642")
                .add("userAccountControl", "514")
                .add("proxyAddresses", "SMTP:jane.doe@contoso.com");
    }

    static DirectoryEntry.Builder targetMailbox() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Users,DC=tgt,DC=example")
                .add("objectClass", "user")
                .add("homeMDB", "CN=DB9,CN=Databases,CN=Configuration,DC=tgt,DC=example")
                .add("msExchHomeServerName", "/o=Fabrikam/cn=EX9")
                .add("mailNickname", "jdoe")
                .add("proxyAddresses", "SMTP:jane.doe@contoso.com");
    }

    static DirectoryEntry.Builder admtUser() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Migrated,DC=tgt,DC=example")
                .add("objectClass", "user")
                .add("sAMAccountName", "jdoe")
                .add("userAccountControl", "512")
                .add("homeMDB", "CN=DB01,CN=Databases,CN=Configuration,DC=src,DC=example")
                .add("homeMTA", "CN=MTA,CN=EX01,CN=Configuration,DC=src,DC=example")
                .add("msExchHomeServerName", "/o=Contoso/cn=EX01")
                .add("showInAddressBook", "CN=Default Global Address List,CN=Configuration,DC=src,DC=example")
                .add("mailNickname", "jdoe")
                .add("legacyExchangeDN", SOURCE_LEGDN)
                .add("proxyAddresses", "SMTP:jane.doe@contoso.com");
    }

    static DirectoryEntry.Builder plainUser() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Accounts,DC=tgt,DC=example")
                .add("objectClass", "user")
                .add("sAMAccountName", "jane")
                .add("userAccountControl", "512")
                .addBytes("objectSid", FOREIGN_SID.toBytes());
    }

    static DirectoryEntry.Builder distributionGroup() {
        return DirectoryEntry.builder("CN=Finance,OU=Groups,DC=tgt,DC=example")
                .add("objectClass", "group")
                .add("groupType", "8")
                .add("msExchRecipientTypeDetails", "256")
                .add("proxyAddresses", "smtp:jdoe@contoso.mail.example");
    }

    static DirectoryEntry.Builder dynamicGroup() {
        return DirectoryEntry.builder("CN=All Finance,OU=Groups,DC=tgt,DC=example")
                .add("objectClass", "msExchDynamicDistributionList")
                .add("proxyAddresses", "smtp:jdoe@contoso.mail.example");
    }

    static DirectoryEntry.Builder securityGroup() {
        return DirectoryEntry.builder("CN=Finance Sec,OU=Groups,DC=tgt,DC=example")
                .add("objectClass", "group")
                .add("groupType", "-2147483640")
                .add("msExchRecipientTypeDetails", "1024")
                .add("proxyAddresses", "smtp:jdoe@contoso.mail.example");
    }

    static MailUserPlanner planner(PrestageOptions options, NameAvailability names, Ownership ownership) {
        return new MailUserPlanner(PROFILE, options, names, ownership, () -> FIXED_UUID);
    }

    static MailUserPlanner planner(PrestageOptions options) {
        return planner(options, TakenNames.none(), Ownership.NONE);
    }
}
