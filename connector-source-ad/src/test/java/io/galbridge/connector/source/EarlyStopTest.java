package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.List;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A host handler that returns false ends a multi-page search at once, and the connector stays usable. */
@WithForests(
        value = ForestKind.EMBEDDED,
        forests = {"source=src.test"})
class EarlyStopTest {

    private static final int RECIPIENTS = 60;

    private static ConnectorFacade facade;

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        try (LDAPConnection c = source.connect()) {
            RecipientFixtures.forForest(source.spec())
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        SourceAdConfiguration configuration = Facades.configuration(source);
        configuration.setPageSize(10);
        facade = Facades.facade(configuration);
    }

    @Test
    void aHandlerReturningFalseStopsTheSearchAndTheNextSearchSeesEverything() {
        List<ConnectorObject> first = new ArrayList<>();
        facade.search(RecipientSchema.RECIPIENT_CLASS, null, o -> first.add(o) && first.size() < 15, null);
        assertThat(first).hasSize(15);
        List<ConnectorObject> all = new ArrayList<>();
        facade.search(RecipientSchema.RECIPIENT_CLASS, null, all::add, null);
        assertThat(all).hasSize(RECIPIENTS);
    }
}
