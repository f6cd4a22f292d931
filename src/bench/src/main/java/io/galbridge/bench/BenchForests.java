package io.galbridge.bench;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldif.LDIFWriter;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestProviders;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.openldap.OpenLdapForestProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the benchmark's forests through the testkit and seeds them (seeding is not timed): a source forest
 * with N recipients from {@link RecipientFixtures} — over LDAP with four connections on Samba and the embedded
 * server, offline with {@code slapadd -q} on OpenLDAP (with client-generated objectGUID and objectSid, which
 * slapd does not stamp) — and target forests with the contact and mail-user OUs. Stateless.
 */
final class BenchForests {

    private static final int SEED_CONNECTIONS = 4;

    private final BenchOptions options;

    BenchForests(BenchOptions options) {
        this.options = options;
    }

    /** The fixture of the source forest. */
    RecipientFixtures fixtures() {
        return RecipientFixtures.forForest(ForestSpec.SOURCE)
                .withRecipients(options.recipients())
                .withClientGeneratedIds(options.server() == ForestKind.OPENLDAP);
    }

    /** {@code OU=GAL Contacts,<target base>}. */
    static DN contactOu(TestForest target) {
        return new DN(new RDN("OU", "GAL Contacts"), target.baseDn());
    }

    /** {@code OU=Migrated Users,<target base>}. */
    static DN mailUserOu(TestForest target) {
        return new DN(new RDN("OU", "Migrated Users"), target.baseDn());
    }

    /** A seeded source and an empty target. */
    RunningForests startSyncForests() throws Exception {
        ForestProvider provider = provider();
        if (provider instanceof OpenLdapForestProvider openLdap) {
            Path ldif = options.work().resolve("source-recipients.ldif");
            try (LDIFWriter writer = new LDIFWriter(ldif.toFile())) {
                for (Entry e : fixtures().entries()) {
                    writer.writeEntry(e);
                }
            }
            provider = openLdap.withPreload(ForestSpec.SOURCE.role(), ldif);
        }
        RunningForests forests = provider.start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET));
        try {
            if (options.server() != ForestKind.OPENLDAP) {
                seed(forests.source(), fixtures().entries());
            }
            addOus(forests.target());
            return forests;
        } catch (Exception | Error e) {
            forests.close();
            throw e;
        }
    }

    /** One empty target forest of the same kind, for the LDIF load. */
    RunningForests startLoadTarget() throws Exception {
        RunningForests forests = provider().start(List.of(ForestSpec.TARGET));
        try {
            addOus(forests.target());
            return forests;
        } catch (Exception | Error e) {
            forests.close();
            throw e;
        }
    }

    private ForestProvider provider() throws IOException {
        Files.createDirectories(options.work());
        ForestProvider provider = ForestProviders.forKind(options.server());
        if (provider instanceof OpenLdapForestProvider openLdap) {
            provider = openLdap.withBuildDirectory(options.work());
        }
        provider.unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(options.server() + " forests cannot run here: " + reason);
        });
        return provider;
    }

    private static void addOus(TestForest target) throws LDAPException {
        try (LDAPConnection c = target.connect()) {
            for (DN ou : List.of(contactOu(target), mailUserOu(target))) {
                c.add(new Entry(
                        ou.toString(),
                        new Attribute("objectClass", "top", "organizationalUnit"),
                        new Attribute("ou", ou.getRDN().getAttributeValues()[0])));
            }
        }
    }

    /** Adds the containers, then the other entries over parallel connections, groups last (links). */
    static void seed(TestForest forest, List<Entry> entries) throws Exception {
        try (LDAPConnection c = forest.connect()) {
            for (Entry container : entries.subList(0, 3)) {
                c.add(container);
            }
        }
        List<Entry> rest = entries.subList(3, entries.size());
        addInParallel(forest, rest.stream().filter(e -> !isGroup(e)).toList());
        addInParallel(forest, rest.stream().filter(BenchForests::isGroup).toList());
    }

    static boolean isGroup(Entry entry) {
        return entry.hasAttributeValue("objectClass", "group");
    }

    private static void addInParallel(TestForest forest, List<Entry> entries) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(SEED_CONNECTIONS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int slice = 0; slice < SEED_CONNECTIONS; slice++) {
                int first = slice;
                futures.add(executor.submit(() -> {
                    try (LDAPConnection c = forest.connect()) {
                        for (int i = first; i < entries.size(); i += SEED_CONNECTIONS) {
                            c.add(entries.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("seeding " + forest.spec().role() + " failed: " + e.getCause(), e);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
