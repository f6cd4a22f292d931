package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.value.GuidCodec;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * Which domain controller (and which incarnation of its database) answered, and its current
 * {@code highestCommittedUSN}: USNs are per DC, so a USN is meaningful only together with the DC that issued
 * it.
 *
 * <p>On AD (and Samba) the identity is the root DSE's {@code dsServiceName} (the DC's NTDS Settings object)
 * plus that object's {@code invocationId}, which changes when the DC's database is restored from a backup
 * (after which old USNs would be reused). Where the root DSE names no service (the embedded test forest),
 * the identity is the server's address, {@code host:port}. Immutable.
 *
 * @param key the identity, compared as text; not null
 * @param highestCommittedUsn the DC's highest committed USN when read
 */
record DcIdentity(String key, long highestCommittedUsn) {

    static final String HIGHEST_COMMITTED_USN = "highestCommittedUSN";
    static final String DS_SERVICE_NAME = "dsServiceName";

    DcIdentity {
        Objects.requireNonNull(key, "key");
    }

    /** Reads the identity and USN of the DC behind {@code session}. */
    static DcIdentity read(ServerAffinity session) {
        String what = "read " + HIGHEST_COMMITTED_USN + " from the root DSE of " + session.server();
        Entry root = session.run(what, c -> c.getEntry("", HIGHEST_COMMITTED_USN, DS_SERVICE_NAME));
        String usn = root == null ? null : root.getAttributeValue(HIGHEST_COMMITTED_USN);
        if (usn == null) {
            throw new ConnectorException(what + ": the server does not publish it (not an AD-like directory);"
                    + " choose another change-tracking mode");
        }
        long highest;
        try {
            highest = Long.parseLong(usn.strip());
        } catch (NumberFormatException e) {
            throw new ConnectorException(what + ": '" + usn + "' is not a number", e);
        }
        String service = root.getAttributeValue(DS_SERVICE_NAME);
        if (service == null) {
            return new DcIdentity("address:" + session.server(), highest);
        }
        String invocation = session.run("read invocationId of " + service, c -> invocationId(c, service));
        return new DcIdentity("dsa:" + service + ";invocationId:" + invocation, highest);
    }

    private static String invocationId(LDAPConnection c, String service) throws LDAPException {
        try {
            Entry settings = c.getEntry(service, "invocationId");
            byte[] raw = settings == null ? null : settings.getAttributeValueBytes("invocationId");
            return raw == null ? "unreadable" : GuidCodec.INSTANCE.decode(raw).toString();
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT
                    || e.getResultCode() == ResultCode.INSUFFICIENT_ACCESS_RIGHTS) {
                // a bind without read access to the configuration partition: dsServiceName alone identifies the DC
                return "unreadable";
            }
            throw e;
        }
    }
}
