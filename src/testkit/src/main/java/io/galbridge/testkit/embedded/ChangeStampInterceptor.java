package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ReadOnlyAddRequest;
import com.unboundid.ldap.sdk.ReadOnlyModifyDNRequest;
import com.unboundid.ldap.sdk.ReadOnlyModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.StaticUtils;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stand-in for AD's change stamping, on the embedded forest: an add sets {@code uSNCreated} and
 * {@code uSNChanged} to the server's next {@link UpdateSequence} number and {@code whenCreated} and
 * {@code whenChanged} to the current time (generalized time, UTC); a modify or a rename (modify DN) sets
 * {@code uSNChanged} to the next number and {@code whenChanged} to now. Like AD, clients cannot set these
 * attributes: an add or modify that names them is refused ({@code 53}, {@code 00002035}).
 *
 * <p>A rename cannot carry modifications, so its stamp is applied by an in-process modify of the renamed
 * entry once the rename has succeeded (in-process operations bypass interceptors). USNs are taken before
 * the write is applied, so with concurrent writers their order may differ slightly from the commit order;
 * a failed write burns its number, as AD's can. One instance per server; thread-safe.
 */
final class ChangeStampInterceptor extends InMemoryOperationInterceptor {

    private static final List<String> STAMPED = List.of("uSNCreated", "uSNChanged", "whenCreated", "whenChanged");

    private final UpdateSequence sequence;
    private final Clock clock;
    private final AtomicReference<InMemoryDirectoryServer> server;

    /**
     * @param server the server this interceptor serves, set once the server exists (it needs its
     *     interceptors before it can be built)
     */
    ChangeStampInterceptor(UpdateSequence sequence, Clock clock, AtomicReference<InMemoryDirectoryServer> server) {
        this.sequence = sequence;
        this.clock = clock;
        this.server = server;
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        ReadOnlyAddRequest add = request.getRequest();
        for (String attribute : STAMPED) {
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
        ReadOnlyModifyRequest modify = request.getRequest();
        List<Modification> modifications = new ArrayList<>(modify.getModifications());
        for (Modification modification : modifications) {
            String name = modification.getAttribute().getBaseName();
            if (STAMPED.stream().anyMatch(name::equalsIgnoreCase)) {
                throw AdRefusals.systemOnly(name, modify.getDN());
            }
        }
        modifications.addAll(changeStamp());
        request.setRequest(new ModifyRequest(modify.getDN(), modifications, modify.getControls()));
    }

    @Override
    public void processModifyDNResult(InMemoryInterceptedModifyDNResult result) {
        if (result.getResult().getResultCode() != ResultCode.SUCCESS) {
            return;
        }
        ReadOnlyModifyDNRequest rename = result.getRequest();
        String newDn = "?";
        try {
            DN oldDn = new DN(rename.getDN());
            DN parent = rename.getNewSuperiorDN() == null ? oldDn.getParent() : new DN(rename.getNewSuperiorDN());
            newDn = new DN(new RDN(rename.getNewRDN()), parent).toString();
            server.get().modify(newDn, changeStamp());
        } catch (LDAPException e) {
            result.setResult(new LDAPResult(
                    result.getResult().getMessageID(),
                    ResultCode.OTHER,
                    "renamed " + rename.getDN() + " to " + newDn + " but could not stamp uSNChanged: "
                            + e.getExceptionMessage(),
                    null,
                    (String[]) null,
                    null));
        }
    }

    /** Sets uSNCreated, uSNChanged, whenCreated and whenChanged on a new entry. */
    void stamp(Entry entry) {
        String usn = Long.toString(sequence.next());
        String now = now();
        entry.setAttribute("uSNCreated", usn);
        entry.setAttribute("uSNChanged", usn);
        entry.setAttribute("whenCreated", now);
        entry.setAttribute("whenChanged", now);
    }

    private List<Modification> changeStamp() {
        return List.of(
                new Modification(ModificationType.REPLACE, "uSNChanged", Long.toString(sequence.next())),
                new Modification(ModificationType.REPLACE, "whenChanged", now()));
    }

    /** AD's whenChanged resolution: whole seconds, UTC, e.g. {@code 20240131120000.0Z}. */
    private String now() {
        long seconds = clock.millis() / 1_000L * 1_000L;
        return StaticUtils.encodeGeneralizedTime(new Date(seconds));
    }
}
