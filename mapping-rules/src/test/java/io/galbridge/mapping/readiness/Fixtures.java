package io.galbridge.mapping.readiness;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.recipient.ClassifierContext;
import io.galbridge.mapping.recipient.DnScope;
import io.galbridge.mapping.recipient.RecipientClassifier;
import java.util.List;
import java.util.Set;

/** Source forest src.example, target forest tgt.example, routing domains route.src/route.tgt. */
final class Fixtures {

    static final ExchangeGuid JANE_GUID = ExchangeGuid.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    static final String SRC_LEGDN =
            "/o=Source/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0b3c7e1a-jdoe";
    static final String SYNC_OU = "OU=GAL Sync,DC=tgt,DC=example";
    static final RecipientClassifier SOURCE_CLASSIFIER =
            new RecipientClassifier(new ClassifierContext(List.of(), Set.of("route.tgt.example"), Set.of()));
    static final RecipientClassifier TARGET_CLASSIFIER =
            new RecipientClassifier(new ClassifierContext(List.of(new DnScope(SYNC_OU)), Set.of(), Set.of()));

    private Fixtures() {}

    /** Jane's regular, fully ready source mailbox, with proxies in both routing domains. */
    static DirectoryEntry.Builder janeMailbox() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Staff,DC=src,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", "Jane Doe")
                .add("sAMAccountName", "jdoe")
                .add("userAccountControl", "512")
                .add("mailNickname", "jdoe")
                .add("legacyExchangeDN", SRC_LEGDN)
                .add("homeMDB", "CN=DB01,CN=Databases,CN=Configuration,DC=src,DC=example")
                .add("msExchHomeServerName", "/o=Source/ou=AG/cn=Configuration/cn=Servers/cn=EX01")
                .addBytes("msExchMailboxGuid", JANE_GUID.toBytes())
                .add("msExchRecipientTypeDetails", "1");
    }

    static DirectoryEntry.Builder withProxies(DirectoryEntry.Builder b) {
        return b.add(
                "proxyAddresses",
                "SMTP:jane.doe@src.example",
                "smtp:jdoe@route.src.example",
                "smtp:jdoe@route.tgt.example");
    }

    /** Jane's pre-staged target mail user, complete. */
    static DirectoryEntry.Builder janeMeu() {
        return DirectoryEntry.builder("CN=Jane Doe,OU=Migrated Users,DC=tgt,DC=example")
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("sAMAccountName", "jdoe")
                .add("userAccountControl", "514")
                .add("mailNickname", "jdoe")
                .add("targetAddress", "smtp:jdoe@route.src.example")
                .addBytes("msExchMailboxGuid", JANE_GUID.toBytes())
                .add("msExchRecipientTypeDetails", "128")
                .add("msExchRecipientDisplayType", "-2147483642");
    }

    static final byte[] SELF = SecurityIdentifier.SELF.toBytes();
    static final byte[] ACCOUNT_FOREST_SID = SecurityIdentifier.parse("S-1-5-21-1004336348-1177238915-682003330-1122")
            .toBytes();
}
