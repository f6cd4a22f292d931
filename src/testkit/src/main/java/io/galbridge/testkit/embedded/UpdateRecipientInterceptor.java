package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ReadOnlyAddRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.StaticUtils;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stand-in for Exchange's <b>Update-Recipient</b> (the recipient update service), on the embedded forest:
 * when an add or modify leaves a mail-enabled object (one with mailNickname, proxyAddresses or
 * targetAddress) without legacyExchangeDN, the object gets a unique one,
 * {@code /o=<NETBIOS>/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=<alias>-<32 hex>},
 * where the alias is the mailNickname (or, lacking one, the RDN value reduced to letters and digits) and
 * the hex is random. An existing legacyExchangeDN is never changed. Real Exchange does this
 * asynchronously; here it is done before the add is stored and right after a modify succeeds (an
 * in-process modify, which bypasses interceptors and so takes no USN of its own). One instance per server.
 */
final class UpdateRecipientInterceptor extends InMemoryOperationInterceptor {

    private static final String ATTRIBUTE = "legacyExchangeDN";

    private final String recipientsContainer;
    private final SecureRandom random;
    private final AtomicReference<InMemoryDirectoryServer> server;

    /**
     * @param organisation the Exchange organisation name, e.g. the NetBIOS name {@code SRC}
     * @param server the server this interceptor serves, set once the server exists
     */
    UpdateRecipientInterceptor(
            String organisation, SecureRandom random, AtomicReference<InMemoryDirectoryServer> server) {
        this.recipientsContainer =
                "/o=" + organisation + "/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients";
        this.random = random;
        this.server = server;
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        ReadOnlyAddRequest add = request.getRequest();
        Entry entry = add.toEntry();
        if (needsLegacyDn(entry)) {
            entry.setAttribute(ATTRIBUTE, legacyDn(entry));
            request.setRequest(new AddRequest(entry, add.getControls()));
        }
    }

    @Override
    public void processModifyResult(InMemoryInterceptedModifyResult result) {
        if (result.getResult().getResultCode() != ResultCode.SUCCESS) {
            return;
        }
        String dn = result.getRequest().getDN();
        try {
            Entry entry = server.get().getEntry(dn);
            if (entry != null && needsLegacyDn(entry)) {
                server.get().modify(dn, new Modification(ModificationType.ADD, ATTRIBUTE, legacyDn(entry)));
            }
        } catch (LDAPException e) {
            result.setResult(new LDAPResult(
                    result.getResult().getMessageID(),
                    ResultCode.OTHER,
                    "modified " + dn + " but Update-Recipient could not stamp legacyExchangeDN: "
                            + e.getExceptionMessage(),
                    null,
                    (String[]) null,
                    null));
        }
    }

    private static boolean needsLegacyDn(Entry entry) {
        boolean mailEnabled = entry.hasAttribute("mailNickname")
                || entry.hasAttribute("proxyAddresses")
                || entry.hasAttribute("targetAddress");
        return mailEnabled && !entry.hasAttribute(ATTRIBUTE);
    }

    private String legacyDn(Entry entry) throws LDAPException {
        String alias = entry.getAttributeValue("mailNickname");
        if (alias == null) {
            alias = new DN(entry.getDN()).getRDN().getAttributeValues()[0].replaceAll("[^A-Za-z0-9]", "");
        }
        byte[] suffix = new byte[16];
        random.nextBytes(suffix);
        return recipientsContainer + "/cn=" + alias + "-"
                + StaticUtils.toHex(suffix).toLowerCase(Locale.ROOT);
    }
}
