package io.galbridge.testkit.openldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The entries every OpenLDAP forest starts with, shaped like a fresh AD domain: the domain object
 * ({@code domain}/{@code domainDNS}), the {@code CN=Users} container, the administrator and a service account.
 * Each carries a random 16-byte {@code objectGUID}, since slapd generates none.
 */
final class AdDirectoryTree {

    private static final int USER_ACCOUNT_CONTROL_NORMAL_DONT_EXPIRE = 66048;

    private final DN base;
    private final SecureRandom random;

    AdDirectoryTree(DN base, SecureRandom random) {
        this.base = base;
        this.random = random;
    }

    DN usersContainer() {
        return child(base, "CN", "Users");
    }

    DN administrator() {
        return child(usersContainer(), "CN", "Administrator");
    }

    DN serviceAccount() {
        return child(usersContainer(), "CN", "svc-galbridge");
    }

    /**
     * The initial entries, parents first.
     *
     * @param password the password of the administrator and the service account; stored as a salted SHA hash
     */
    List<Entry> entries(String password) {
        Entry domain = new Entry(base);
        domain.addAttribute("objectClass", "top", "domain", "domainDNS");
        domain.addAttribute("dc", base.getRDN().getAttributeValues()[0]);
        domain.addAttribute("objectGUID", guid());

        Entry users = new Entry(usersContainer());
        users.addAttribute("objectClass", "top", "container");
        users.addAttribute("cn", "Users");
        users.addAttribute("description", "Default container for upgraded user accounts");
        users.addAttribute("objectGUID", guid());

        return List.of(
                domain,
                users,
                account(administrator(), "Administrator", "Built-in account for administering the domain", password),
                account(
                        serviceAccount(),
                        "svc-galbridge",
                        "galbridge sync account with AD-like page limits",
                        password));
    }

    private Entry account(DN dn, String name, String description, String password) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        entry.addAttribute("cn", name);
        entry.addAttribute("sAMAccountName", name);
        entry.addAttribute("description", description);
        entry.addAttribute("userAccountControl", Integer.toString(USER_ACCOUNT_CONTROL_NORMAL_DONT_EXPIRE));
        entry.addAttribute("objectGUID", guid());
        entry.addAttribute("userPassword", saltedSha(password));
        return entry;
    }

    private byte[] guid() {
        byte[] guid = new byte[16];
        random.nextBytes(guid);
        return guid;
    }

    /** RFC 2307-style {@code {SSHA}} value: base64(SHA-1(password + salt) + salt). */
    private String saltedSha(String password) {
        byte[] salt = new byte[8];
        random.nextBytes(salt);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            sha.update(salt);
            byte[] digest = sha.digest();
            byte[] value = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, value, 0, digest.length);
            System.arraycopy(salt, 0, value, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is unavailable", e);
        }
    }

    private static DN child(DN parent, String type, String value) {
        return new DN(new RDN(type, value), parent);
    }
}
