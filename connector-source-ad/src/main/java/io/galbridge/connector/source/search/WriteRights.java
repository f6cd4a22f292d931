package io.galbridge.connector.source.search;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RootDSE;
import io.galbridge.ad.connection.AdConnectionPool;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bind account may write on an entry, from Active Directory's constructed attribute {@value
 * #EFFECTIVE} (the attributes the requester may write on that object, after every ACE; Samba computes it
 * too). AD leaves the attribute out when the requester may write nothing, so its absence means "nothing" on
 * a server that announces itself as Active Directory (root DSE capability {@value #AD_CAPABILITY}) and
 * "unknown" on other servers (OpenLDAP, the embedded test server), which do not construct it. Immutable.
 *
 * @param activeDirectory whether the server announced the Active Directory capability
 */
public record WriteRights(boolean activeDirectory) {

    /** AD's constructed attribute listing the attributes the requester may write on the entry. */
    public static final String EFFECTIVE = "allowedAttributesEffective";

    /** LDAP_CAP_ACTIVE_DIRECTORY_OID, in the root DSE's supportedCapabilities of AD and Samba. */
    public static final String AD_CAPABILITY = "1.2.840.113556.1.4.800";

    /**
     * Reads the root DSE.
     *
     * @param pool the connections; not null
     * @return the rights reader for this server; never null
     */
    public static WriteRights probe(AdConnectionPool pool) {
        Objects.requireNonNull(pool, "pool");
        RootDSE root = pool.run("read the root DSE", c -> c.getRootDSE());
        String[] capabilities = root == null ? null : root.getAttributeValues("supportedCapabilities");
        return new WriteRights(
                capabilities != null && Arrays.asList(capabilities).contains(AD_CAPABILITY));
    }

    /**
     * The attributes the requester may write on an entry read with {@value #EFFECTIVE}.
     *
     * @param entry the entry; not null
     * @return the attribute names as the server gives them (empty when nothing is writable on AD); empty
     *     optional when the server cannot tell
     */
    public Optional<List<String>> writable(Entry entry) {
        String[] values = entry.getAttributeValues(EFFECTIVE);
        if (values != null) {
            return Optional.of(List.of(values));
        }
        return activeDirectory ? Optional.of(List.of()) : Optional.empty();
    }

    /**
     * Whether the requester may write one attribute on an entry read with {@value #EFFECTIVE}.
     *
     * @param entry the entry; not null
     * @param attribute the attribute's LDAP name, any case; not null
     * @return the answer; empty when the server cannot tell
     */
    public Optional<Boolean> mayWrite(Entry entry, String attribute) {
        return writable(entry).map(list -> list.stream().anyMatch(attribute::equalsIgnoreCase));
    }
}
