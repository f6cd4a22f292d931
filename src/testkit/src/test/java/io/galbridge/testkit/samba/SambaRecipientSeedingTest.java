package io.galbridge.testkit.samba;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Samba forest seeded with the project's 2,500-recipient fixture (the only test class that seeds that
 * many: Samba adds ~150 entries/s), read back with simple paged results.
 */
@WithForests(value = ForestKind.SAMBA, forests = "source=src.test")
class SambaRecipientSeedingTest {

    private static final int CONNECTIONS = 4;
    private static final int PAGE_SIZE = 1_000;

    private static final RecipientFixtures FIXTURES = RecipientFixtures.forForest(ForestSpec.SOURCE);

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        List<Entry> entries = FIXTURES.entries();
        long begin = System.nanoTime();
        try (LDAPConnection connection = source.connect()) {
            // the two OUs and the placeholder database: everything else refers to them
            for (Entry container : entries.subList(0, 3)) {
                connection.add(container);
            }
        }
        List<Entry> recipients = entries.subList(3, entries.size());
        // groups name earlier recipients as members, and Samba refuses links to missing entries: groups last
        addInParallel(source, recipients.stream().filter(e -> !isGroup(e)).toList());
        addInParallel(
                source,
                recipients.stream().filter(SambaRecipientSeedingTest::isGroup).toList());
        double seconds = (System.nanoTime() - begin) / 1e9;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(
                Locale.ROOT,
                "seeded %d entries into Samba over %d connections in %.1f s (%.0f adds/s)%n",
                entries.size(),
                CONNECTIONS,
                seconds,
                entries.size() / seconds);
    }

    @Test
    void pagedSearchWithPagesOfAThousandCountsEveryRecipientExactly(@ForestRole("source") TestForest source)
            throws Exception {
        List<Integer> pageSizes = pagedCount(source, Filter.createPresenceFilter("objectClass"));
        // every recipient plus the one user that is not mail-enabled
        assertThat(pageSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(FIXTURES.recipientCount() + 1);
        assertThat(pageSizes).hasSizeGreaterThanOrEqualTo(3).allMatch(size -> size <= PAGE_SIZE);
    }

    @ParameterizedTest
    @EnumSource(
            value = RecipientKind.class,
            names = {"MAILBOX", "MAIL_USER", "MAIL_CONTACT", "DISTRIBUTION_GROUP"})
    void everyRecipientKindArrivesWithItsRecipientTypeDetails(
            RecipientKind kind, @ForestRole("source") TestForest source) throws Exception {
        List<Integer> pages = pagedCount(
                source,
                Filter.createEqualityFilter("msExchRecipientTypeDetails", Long.toString(kind.recipientTypeDetails())));
        assertThat(pages.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(FIXTURES.countsByKind().get(kind));
    }

    /** Pages through the recipients OU; returns the number of entries on each page. */
    private static List<Integer> pagedCount(TestForest forest, Filter filter) throws LDAPException {
        List<Integer> pages = new ArrayList<>();
        try (LDAPConnection connection = forest.connect()) {
            ASN1OctetString cookie = null;
            do {
                SearchRequest request =
                        new SearchRequest(FIXTURES.recipientsDn().toString(), SearchScope.ONE, filter, "objectGUID");
                request.addControl(new SimplePagedResultsControl(PAGE_SIZE, cookie, true));
                SearchResult result = connection.search(request);
                pages.add(result.getEntryCount());
                SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
                cookie = response == null ? null : response.getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);
        }
        return pages;
    }

    private static boolean isGroup(Entry entry) {
        return entry.hasAttributeValue("objectClass", "group");
    }

    private static void addInParallel(TestForest forest, List<Entry> entries) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int slot = 0; slot < CONNECTIONS; slot++) {
                int first = slot;
                futures.add(executor.submit(() -> {
                    int added = 0;
                    try (LDAPConnection connection = forest.connect()) {
                        for (int i = first; i < entries.size(); i += CONNECTIONS) {
                            connection.add(entries.get(i));
                            added++;
                        }
                    }
                    return added;
                }));
            }
            int added = 0;
            for (Future<Integer> future : futures) {
                added += future.get();
            }
            assertThat(added).isEqualTo(entries.size());
        } finally {
            executor.shutdownNow();
        }
    }
}
