package io.galbridge.testkit.openldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 recipients bulk-loaded with slapadd before start are complete and consistent. */
class OpenLdapPreloadTest {

    private static final int RECIPIENTS = 10_000;

    @TempDir
    Path dir;

    @Test
    void slapaddPreloadIsReadBackCompletelyWithEntryUuidAndEntryCsn() throws Exception {
        OpenLdapForestProvider provider = new OpenLdapForestProvider();
        SlapdAvailable.require(provider);
        DN ou = new DN(new RDN("OU", "Bulk"), ForestSpec.SOURCE.baseDn());
        Path ldif = dir.resolve("bulk.ldif");
        Recipients recipients = new Recipients(ou, ForestSpec.SOURCE.dnsName(), 10_000);
        recipients.writeLdif(ldif, Recipients.organizationalUnit(ou), RECIPIENTS);

        long start = System.nanoTime();
        try (RunningForests forests = provider.withPreload("source", ldif).start(List.of(ForestSpec.SOURCE))) {
            double startSeconds = (System.nanoTime() - start) / 1e9;
            TestForest source = forests.source();
            try (LDAPConnection connection = source.connect()) {
                long readStart = System.nanoTime();
                List<Integer> pages = PagedCount.pages(
                        connection, ou.toString(), Filter.createEqualityFilter("objectClass", "user"), 1_000);
                double readSeconds = (System.nanoTime() - readStart) / 1e9;
                assertThat(pages.stream().mapToInt(Integer::intValue).sum()).isEqualTo(RECIPIENTS);
                assertThat(pages).hasSize(10);

                SearchResultEntry last = connection.getEntry(
                        recipients.mailboxUser(RECIPIENTS - 1).getDN(), "entryUUID", "entryCSN", "objectGUID");
                assertThat(last.getAttributeValue("entryUUID")).isNotBlank();
                assertThat(last.getAttributeValue("entryCSN")).isNotBlank();
                assertThat(last.getAttributeValueBytes("objectGUID")).hasSize(16);
                System.out.printf(
                        Locale.ROOT,
                        "[openldap figures] slapadd preload + start of %d entries: %.2f s (%.0f entries/s incl."
                                + " start); paged read %.2f s = %.0f entries/s%n",
                        RECIPIENTS,
                        startSeconds,
                        RECIPIENTS / startSeconds,
                        readSeconds,
                        RECIPIENTS / readSeconds);
            }
        }
    }

    @Test
    void startingWithoutPreloadTakesAFractionOfASecond() throws Exception {
        OpenLdapForestProvider provider = new OpenLdapForestProvider();
        SlapdAvailable.require(provider);
        long start = System.nanoTime();
        Path instance;
        try (RunningForests forests = provider.start(List.of(ForestSpec.TARGET))) {
            System.out.printf(
                    Locale.ROOT,
                    "[openldap figures] start of one forest (CA, schema, slaptest, slapadd, slapd, bind): %.2f s%n",
                    (System.nanoTime() - start) / 1e9);
            instance = ((OpenLdapForest) forests.target()).instanceDirectory();
            assertThat(instance).isDirectory();
        }
        assertThat(Files.exists(instance))
                .as("instance directory deleted on close")
                .isFalse();
    }
}
