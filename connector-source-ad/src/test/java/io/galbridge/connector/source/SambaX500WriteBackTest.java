package io.galbridge.connector.source;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.junit.WithForests;

/** {@link X500WriteBackCases} on Samba: GUID DNs true, permissive modify announced true. */
@WithForests(
        value = ForestKind.SAMBA,
        forests = {"source=src.test"})
class SambaX500WriteBackTest extends X500WriteBackCases {

    @Override
    boolean resolvesGuidDns() {
        return true;
    }

    @Override
    boolean announcesPermissiveModify() {
        return true;
    }
}
