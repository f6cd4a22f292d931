package io.galbridge.connector.source;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.value.GuidCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Finds the entry with a given UID (objectGUID) under the configured search roots, by a binary equality
 * filter built from the parsed GUID (so the UID's letter case does not matter). Thread-safe.
 */
public final class RecipientLocator {

    private final AdConnectionPool pool;
    private final SourceSettings settings;

    /** Both arguments are required. */
    public RecipientLocator(AdConnectionPool pool, SourceSettings settings) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Reads the entry.
     *
     * @param uid the UID; not null
     * @param attributes the attributes to read
     * @return the entry
     * @throws UnknownUidException naming the UID when no entry in scope has it
     */
    public SearchResultEntry find(Uid uid, String... attributes) {
        Filter filter = GuidCodec.INSTANCE.uidFilter(uid.getUidValue());
        for (DN root : settings.searchRoots()) {
            List<SearchResultEntry> found = pool.run("look up UID " + uid.getUidValue() + " under " + root, c -> {
                List<SearchResultEntry> inScope = new ArrayList<>();
                for (SearchResultEntry e : c.search(
                                new SearchRequest(root.toString(), SearchScope.SUB, filter, attributes))
                        .getSearchEntries()) {
                    if (settings.inScope(e.getParsedDN())) {
                        inScope.add(e);
                    }
                }
                return inScope;
            });
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new UnknownUidException(
                "no recipient with UID " + uid.getUidValue() + " (objectGUID) under " + settings.searchRoots());
    }
}
