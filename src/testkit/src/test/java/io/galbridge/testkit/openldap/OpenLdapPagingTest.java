package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 2,500 recipients added over LDAP are read back exactly by paging, and AD's page limit holds. */
@WithForests(value = ForestKind.OPENLDAP, forests = "source=src.test")
class OpenLdapPagingTest {

    private static final int RECIPIENTS = 2_500;
    private static final Filter USERS = Filter.createEqualityFilter("objectClass", "user");

    private static DN ou(TestForest forest) {
        return new DN(new RDN("OU", "Recipients"), forest.baseDn());
    }

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws LDAPException {
        Recipients recipients = new Recipients(ou(source), source.spec().dnsName(), 2500);
        try (LDAPConnection connection = source.connect()) {
            connection.add(Recipients.organizationalUnit(ou(source)));
            long start = System.nanoTime();
            for (int i = 0; i < RECIPIENTS; i++) {
                connection.add(recipients.mailboxUser(i));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "[openldap figures] ldapadd over one connection: %d recipients in %.2f s = %.0f adds/s%n",
                    RECIPIENTS,
                    seconds,
                    RECIPIENTS / seconds);
        }
    }

    @ParameterizedTest(name = "page size {0} as the administrator gives {1} pages")
    @CsvSource({"1000, 3", "500, 5", "2500, 1"})
    void pagingCountsEveryRecipientExactly(int pageSize, int pageCount, @ForestRole("source") TestForest source)
            throws LDAPException {
        try (LDAPConnection connection = source.connect()) {
            long start = System.nanoTime();
            List<Integer> pages = PagedCount.pages(connection, ou(source).toString(), USERS, pageSize);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(pages.stream().mapToInt(Integer::intValue).sum()).isEqualTo(RECIPIENTS);
            assertThat(pages).hasSize(pageCount).allSatisfy(size -> assertThat(size)
                    .isLessThanOrEqualTo(pageSize));
            System.out.printf(
                    Locale.ROOT,
                    "[openldap figures] paged read, page size %d: %d entries in %.3f s = %.0f entries/s%n",
                    pageSize,
                    RECIPIENTS,
                    seconds,
                    RECIPIENTS / seconds);
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
            assertThat(pages).containsExactly(1_000, 1_000, 500);
            // unlike AD, which silently shrinks larger pages to MaxPageSize, slapd refuses them
            assertThatThrownBy(() -> PagedCount.pages(connection, ou(source).toString(), USERS, 5_000))
                    .isInstanceOfSatisfying(LDAPSearchException.class, e -> assertThat(e.getResultCode())
                            .isEqualTo(ResultCode.ADMIN_LIMIT_EXCEEDED));
        }
    }
}
