package io.galbridge.ad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.fixture.EmbeddedAdServer;
import java.util.List;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values full of filter metacharacters, NUL and non-ASCII go through Filter objects and match exactly the
 * entry that holds them; nothing is injected.
 */
class AdminFilterAndInjectionTest {

    private static final List<String> HOSTILE = List.of(
            "*",
            "*)(objectClass=*",
            "a*b",
            "x)(|(mail=*))",
            "back\\slash\\2a",
            "nul\u0000byte",
            "(parens)",
            "Zoë Ångström-Ñúñez",
            "日本語の名前",
            "emoji \uD83D\uDE00");

    private static EmbeddedAdServer server;
    private static LDAPConnection connection;

    @BeforeAll
    static void seed() throws Exception {
        server = EmbeddedAdServer.start();
        connection = server.server().getConnection();
        DN base = new DN(EmbeddedAdServer.BASE);
        int i = 0;
        for (String value : HOSTILE) {
            DN dn = new DN(new RDN("cn", value), base);
            connection.add(new Entry(
                    dn,
                    new Attribute("objectClass", "person", "galbridgeTestAdObject"),
                    new Attribute("cn", value),
                    new Attribute("sn", "S" + i++),
                    new Attribute("description", value),
                    new Attribute("mail", "m" + i + "@src.test")));
        }
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "*)(objectClass=*",
                "a*b",
                "x)(|(mail=*))",
                "back\\slash\\2a",
                "nul\u0000byte",
                "(parens)",
                "Zoë Ångström-Ñúñez",
                "日本語の名前",
                "emoji \uD83D\uDE00"
            })
    void anEqualityFilterFindsExactlyTheEntryHoldingTheValue(String value) throws Exception {
        List<SearchResultEntry> found = connection
                .search(
                        EmbeddedAdServer.BASE,
                        SearchScope.SUB,
                        Filter.createEqualityFilter("description", value),
                        "description")
                .getSearchEntries();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).getAttributeValue("description")).isEqualTo(value);
        assertThat(found.get(0).getParsedDN().getRDN()).isEqualTo(new RDN("cn", value));
    }

    @Test
    void aValueThatLooksLikeAWildcardMatchesNothingElse() throws Exception {
        int found = connection
                .search(
                        EmbeddedAdServer.BASE,
                        SearchScope.SUB,
                        Filter.createANDFilter(
                                Filter.createEqualityFilter("objectClass", "person"),
                                Filter.createEqualityFilter("cn", "a*")),
                        "cn")
                .getEntryCount();

        assertThat(found).isZero();
    }

    @Test
    void theAdminFilterIsParsedOnceAndCombinedWithObjectFilters() throws Exception {
        AdminFilter admin = AdminFilter.parse("recipientFilter", "(&(objectClass=person)(mail=*))");

        Filter combined = admin.and(Filter.createEqualityFilter("description", "*)(objectClass=*"));
        List<SearchResultEntry> found = connection
                .search(EmbeddedAdServer.BASE, SearchScope.SUB, combined, "cn")
                .getSearchEntries();

        assertThat(combined.getFilterType()).isEqualTo(Filter.FILTER_TYPE_AND);
        assertThat(combined.getComponents())
                .containsExactly(admin.filter(), Filter.createEqualityFilter("description", "*)(objectClass=*"));
        assertThat(found).extracting(e -> e.getAttributeValue("cn")).containsExactly("*)(objectClass=*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(objectClass=*", "objectClass=*)(", "", "(&(mail=*)"})
    void aMalformedAdminFilterIsAConfigurationErrorNamingTheProperty(String text) {
        assertThatThrownBy(() -> AdminFilter.parse("recipientFilter", text))
                .isExactlyInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("recipientFilter: '" + text + "' is not a valid LDAP filter");
    }
}
