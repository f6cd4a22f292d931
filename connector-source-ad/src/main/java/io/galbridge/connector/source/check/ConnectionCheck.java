package io.galbridge.connector.source.check;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.schema.Schema;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.connector.source.search.RecipientFilters;
import io.galbridge.connector.source.search.WriteRights;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;

/**
 * {@code TestOp}: proves the configuration works end to end, each failure with its own message.
 *
 * <ol>
 *   <li>connection, TLS (certificate and host name) and bind: opening the pool already did them, and reports
 *       them through ad-common's translator;
 *   <li>every base context exists;
 *   <li>the server's subschema defines the Exchange attributes of {@link ExchangeSchema} that the connector
 *       reads and writes;
 *   <li>rights for the write-backs: on one recipient, AD's {@code allowedAttributesEffective} must list
 *       proxyAddresses and the post-move attributes ({@link WriteRights}: on AD an absent attribute means
 *       nothing is writable). Servers that are not AD (non-AD test servers) skip this step; the first write
 *       then reports a missing right.
 * </ol>
 *
 * Thread-safe.
 */
public final class ConnectionCheck {

    /** Attributes the connector cannot work without. */
    static final List<String> REQUIRED = List.of(
            AttributeNames.PROXY_ADDRESSES,
            AttributeNames.LEGACY_EXCHANGE_DN,
            AttributeNames.MAIL_NICKNAME,
            AttributeNames.TARGET_ADDRESS,
            AttributeNames.HOME_MDB,
            AttributeNames.MAILBOX_GUID,
            AttributeNames.RECIPIENT_TYPE_DETAILS,
            AttributeNames.RECIPIENT_DISPLAY_TYPE);

    static final List<String> WRITTEN = List.of(
            AttributeNames.PROXY_ADDRESSES,
            AttributeNames.TARGET_ADDRESS,
            AttributeNames.RECIPIENT_TYPE_DETAILS,
            AttributeNames.RECIPIENT_DISPLAY_TYPE);

    private static final String EFFECTIVE = WriteRights.EFFECTIVE;

    private final AdConnectionPool pool;
    private final SourceSettings settings;

    /** Both arguments are required. */
    public ConnectionCheck(AdConnectionPool pool, SourceSettings settings) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs every check.
     *
     * @throws ConnectorException the first failure, with a message naming what is wrong and where
     */
    public void run() {
        for (DN base : settings.baseContexts()) {
            Entry e = pool.run("read base context " + base, c -> c.getEntry(base.toString(), "1.1"));
            if (e == null) {
                throw new ConnectorException("base context " + base + " does not exist on " + pool.description());
            }
        }
        checkSchema();
        checkRights();
    }

    private void checkSchema() {
        Schema schema = pool.run("read the server's subschema", c -> c.getSchema());
        if (schema == null) {
            throw new ConnectorException("the server on " + pool.description() + " publishes no subschema;"
                    + " cannot check that it has the Exchange attributes");
        }
        Set<String> missing = new TreeSet<>();
        for (AttributeDefinition d : ExchangeSchema.standard().attributes()) {
            boolean needed = REQUIRED.contains(d.ldapDisplayName());
            if (needed && schema.getAttributeType(d.ldapDisplayName()) == null) {
                missing.add(d.ldapDisplayName());
            }
        }
        if (!missing.isEmpty()) {
            throw new ConnectorException("the directory schema on " + pool.description()
                    + " lacks the Exchange attributes " + missing
                    + ": run Exchange's /PrepareSchema in this forest (or extend the test server's schema)");
        }
    }

    private void checkRights() {
        WriteRights rights = WriteRights.probe(pool);
        DN base = settings.searchRoots().get(0);
        Filter filter = RecipientFilters.scoped(settings.adminFilter(), null);
        List<SearchResultEntry> sample = pool.run("read one recipient under " + base, c -> {
            SearchRequest r = new SearchRequest(base.toString(), SearchScope.SUB, filter, EFFECTIVE);
            r.setSizeLimit(1);
            try {
                return c.search(r).getSearchEntries();
            } catch (com.unboundid.ldap.sdk.LDAPSearchException e) {
                return e.getSearchEntries();
            }
        });
        if (sample.isEmpty()) {
            return;
        }
        SearchResultEntry recipient = sample.get(0);
        Optional<List<String>> effective = rights.writable(recipient);
        if (effective.isEmpty()) {
            return; // not AD: the constructed attribute does not exist (documented best effort)
        }
        Set<String> allowed = new TreeSet<>();
        for (String a : effective.get()) {
            allowed.add(a.toLowerCase(Locale.ROOT));
        }
        List<String> denied = new ArrayList<>();
        for (String a : WRITTEN) {
            if (!allowed.contains(a.toLowerCase(Locale.ROOT))) {
                denied.add(a);
            }
        }
        if (!denied.isEmpty()) {
            throw new PermissionDeniedException("the bind account may not write " + denied + " on "
                    + recipient.getDN() + " (allowedAttributesEffective); grant it Write on these attributes of"
                    + " user, contact and group objects under " + base);
        }
    }
}
