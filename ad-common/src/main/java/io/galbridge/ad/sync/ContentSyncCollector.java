package io.galbridge.ad.sync;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.IntermediateResponse;
import com.unboundid.ldap.sdk.IntermediateResponseListener;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoIntermediateResponse;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoType;
import com.unboundid.ldap.sdk.controls.ContentSyncState;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * Gathers what an RFC 4533 refresh sends: entries with their sync state, deleted entryUUIDs from {@code
 * syncIdSet} messages, whether a present phase happened, and the latest cookie. The SDK calls it from its
 * reader thread, so every method is synchronized; a malformed control is kept and reported by {@link
 * #checkFailures(String)} once the search has ended. One instance per search.
 */
final class ContentSyncCollector implements SearchResultListener, IntermediateResponseListener {

    private static final long serialVersionUID = 1L;

    /** An entry and its sync state. */
    record Item(SearchResultEntry entry, ContentSyncStateControl state) {}

    private final List<Item> items = new ArrayList<>();
    private final List<UUID> deletedIds = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private boolean presentPhase;
    private ASN1OctetString lastCookie;

    @Override
    public synchronized void searchEntryReturned(SearchResultEntry entry) {
        try {
            ContentSyncStateControl state = ContentSyncStateControl.get(entry);
            if (state == null) {
                failures.add(entry.getDN() + ": entry without a sync state control");
                return;
            }
            if (state.getState() == ContentSyncState.PRESENT) {
                presentPhase = true;
            }
            if (state.getCookie() != null) {
                lastCookie = state.getCookie();
            }
            items.add(new Item(entry, state));
        } catch (LDAPException e) {
            failures.add(entry.getDN() + ": malformed sync state control: " + e.getExceptionMessage());
        }
    }

    @Override
    public void searchReferenceReturned(SearchResultReference reference) {
        // a referral to another server holds no entries of this directory's content
    }

    @Override
    public synchronized void intermediateResponseReturned(IntermediateResponse response) {
        try {
            ContentSyncInfoIntermediateResponse info = ContentSyncInfoIntermediateResponse.decode(response);
            if (info.getCookie() != null) {
                lastCookie = info.getCookie();
            }
            if (info.getType() == ContentSyncInfoType.REFRESH_PRESENT) {
                presentPhase = true;
            } else if (info.getType() == ContentSyncInfoType.SYNC_ID_SET) {
                if (info.refreshDeletes()) {
                    deletedIds.addAll(info.getEntryUUIDs());
                } else {
                    presentPhase = true;
                }
            }
        } catch (LDAPException e) {
            failures.add("malformed sync info message: " + e.getExceptionMessage());
        }
    }

    synchronized List<Item> items() {
        return List.copyOf(items);
    }

    synchronized List<UUID> deletedIds() {
        return List.copyOf(deletedIds);
    }

    synchronized boolean sawPresentPhase() {
        return presentPhase;
    }

    synchronized ASN1OctetString lastCookie() {
        return lastCookie;
    }

    synchronized void checkFailures(String what) {
        if (!failures.isEmpty()) {
            throw new ConnectorException(what + ": " + String.join("; ", failures));
        }
    }
}
