package io.galbridge.ad.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.fixture.EmbeddedAdServer;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GUIDs and SIDs stored as bytes in a real (embedded) directory, found by byte filters. */
class GuidFilterServerTest {

    private static final String ANN = "CN=Ann," + EmbeddedAdServer.BASE;
    private static final byte[] ANN_GUID = HexFormat.of().parseHex("e004253f894fd3119a0c0305e82c3301");
    private static final String ANN_SID = "S-1-5-21-3623811015-3361044348-30300820-1013";

    private EmbeddedAdServer server;
    private LDAPConnection connection;

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedAdServer.start();
        connection = server.server().getConnection();
        com.unboundid.ldap.sdk.Entry ann = new com.unboundid.ldap.sdk.Entry(ANN);
        ann.addAttribute("objectClass", "person", "galbridgeTestAdObject");
        ann.addAttribute("cn", "Ann");
        ann.addAttribute("sn", "Example");
        ann.addAttribute("objectGUID", ANN_GUID);
        ann.addAttribute(
                SidCodec.INSTANCE.toAttribute("objectSid", java.util.List.of(SecurityIdentifier.parse(ANN_SID))));
        ann.addAttribute("msExchRecipientDisplayType", "-2147483642");
        connection.add(ann);
        // a neighbour whose GUID differs only in letter case of the hex rendering is impossible; one that
        // differs in one byte must not match
        byte[] other = ANN_GUID.clone();
        other[15] = 0x02;
        com.unboundid.ldap.sdk.Entry bob = new com.unboundid.ldap.sdk.Entry("CN=Bob," + EmbeddedAdServer.BASE);
        bob.addAttribute("objectClass", "person", "galbridgeTestAdObject");
        bob.addAttribute("cn", "Bob");
        bob.addAttribute("sn", "Example");
        bob.addAttribute("objectGUID", other);
        connection.add(bob);
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
                "{3f2504e0-4F89-11d3-9a0c-0305E82C3301}"
            })
    void aUidInAnyCaseFindsExactlyItsObject(String uid) throws Exception {
        SearchResult result = connection.search(
                EmbeddedAdServer.BASE, SearchScope.SUB, GuidCodec.INSTANCE.uidFilter(uid), "objectGUID");

        assertThat(result.getSearchEntries())
                .extracting(SearchResultEntry::getDN)
                .containsExactly(ANN);
        ExchangeGuid read = GuidCodec.INSTANCE
                .decodeSingle(result.getSearchEntries().get(0).getAttribute("objectGUID"))
                .orElseThrow();
        assertThat(GuidCodec.INSTANCE.toUid(read)).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    @Test
    void aSidFilterFindsTheObjectByItsBytes() throws Exception {
        Filter filter = SidCodec.INSTANCE.equalityFilter("objectSid", SecurityIdentifier.parse(ANN_SID));

        SearchResult result = connection.search(EmbeddedAdServer.BASE, SearchScope.SUB, filter, "objectSid");

        assertThat(result.getSearchEntries())
                .extracting(SearchResultEntry::getDN)
                .containsExactly(ANN);
        assertThat(SidCodec.INSTANCE.decodeSingle(
                        result.getSearchEntries().get(0).getAttribute("objectSid")))
                .contains(SecurityIdentifier.parse(ANN_SID));
    }

    @Test
    void aNegativeDisplayTypeIsStoredAndReadBack() throws Exception {
        SearchResultEntry entry = connection.getEntry(ANN, "msExchRecipientDisplayType");

        assertThat(AdIntegerCodec.INSTANCE.decodeSingle(entry.getAttribute("msExchRecipientDisplayType")))
                .contains((int) 0x80000006L);
    }
}
