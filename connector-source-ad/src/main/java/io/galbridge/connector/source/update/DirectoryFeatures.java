package io.galbridge.connector.source.update;

import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.controls.AssertionRequestControl;
import com.unboundid.ldap.sdk.controls.PermissiveModifyRequestControl;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.connector.source.search.WriteRights;
import java.util.Objects;

/**
 * What the source server announces in its root DSE that lets a write-back skip its locate search (see {@link
 * X500Append}). Read once per connector instance. Immutable.
 *
 * <p>Observed: Samba 4.17 announces the Active Directory capability and the permissive modify control, not the
 * assertion control (it answers it with 12, unavailableCriticalExtension). OpenLDAP 2.5 announces the
 * assertion control; it honours the permissive modify control without announcing it, so galbridge does not
 * use it there. The UnboundID in-memory server announces both controls.
 *
 * @param activeDirectory supportedCapabilities contains {@value WriteRights#AD_CAPABILITY}: the server resolves
 *     {@link io.galbridge.ad.value.GuidDn} entry DNs
 * @param assertion supportedControl contains the LDAP assertion control (RFC 4528, {@value
 *     AssertionRequestControl#ASSERTION_REQUEST_OID})
 * @param permissiveModify supportedControl contains AD's permissive modify control ({@value
 *     PermissiveModifyRequestControl#PERMISSIVE_MODIFY_REQUEST_OID}): adding a value the attribute already has
 *     succeeds and changes nothing, instead of failing with 20 (attributeOrValueExists)
 */
public record DirectoryFeatures(boolean activeDirectory, boolean assertion, boolean permissiveModify) {

    /** None of the features: every write-back takes the locate search. */
    public static final DirectoryFeatures NONE = new DirectoryFeatures(false, false, false);

    /**
     * Reads the root DSE.
     *
     * @param pool the connections; not null
     * @return the features the server announces; never null
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException the translated failure of
     *     the read
     */
    public static DirectoryFeatures probe(AdConnectionPool pool) {
        Objects.requireNonNull(pool, "pool");
        return of(pool.run("read the root DSE of " + pool.description(), c -> c.getRootDSE()));
    }

    /**
     * The features a root DSE announces.
     *
     * @param root the root DSE; null (not readable) means none
     * @return the features; never null
     */
    public static DirectoryFeatures of(RootDSE root) {
        if (root == null) {
            return NONE;
        }
        return new DirectoryFeatures(
                root.hasAttributeValue("supportedCapabilities", WriteRights.AD_CAPABILITY),
                root.supportsControl(AssertionRequestControl.ASSERTION_REQUEST_OID),
                root.supportsControl(PermissiveModifyRequestControl.PERMISSIVE_MODIFY_REQUEST_OID));
    }
}
