package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ReadOnlyAddRequest;
import io.galbridge.testkit.fixture.DomainSid;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stand-in for AD's identity stamping, on the embedded forest: every added entry gets an {@code objectGUID}
 * of 16 random bytes; users, computers and groups (security principals) also get an {@code objectSid}
 * {@code S-1-5-21-a-b-c-RID} from the forest's domain SID and an incrementing RID, like a DC's RID pool;
 * contacts and containers get none. The domain object itself ({@code domainDNS}) carries the domain SID.
 *
 * <p>As in AD, a client may not supply or change {@code objectGUID} or {@code objectSid}: such an add or
 * modify is refused with {@code 53 unwillingToPerform} and the diagnostic {@code 00002035: SvcErr: ...}.
 * Entries the forest creates itself go through {@link #stamp} directly and may carry a preset objectSid
 * (the administrator's RID 500). One instance per server; thread-safe.
 */
final class ObjectIdentityInterceptor extends InMemoryOperationInterceptor {

    /** The first RID handed to accounts created over LDAP, as on a fresh AD domain. */
    static final long FIRST_RID = 1_103;

    private static final List<String> PRINCIPAL_CLASSES = List.of("user", "computer", "group");

    private final DomainSid domainSid;
    private final SecureRandom random;
    private final AtomicLong nextRid = new AtomicLong(FIRST_RID);

    ObjectIdentityInterceptor(DomainSid domainSid, SecureRandom random) {
        this.domainSid = domainSid;
        this.random = random;
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        ReadOnlyAddRequest add = request.getRequest();
        for (String attribute : List.of("objectGUID", "objectSid")) {
            if (add.hasAttribute(attribute)) {
                throw AdRefusals.systemOnly(attribute, add.getDN());
            }
        }
        Entry entry = add.toEntry();
        stamp(entry);
        request.setRequest(new AddRequest(entry, add.getControls()));
    }

    @Override
    public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
        for (Modification modification : request.getRequest().getModifications()) {
            String name = modification.getAttribute().getBaseName();
            if (name.equalsIgnoreCase("objectGUID") || name.equalsIgnoreCase("objectSid")) {
                throw AdRefusals.systemOnly(name, request.getRequest().getDN());
            }
        }
    }

    /** Adds objectGUID, and objectSid where AD would give one and none is preset, to a new entry. */
    void stamp(Entry entry) {
        byte[] guid = new byte[16];
        random.nextBytes(guid);
        entry.setAttribute("objectGUID", guid);
        if (entry.hasAttribute("objectSid")) {
            return;
        }
        if (entry.hasObjectClass("domainDNS")) {
            entry.setAttribute("objectSid", domainSid.domain());
        } else if (PRINCIPAL_CLASSES.stream().anyMatch(entry::hasObjectClass)) {
            entry.setAttribute("objectSid", domainSid.account(nextRid.getAndIncrement()));
        }
    }
}
