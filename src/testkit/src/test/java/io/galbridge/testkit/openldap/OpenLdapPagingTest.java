package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's 2,500-recipient fixture added over LDAP is read back exactly by paging (its 1,876 users:
 * 1,875 mail-enabled ones and the one that is not), and AD's page limit holds.
 */
@WithForests(value = ForestKind.OPENLDAP, forests = "source=src.test")
class OpenLdapPagingTest {

    private static final int USERS_IN_FIXTURE = 1_876;
    private static final Filter USERS = Filter.createEqualityFilter("objectClass", "user");

    private static RecipientFixtures fixtures(TestForest forest) {
        return RecipientFixtures.forForest(forest.spec())
                .withRecipients(RecipientFixtures.DEFAULT_RECIPIENTS)
                .withClientGeneratedIds(true);
    }

    private static DN ou(TestForest forest) {
        return fixtures(forest).recipientsDn();
    }

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws LDAPException {
        RecipientFixtures fixtures = fixtures(source);
        long users = fixtures.countsByKind().entrySet().stream()
                .filter(count -> count.getKey().isUser())
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(users).isEqualTo(USERS_IN_FIXTURE);
        try (LDAPConnection connection = source.connect()) {
            long start = System.nanoTime();
            int added = fixtures.addTo(connection);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "[openldap figures] ldapadd over one connection: %d fixture entries in %.2f s = %.0f adds/s%n",
                    added,
                    seconds,
                    added / seconds);
        }
    }

    @ParameterizedTest(name = "page size {0} as the administrator gives {1} pages")
    @CsvSource({"1000, 2", "500, 4", "2500, 1"})
    void pagingCountsEveryRecipientExactly(int pageSize, int pageCount, @ForestRole("source") TestForest source)
            throws LDAPException {
        try (LDAPConnection connection = source.connect()) {
            long start = System.nanoTime();
            List<Integer> pages = PagedCount.pages(connection, ou(source).toString(), USERS, pageSize);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(pages.stream().mapToInt(Integer::intValue).sum()).isEqualTo(USERS_IN_FIXTURE);
            assertThat(pages).hasSize(pageCount).allSatisfy(size -> assertThat(size)
                    .isLessThanOrEqualTo(pageSize));
            System.out.printf(
                    Locale.ROOT,
                    "[openldap figures] paged read, page size %d: %d entries in %.3f s = %.0f entries/s%n",
                    pageSize,
                    USERS_IN_FIXTURE,
                    seconds,
                    USERS_IN_FIXTURE / seconds);
        }
    }

    @Test
    void theServiceAccountMustPageLikeAgainstAdMaxPageSize(@ForestRole("source") TestForest source)
            throws LDAPException {
        OpenLdapForest forest = (OpenLdapForest) source;
        try (LDAPConnection connection = source.connect()) {
            connection.bind(forest.serviceAccountDn(), forest.password());
            assertThatThrownBy(() -> connection.search(ou(source).toString(), SearchScope.SUB, USERS, "1.1"))
                    .isInstanceOfSatisfying(LDAPSearchException.class, e -> {
                        assertThat(e.getResultCode()).isEqualTo(ResultCode.SIZE_LIMIT_EXCEEDED);
                        assertThat(e.getEntryCount()).isEqualTo(SlapdConfiguration.MAX_PAGE_SIZE);
                    });
            List<Integer> pages = PagedCount.pages(connection, ou(source).toString(), USERS, 1_000);
            assertThat(pages).containsExactly(1_000, 876);
            // unlike AD, which silently shrinks larger pages to MaxPageSize, slapd refuses them
            assertThatThrownBy(() -> PagedCount.pages(connection, ou(source).toString(), USERS, 5_000))
                    .isInstanceOfSatisfying(LDAPSearchException.class, e -> assertThat(e.getResultCode())
                            .isEqualTo(ResultCode.ADMIN_LIMIT_EXCEEDED));
        }
    }
}
