package io.galbridge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.cli.config.ConfigLoader;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.demo.DemoConfiguration;
import io.galbridge.cli.demo.DemoEstate;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import io.galbridge.testkit.fixture.RecipientFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.spi.SearchResultsHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command's facades run searches on the calling thread (ConnId's producer buffer off, {@link
 * io.galbridge.cli.connid.ConnectorCatalog#open}), so a per-object read starts no thread; reads by UID and
 * searches return what the directory holds. Embedded forests.
 */
class FacadesTest {

    private static final int RECIPIENTS = 12;

    private static RunningForests forests;
    private static GalbridgeConfig config;

    @BeforeAll
    static void start() throws Exception {
        forests = new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET));
        TestForest target = forests.target();
        String contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
        try (LDAPConnection c = forests.source().connect()) {
            RecipientFixtures.forForest(ForestSpec.SOURCE)
                    .withRecipients(RECIPIENTS)
                    .addTo(c);
        }
        try (LDAPConnection t = target.connect()) {
            t.add(new Entry(contactOu, new Attribute("objectClass", "top", "organizationalUnit")));
            t.add(new Entry(mailUserOu, new Attribute("objectClass", "top", "organizationalUnit")));
        }
        DemoEstate estate = new DemoEstate(contactOu, mailUserOu, null, null, null, null, null, List.of(), 0);
        DemoConfiguration written = DemoConfiguration.write(List.of(forests.source()), target, estate, System.getenv());
        config = ConfigLoader.load(written.file(), written.environment());
    }

    @AfterAll
    static void stop() {
        if (forests != null) {
            forests.close();
        }
    }

    @Test
    void searchesAndReadsByUidRunOnTheCallingThread() {
        ConnectorFacade source = Facades.open(config).source(config.sources().get(0), Map.of());
        Thread caller = Thread.currentThread();
        ThreadRecorder all = new ThreadRecorder();

        source.search(ObjectClassNames.SOURCE_RECIPIENT, null, all, FacadeOptions.NONE);

        assertThat(all.objects).as("the source recipients").hasSizeGreaterThan(RECIPIENTS / 2);
        assertThat(all.threads).containsExactly(caller);
        ConnectorObject first = all.objects.get(0);
        ConnectorObject again = source.getObject(ObjectClassNames.SOURCE_RECIPIENT, first.getUid(), FacadeOptions.NONE);
        assertThat(again.getName()).isEqualTo(first.getName());
    }

    /** Collects the results and the threads that handed them over. */
    private static final class ThreadRecorder implements SearchResultsHandler {
        final List<ConnectorObject> objects = new ArrayList<>();
        final Set<Thread> threads = new HashSet<>();

        @Override
        public boolean handle(ConnectorObject object) {
            objects.add(object);
            threads.add(Thread.currentThread());
            return true;
        }

        @Override
        public void handleResult(SearchResult result) {
            threads.add(Thread.currentThread());
        }
    }
}
