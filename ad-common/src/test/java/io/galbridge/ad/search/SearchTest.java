package io.galbridge.ad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.ad.connection.SecurityMode;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.fixture.AdRangeInterceptor;
import io.galbridge.ad.fixture.DroppableProxy;
import io.galbridge.ad.fixture.EmbeddedAdServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paged search and AD range retrieval against an embedded server that answers ranges like AD. */
class SearchTest {

    private static final DN BASE = dn(EmbeddedAdServer.BASE);
    private static final DN PEOPLE = dn("OU=People," + EmbeddedAdServer.BASE);
    private static final int PEOPLE_COUNT = 4000;

    private static EmbeddedAdServer server;

    @BeforeAll
    static void seed() throws Exception {
        server = EmbeddedAdServer.start(new AdRangeInterceptor("member", 1500));
        server.server().add(new Entry(PEOPLE.toString(), new Attribute("objectClass", "organizationalUnit")));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < PEOPLE_COUNT; i++) {
            String dn = "CN=user" + i + "," + PEOPLE;
            server.server()
                    .add(new Entry(
                            dn,
                            new Attribute("objectClass", "person"),
                            new Attribute("cn", "user" + i),
                            new Attribute("sn", "User")));
            members.add(dn);
        }
        for (int size : new int[] {4000, 1500, 1501, 3000, 2}) {
            server.server()
                    .add(new Entry(
                            "CN=group" + size + "," + BASE,
                            new Attribute("objectClass", "groupOfNames"),
                            new Attribute("member", members.subList(0, size))));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "page size {0}")
    @CsvSource({"1000", "333", "4000"})
    void pagedSearchStreamsEveryEntryOnce(int pageSize) {
        if (pageSize > PagedSearch.AD_MAX_PAGE_SIZE) {
            assertThatThrownBy(() -> new PagedSearch(pageSize)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        List<String> seen = new ArrayList<>();
        try (AdConnectionPool pool = AdConnectionPool.open(settings(server.port()));
                ServerAffinity session = pool.openSession()) {
            long count = new PagedSearch(pageSize)
                    .run(
                            session,
                            PEOPLE,
                            SearchScope.ONE,
                            Filter.createEqualityFilter("objectClass", "person"),
                            List.of("cn"),
                            e -> seen.add(e.getAttributeValue("cn")));

            assertThat(count).isEqualTo(PEOPLE_COUNT);
        }
        assertThat(seen).hasSize(PEOPLE_COUNT).doesNotHaveDuplicates().contains("user0", "user3999");
    }

    @Test
    void aServerThatDisappearsMidSearchIsAConnectionFailureNotAShortResult() throws Exception {
        List<SearchResultEntry> seen = new ArrayList<>();
        try (DroppableProxy proxy = new DroppableProxy(server.port());
                AdConnectionPool pool = AdConnectionPool.open(settings(proxy.port()));
                ServerAffinity session = pool.openSession()) {
            PagedSearch search = new PagedSearch(500);

            assertThatThrownBy(() -> search.run(
                            session,
                            PEOPLE,
                            SearchScope.ONE,
                            Filter.createPresenceFilter("objectClass"),
                            List.of("cn"),
                            e -> {
                                seen.add(e);
                                if (seen.size() == 1200) {
                                    proxy.drop();
                                }
                            }))
                    .isExactlyInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("search under " + PEOPLE);
        }
        assertThat(seen.size()).isBetween(1200, PEOPLE_COUNT - 1);
    }

    @ParameterizedTest(name = "group of {0}")
    @CsvSource({"4000", "1500", "1501", "3000", "2"})
    void rangedReaderCollectsEveryMember(int size) {
        try (AdConnectionPool pool = AdConnectionPool.open(settings(server.port()));
                ServerAffinity session = pool.openSession()) {
            List<String> members =
                    new RangedAttributeReader().readAll(session, dn("CN=group" + size + "," + BASE), "member");

            assertThat(members)
                    .hasSize(size)
                    .doesNotHaveDuplicates()
                    .containsExactlyElementsOf(IntStream.range(0, size)
                            .mapToObj(i -> "CN=user" + i + "," + PEOPLE)
                            .toList());
        }
    }

    @Test
    void theInterceptorAnswersLikeAd() throws Exception {
        SearchResultEntry entry = server.server().getConnection().getEntry("CN=group4000," + BASE, "member");

        assertThat(entry.getAttributes()).extracting(Attribute::getName).containsExactly("member;range=0-1499");
    }

    private static LdapEndpointSettings settings(int port) {
        return LdapEndpointSettings.builder()
                .server("127.0.0.1", port)
                .security(SecurityMode.PLAIN)
                .bind(
                        EmbeddedAdServer.ADMIN,
                        new GuardedString(server.password().toCharArray()))
                .build();
    }

    private static DN dn(String text) {
        try {
            return new DN(text);
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
