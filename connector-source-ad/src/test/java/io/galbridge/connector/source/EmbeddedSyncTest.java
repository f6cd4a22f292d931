package io.galbridge.connector.source;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live sync with uSNChanged on the embedded forest (which shows no deletions). */
@WithForests(
        value = ForestKind.EMBEDDED,
        forests = {"source=src.test"})
class EmbeddedSyncTest {

    private static final int RECIPIENTS = 40;

    private static RecipientFixtures fixtures;

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        fixtures = RecipientFixtures.forForest(source.spec()).withRecipients(RECIPIENTS);
        try (LDAPConnection c = source.connect()) {
            fixtures.addTo(c);
        }
    }

    @Test
    void syncReportsCreatesModifiesRenamesKeepingTheUidAndRecipientsThatStopped(@ForestRole("source") TestForest source)
            throws Exception {
        SourceAdConfiguration configuration = Facades.configuration(source);
        configuration.setSyncStrategy("USN_CHANGED");
        SyncScenario scenario = new SyncScenario(Facades.facade(configuration), fixtures);
        try (LDAPConnection c = source.connect()) {
            scenario.run(c, 0, RECIPIENTS + 1, false);
        }
    }
}
