package io.galbridge.connector.source;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.junit.WithForests;

/** {@link X500WriteBackCases} on OpenLdap: GUID DNs false, permissive modify announced false. */
@WithForests(
        value = ForestKind.OPENLDAP,
        forests = {"source=src.test"})
class OpenLdapX500WriteBackTest extends X500WriteBackCases {

    @Override
    boolean resolvesGuidDns() {
        return false;
    }

    @Override
    boolean announcesPermissiveModify() {
        return false;
    }
}
