package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoIntermediateResponse;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoType;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestMode;
import com.unboundid.ldap.sdk.controls.ContentSyncState;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * RFC 4533 refreshOnly against slapd's syncprov. What slapd returns, as observed: the first refresh sends every
 * entry with state {@code add} and a cookie in the sync done control; a refresh with that cookie, while the
 * session log covers it, sends added and modified entries with state {@code add} and reports deletes as a
 * {@code syncIdSet} intermediate response with {@code refreshDeletes=TRUE} listing the deleted entryUUIDs.
 */
@WithForests(value = ForestKind.OPENLDAP, forests = "source=src.test")
class OpenLdapContentSyncTest {

    private static final int RECIPIENTS = 50;

    @Test
    void aRefreshWithTheCookieReportsLaterAddsModifiesAndDeletes(@ForestRole("source") TestForest source)
            throws Exception {
        DN ou = new DN(new RDN("OU", "Synced"), source.baseDn());
        Recipients recipients = new Recipients(ou, source.spec().dnsName(), 4533);
        try (LDAPConnection connection = source.connect()) {
            connection.add(Recipients.organizationalUnit(ou));
            for (int i = 0; i < RECIPIENTS; i++) {
                connection.add(recipients.mailboxUser(i));
            }
            Refresh first = refresh(connection, ou, null);
            assertThat(first.cookie).isNotNull();
            assertThat(first.states).hasSize(RECIPIENTS + 1).containsValue(ContentSyncState.ADD);

            String modified = recipients.mailboxUser(1).getDN();
            String deleted = recipients.mailboxUser(2).getDN();
            UUID deletedUuid = entryUuid(connection, deleted);
            connection.add(recipients.mailboxUser(RECIPIENTS));
            connection.modify(modified, new Modification(ModificationType.REPLACE, "targetAddress", "SMTP:x@tgt.test"));
            connection.delete(deleted);

            Refresh second = refresh(connection, ou, first.cookie);
            assertThat(second.cookie).isNotNull().isNotEqualTo(first.cookie);
            assertThat(second.states)
                    .containsOnlyKeys(
                            new DN(recipients.mailboxUser(RECIPIENTS).getDN()).toNormalizedString(),
                            new DN(modified).toNormalizedString());
            assertThat(second.deletedUuids).containsExactly(deletedUuid);
            System.out.println("[openldap figures] content sync refresh with cookie: entries " + second.states
                    + ", sync info " + second.infos);
        }
    }

    private static UUID entryUuid(LDAPConnection connection, String dn) throws LDAPException {
        return UUID.fromString(connection.getEntry(dn, "entryUUID").getAttributeValue("entryUUID"));
    }

    private static Refresh refresh(LDAPConnection connection, DN base, ASN1OctetString cookie) throws LDAPException {
        Refresh refresh = new Refresh();
        SearchRequest request = new SearchRequest(
                base.toString(), SearchScope.SUB, Filter.createPresenceFilter("objectClass"), "cn", "targetAddress");
        request.addControl(new ContentSyncRequestControl(true, ContentSyncRequestMode.REFRESH_ONLY, cookie, false));
        request.setIntermediateResponseListener(response -> {
            try {
                ContentSyncInfoIntermediateResponse info = ContentSyncInfoIntermediateResponse.decode(response);
                refresh.infos.add(info.getType() + (info.refreshDeletes() ? "(refreshDeletes)" : ""));
                if (info.getType() == ContentSyncInfoType.SYNC_ID_SET && info.refreshDeletes()) {
                    refresh.deletedUuids.addAll(info.getEntryUUIDs());
                }
            } catch (LDAPException e) {
                throw new IllegalStateException("undecodable sync info response " + response, e);
            }
        });
        SearchResult result = connection.search(request);
        for (SearchResultEntry entry : result.getSearchEntries()) {
            refresh.states.put(
                    entry.getParsedDN().toNormalizedString(),
                    ContentSyncStateControl.get(entry).getState());
        }
        ContentSyncDoneControl done = ContentSyncDoneControl.get(result);
        refresh.cookie = done == null ? null : done.getCookie();
        return refresh;
    }

    private static final class Refresh {
        final Map<String, ContentSyncState> states = new HashMap<>();
        final List<UUID> deletedUuids = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        ASN1OctetString cookie;
    }
}
