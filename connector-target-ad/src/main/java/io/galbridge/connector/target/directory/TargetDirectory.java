package io.galbridge.connector.target.directory;

import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ModifyDNRequest;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.connection.ServerAffinity;
import io.galbridge.ad.search.PagedSearch;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.TargetSettings;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The target forest as the connector's operations see it: paged searches (ad-common's {@link PagedSearch}, all
 * pages on one domain controller) in the domain naming context, forest-wide searches (global catalog, or the
 * domain NC when {@link TargetSettings#useGlobalCatalog()} is off), reads by DN and by objectGUID (a binary
 * equality filter, forest-wide), and {@link EntryChange}s carried out. Every LDAP failure leaves as a ConnId
 * exception from ad-common's {@code LdapErrorTranslator}, naming the object; a search below a base that does
 * not exist is such a failure ({@code UnknownUidException}), never an empty result. On a server without
 * {@code highestCommittedUSN} in its root DSE (a generic LDAP server such as OpenLDAP, which stamps no objectGUID)
 * every created entry gets a random objectGUID, the connector's UID. Thread-safe; owns its connection pools.
 */
public final class TargetDirectory implements AutoCloseable {

    /** What every read returns: all user attributes plus the binary identity attributes. */
    public static final String[] ALL = {"*", "objectGUID", "objectSid", "uSNChanged"};

    private final TargetSettings settings;
    private final AdConnectionPool pool;
    private final AdConnectionPool globalCatalog;
    private final PagedSearch paged;
    /** Whether the server stamps objectGUID itself (AD, Samba); generic LDAP servers such as slapd do not. */
    private final boolean serverStampsObjectGuid;
    /** Whether the global catalog (when used) holds more than one domain; computed on first use. */
    private volatile Boolean multiDomain;

    private TargetDirectory(
            TargetSettings settings,
            AdConnectionPool pool,
            AdConnectionPool globalCatalog,
            boolean serverStampsObjectGuid) {
        this.settings = settings;
        this.pool = pool;
        this.globalCatalog = globalCatalog;
        this.paged = new PagedSearch(settings.pageSize());
        this.serverStampsObjectGuid = serverStampsObjectGuid;
    }

    /**
     * Connects and binds (to the global catalog as well when configured).
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException the translated failure
     */
    public static TargetDirectory open(TargetSettings settings) {
        AdConnectionPool pool = AdConnectionPool.open(settings.endpoint());
        AdConnectionPool gc = null;
        try {
            boolean stamps = pool.run("read the root DSE", c -> {
                SearchResultEntry root = c.getEntry("", "highestCommittedUSN");
                return root != null && root.hasAttribute("highestCommittedUSN");
            });
            if (settings.useGlobalCatalog()) {
                gc = AdConnectionPool.openGlobalCatalog(settings.endpoint());
            }
            return new TargetDirectory(settings, pool, gc, stamps);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The settings this directory was opened with. */
    public TargetSettings settings() {
        return settings;
    }

    /** Searches below {@code base} page by page and hands each entry to {@code sink}. */
    public void search(String base, SearchScope scope, Filter filter, Consumer<DirectoryEntry> sink, String... attrs) {
        DN baseDn;
        try {
            baseDn = new DN(base);
        } catch (LDAPException e) {
            throw new org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException(
                    "Search base '" + base + "' is not a DN: " + e.getMessage(), e);
        }
        search(pool, baseDn, scope, filter, sink, attrs);
    }

    /** Like {@link #search(String, SearchScope, Filter, Consumer, String...)}, collected into a list. */
    public List<DirectoryEntry> searchList(String base, SearchScope scope, Filter filter, String... attrs) {
        List<DirectoryEntry> out = new ArrayList<>();
        search(base, scope, filter, out::add, attrs);
        return out;
    }

    /**
     * Searches the whole forest: the global catalog from the forest root, or, without a GC, the domain naming
     * context (test forests; a single-domain forest loses nothing). Global-catalog entries carry only the
     * partial attribute set, so callers re-read what they act on.
     */
    public List<DirectoryEntry> searchForest(Filter filter, String... attrs) {
        List<DirectoryEntry> out = new ArrayList<>();
        if (globalCatalog != null) {
            search(globalCatalog, DN.NULL_DN, SearchScope.SUB, filter, out::add, attrs);
        } else {
            search(pool, settings.baseDn(), SearchScope.SUB, filter, out::add, attrs);
        }
        return out;
    }

    /**
     * Every object of the forest that matches {@code filter}, read in full: through the global catalog, each hit
     * re-read from the domain DC (the GC holds only the partial attribute set); without a GC, one search of the
     * domain naming context that returns every attribute (no re-read).
     */
    public List<DirectoryEntry> findInForest(Filter filter) {
        if (globalCatalog == null) {
            List<DirectoryEntry> out = new ArrayList<>();
            search(pool, settings.baseDn(), SearchScope.SUB, filter, out::add, ALL);
            return out;
        }
        List<DirectoryEntry> out = new ArrayList<>();
        for (DirectoryEntry hit : searchForest(filter, "1.1")) {
            read(hit.dn()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether forest-wide lookups reach further than the domain naming context: true when the global catalog is
     * in use and holds more than one domain ({@code domainDNS} object). Then a caller's read of this domain does
     * not cover what {@link #searchForest} finds. Read once per instance (one GC search, size limit 2); false
     * without a global catalog.
     */
    public boolean spansSeveralDomains() {
        if (globalCatalog == null) {
            return false;
        }
        Boolean known = multiDomain;
        if (known == null) {
            List<DirectoryEntry> domains = new ArrayList<>();
            search(
                    globalCatalog,
                    DN.NULL_DN,
                    SearchScope.SUB,
                    Filter.createEqualityFilter("objectClass", "domainDNS"),
                    domains::add,
                    "1.1");
            known = domains.size() > 1;
            multiDomain = known;
        }
        return known;
    }

    /** Reads one entry by DN; empty when it does not exist. */
    public Optional<DirectoryEntry> read(String dn, String... attrs) {
        return pool.run("read " + dn, c -> {
            try {
                SearchResultEntry e = c.getEntry(dn, attrs.length == 0 ? ALL : attrs);
                return Optional.ofNullable(e).map(EntryConversion::toModel);
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /**
     * Reads the entry with this objectGUID, in full, from the domain's DC; empty when none has it. With the global
     * catalog on, the GUID is looked up forest-wide there first (the GC answers for every domain) and the hit is
     * re-read by DN from the domain DC (the GC holds only the partial attribute set); an object the GC does not
     * know yet (GC replication lags behind the writable DC) is looked up in the domain naming context. An object
     * of another domain of the forest is not readable through this domain's DCs and is reported as absent.
     * Without the global catalog only the domain naming context is searched.
     */
    public Optional<DirectoryEntry> readByGuid(ExchangeGuid guid) {
        Filter f = Filter.createEqualityFilter(GuidCodec.OBJECT_GUID, GuidCodec.INSTANCE.encode(guid));
        if (globalCatalog != null) {
            List<DirectoryEntry> hits = new ArrayList<>();
            search(globalCatalog, DN.NULL_DN, SearchScope.SUB, f, hits::add, "1.1");
            for (DirectoryEntry hit : hits) {
                Optional<DirectoryEntry> full = read(hit.dn());
                if (full.isPresent()) {
                    return full;
                }
            }
        }
        return searchList(settings.baseDn().toString(), SearchScope.SUB, f, ALL).stream()
                .findFirst();
    }

    /** Whether any entry in the forest matches. */
    public boolean existsInForest(Filter filter) {
        return !searchForest(filter, "1.1").isEmpty();
    }

    /**
     * Carries out one change.
     *
     * @return for a {@code CREATE} on a server that stamps no objectGUID, the objectGUID this call gave the new entry
     *     (its UID, known without reading the entry back); empty otherwise (AD and Samba assign the objectGUID, so a
     *     caller that needs it reads the entry back)
     */
    public Optional<ExchangeGuid> apply(EntryChange change) {
        String what = change.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + change.dn();
        return pool.run(what, c -> {
            Optional<ExchangeGuid> assigned = Optional.empty();
            switch (change.kind()) {
                case CREATE -> {
                    List<Attribute> attributes = new ArrayList<>();
                    for (Modification m : change.modifications()) {
                        if (!m.values().isEmpty()) {
                            attributes.add(EntryConversion.toAttribute(m));
                        }
                    }
                    if (!serverStampsObjectGuid) {
                        // the UID is the objectGUID: a server that stamps none (OpenLDAP) gets a random one
                        ExchangeGuid guid = ExchangeGuid.fromUuid(java.util.UUID.randomUUID());
                        attributes.add(new Attribute(GuidCodec.OBJECT_GUID, GuidCodec.INSTANCE.encode(guid)));
                        assigned = Optional.of(guid);
                    }
                    c.add(new AddRequest(change.dn(), attributes));
                }
                case MODIFY -> {
                    if (!change.modifications().isEmpty()) {
                        List<com.unboundid.ldap.sdk.Modification> mods = change.modifications().stream()
                                .map(EntryConversion::toLdap)
                                .toList();
                        c.modify(new ModifyRequest(change.dn(), mods));
                    }
                }
                case RENAME -> {
                    DN target = new DN(change.newDn());
                    DN current = new DN(change.dn());
                    String newSuperior =
                            target.getParent().equals(current.getParent()) ? null : target.getParentString();
                    c.modifyDN(new ModifyDNRequest(change.dn(), target.getRDNString(), true, newSuperior));
                }
                case DELETE -> c.delete(change.dn());
            }
            return assigned;
        });
    }

    /**
     * Whether the pools can serve operations, from local state only (no server round trip): neither has been
     * closed. Dead connections are replaced by the pools on the next operation ({@link AdConnectionPool}); a
     * server that is really gone fails that operation with {@code ConnectionFailedException} naming the servers.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConnectionFailedException if a pool is closed
     */
    public void checkAlive() {
        pool.checkAlive();
        if (globalCatalog != null) {
            globalCatalog.checkAlive();
        }
    }

    /** The root DSE's highestCommittedUSN. */
    public long highestCommittedUsn() {
        return pool.run("read the root DSE", c -> {
            SearchResultEntry root = c.getEntry("", "highestCommittedUSN");
            Long usn = root == null ? null : root.getAttributeValueAsLong("highestCommittedUSN");
            if (usn == null) {
                throw new LDAPException(ResultCode.UNWILLING_TO_PERFORM, "the root DSE has no highestCommittedUSN");
            }
            return usn;
        });
    }

    private void search(
            AdConnectionPool on,
            DN base,
            SearchScope scope,
            Filter filter,
            Consumer<DirectoryEntry> sink,
            String... attrs) {
        List<String> attributes = Arrays.asList(attrs.length == 0 ? ALL : attrs);
        try (ServerAffinity session = on.openSession()) {
            paged.run(session, base, scope, filter, attributes, e -> sink.accept(EntryConversion.toModel(e)));
        }
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            if (globalCatalog != null) {
                globalCatalog.close();
            }
        }
    }
}
