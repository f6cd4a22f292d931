package io.galbridge.testkit.openldap;

import io.galbridge.testkit.ForestProviders;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Skips loudly, or fails under {@code GALBRIDGE_REQUIRE_SERVERS=1}, when slapd is not installed. */
final class SlapdAvailable {

    private SlapdAvailable() {}

    static void require(OpenLdapForestProvider provider) {
        Optional<String> reason = provider.unavailableReason();
        if (reason.isEmpty()) {
            return;
        }
        if (ForestProviders.serversRequired()) {
            throw new IllegalStateException(reason.get() + " (GALBRIDGE_REQUIRE_SERVERS=1 demands slapd)");
        }
        System.err.println("!!!!! SKIPPED (test server missing) !!!!! " + reason.get());
        Assumptions.abort(reason.get());
    }
}
