package io.galbridge.bench;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.ldif.LDIFWriter;
import io.galbridge.testkit.TestForest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The yardstick: the contacts a sync produced, exported as LDIF from the synced target (without the
 * attributes the server stamps itself), and loaded from that file into a fresh target of the same kind over
 * one LDAPS connection, one add after the other, as {@code ldapadd} would. Stateless.
 */
final class ContactLdif {

    /** What the server stamps or derives; a client may not (or need not) supply these. */
    private static final Set<String> SERVER_STAMPED = Set.of(
            "objectguid",
            "objectsid",
            "instancetype",
            "whencreated",
            "whenchanged",
            "usncreated",
            "usnchanged",
            "name",
            "distinguishedname",
            "objectcategory",
            "dscorepropagationdata",
            "replpropertymetadata",
            "memberof",
            "showinaddressbook");

    private static final int PAGE = 1000;

    private ContactLdif() {}

    /**
     * Writes every entry directly below the contact OU to an LDIF file.
     *
     * @return the number of entries written
     */
    static int export(TestForest target, Path file) throws LDAPException, IOException {
        String base = BenchForests.contactOu(target).toString();
        int written = 0;
        try (LDAPConnection c = target.connect();
                LDIFWriter writer = new LDIFWriter(file.toFile())) {
            ASN1OctetString cookie = null;
            do {
                SearchRequest request =
                        new SearchRequest(base, SearchScope.ONE, Filter.createPresenceFilter("objectClass"), "*");
                request.addControl(new SimplePagedResultsControl(PAGE, cookie, true));
                SearchResult result = c.search(request);
                for (SearchResultEntry e : result.getSearchEntries()) {
                    Entry copy = new Entry(e.getDN());
                    for (Attribute a : e.getAttributes()) {
                        if (!SERVER_STAMPED.contains(a.getBaseName().toLowerCase(Locale.ROOT))) {
                            copy.addAttribute(a);
                        }
                    }
                    writer.writeEntry(copy);
                    written++;
                }
                SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
                cookie = response == null ? null : response.getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);
        }
        return written;
    }

    /**
     * Adds every entry of the file over one LDAPS connection (opened and bound before the clock starts).
     *
     * @return the time the adds took, in nanoseconds
     * @throws LDAPException when the server refuses an entry; the message names it
     */
    static long load(TestForest target, Path file, int expected) throws LDAPException, IOException {
        try (LDAPConnection c = target.connectLdaps();
                LDIFReader reader = new LDIFReader(file.toFile())) {
            int added = 0;
            long begin = System.nanoTime();
            while (true) {
                Entry e;
                try {
                    e = reader.readEntry();
                } catch (LDIFException ex) {
                    throw new IOException("invalid LDIF in " + file + ": " + ex.getMessage(), ex);
                }
                if (e == null) {
                    break;
                }
                try {
                    c.add(e);
                } catch (LDAPException ex) {
                    throw new LDAPException(
                            ex.getResultCode(), "loading " + e.getDN() + " refused: " + ex.getMessage(), ex);
                }
                added++;
            }
            long nanos = System.nanoTime() - begin;
            if (added != expected) {
                throw new IllegalStateException("loaded " + added + " entries from " + file + ", expected " + expected);
            }
            return nanos;
        }
    }
}
