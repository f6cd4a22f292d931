package io.galbridge.testkit.openldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldif.LDIFWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Mailbox users shaped like Exchange's, with client-generated objectGUID/objectSid/msExchMailboxGuid (slapd
 * generates none). Deterministic per seed. Test-local until the shared fixture generator lands.
 */
final class Recipients {

    private final DN parent;
    private final String domain;
    private final Random random;

    Recipients(DN parent, String domain, long seed) {
        this.parent = parent;
        this.domain = domain;
        this.random = new Random(seed);
    }

    /** The organisational unit the recipients live in. */
    static Entry organizationalUnit(DN dn) {
        Entry ou = new Entry(dn);
        ou.addAttribute("objectClass", "top", "organizationalUnit");
        ou.addAttribute("ou", dn.getRDN().getAttributeValues()[0]);
        return ou;
    }

    Entry mailboxUser(int index) {
        String alias = String.format(Locale.ROOT, "user%06d", index);
        Entry user = new Entry(new DN(new RDN("CN", alias), parent));
        user.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        user.addAttribute("cn", alias);
        user.addAttribute("sAMAccountName", alias);
        user.addAttribute("displayName", "User " + index);
        user.addAttribute("mail", alias + "@" + domain);
        user.addAttribute("mailNickname", alias);
        user.addAttribute(
                "proxyAddresses",
                "SMTP:" + alias + "@" + domain,
                "smtp:" + alias + "@mail." + domain,
                "X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + alias);
        user.addAttribute(
                "legacyExchangeDN",
                "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + alias);
        user.addAttribute("objectGUID", bytes(16));
        user.addAttribute("objectSid", sid(index));
        user.addAttribute("msExchMailboxGuid", bytes(16));
        user.addAttribute("msExchRecipientTypeDetails", "1");
        user.addAttribute("msExchRecipientDisplayType", "1073741824");
        user.addAttribute("userAccountControl", "512");
        return user;
    }

    /** Writes the OU and {@code count} users as LDIF for slapadd. */
    void writeLdif(Path file, Entry ou, int count) throws IOException {
        try (LDIFWriter writer = new LDIFWriter(file.toFile())) {
            writer.writeEntry(ou);
            for (int i = 0; i < count; i++) {
                writer.writeEntry(mailboxUser(i));
            }
        }
    }

    private byte[] bytes(int length) {
        byte[] value = new byte[length];
        random.nextBytes(value);
        return value;
    }

    /** S-1-5-21-x-y-z-RID in binary form. */
    private static byte[] sid(int index) {
        int rid = 1000 + index;
        return new byte[] {
            1,
            5,
            0,
            0,
            0,
            0,
            0,
            5,
            21,
            0,
            0,
            0,
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            (byte) rid,
            (byte) (rid >>> 8),
            (byte) (rid >>> 16),
            (byte) (rid >>> 24)
        };
    }
}
