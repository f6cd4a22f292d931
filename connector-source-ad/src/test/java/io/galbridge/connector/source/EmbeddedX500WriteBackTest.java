package io.galbridge.connector.source;

import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.junit.WithForests;

/** {@link X500WriteBackCases} on Embedded: GUID DNs false, permissive modify announced true. */
@WithForests(
        value = ForestKind.EMBEDDED,
        forests = {"source=src.test"})
class EmbeddedX500WriteBackTest extends X500WriteBackCases {

    @Override
    boolean resolvesGuidDns() {
        return false;
    }

    @Override
    boolean announcesPermissiveModify() {
        return true;
    }
}
