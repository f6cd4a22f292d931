package io.galbridge.bench;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The GAL-sync benchmark, for one server kind in one run (see {@code src/docs/performance.md}):
 *
 * <ol>
 *   <li>starts a source forest seeded with N recipients and an empty target (not timed);
 *   <li>times a full {@code galbridge sync} through the real command path (the packaged bundles loaded
 *       through ConnId), in a child JVM started with the command's own JVM options ({@link CommandJvm}), and
 *       samples its heap peak;
 *   <li>exports the contacts it produced as LDIF;
 *   <li>times a first incremental {@code sync}, which reads back the X500 back-flow writes of the full sync;
 *   <li>applies 100 source changes and times the incremental {@code sync};
 *   <li>stops those forests, starts a fresh target of the same kind and times loading the LDIF over one
 *       connection; with {@code --ldif-runs=K} it does so K times, each into a fresh target;
 *   <li>prints the figures and the ratio full sync / LDIF load (the median load when there are several).
 * </ol>
 *
 * Timings are printed, never asserted.
 */
public final class SyncBenchmark {

    private SyncBenchmark() {}

    /** {@code --server=samba|openldap|embedded --n=N [--parallelism=P] [--changes=C] [--work=DIR]}. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchFigures figures = run(BenchOptions.parse(args), out);
        figures.print(out);
    }

    /**
     * Runs the benchmark.
     *
     * @param options what to run; never null
     * @param log progress lines go here; never null
     * @return the figures
     * @throws Exception when a forest cannot start or be seeded, or the sync command fails to run
     */
    public static BenchFigures run(BenchOptions options, PrintStream log) throws Exception {
        Files.createDirectories(options.work());
        BenchForests forests = new BenchForests(options);
        Path ldif = options.work().resolve("target-contacts.ldif");
        SyncCommandRun full;
        SyncCommandRun echo;
        SyncCommandRun incremental;
        SourceChanges changes;
        int contacts;
        int contactsAfter;
        String machine;
        log.println("bench: starting and seeding the source (" + options.recipients() + " recipients) and the target");
        try (RunningForests running = forests.startSyncForests()) {
            TestForest source = running.source();
            TestForest target = running.target();
            BenchConfiguration config =
                    BenchConfiguration.write(options.work().resolve("config"), source, target, options.parallelism());
            log.println("bench: full sync; load " + MachineFacts.loadAverage());
            machine = MachineFacts.describe(options.server());
            full = SyncCommandRun.run(config, "full-sync").requireSummary();
            log.printf(
                    java.util.Locale.ROOT,
                    "bench: full sync took %.1f s, exit %d, %s%n",
                    full.seconds(),
                    full.exitCode(),
                    full.counts());
            contacts = ContactLdif.export(target, ldif);
            log.println("bench: exported " + contacts + " contacts to " + ldif);
            // the X500 back-flow wrote to every replicated source after the full sync's token: the first incremental
            // sync reads those writes back (and changes nothing); it is timed apart, so that the measured
            // incremental sync sees only the benchmark's changes
            log.println("bench: first incremental sync (reads back the X500 back-flow)");
            echo = SyncCommandRun.run(config, "echo-sync").requireSummary();
            changes = SourceChanges.apply(source, forests.fixtures(), options.changes());
            log.println("bench: incremental sync of " + changes.total() + " changes");
            incremental = SyncCommandRun.run(config, "incremental-sync").requireSummary();
            contactsAfter = count(target);
        }
        List<Long> loads = new ArrayList<>();
        List<Long> loadServerCpu = new ArrayList<>();
        for (int i = 1; i <= options.ldifRuns(); i++) {
            log.println("bench: loading the LDIF into a fresh target (" + i + " of " + options.ldifRuns() + "); load "
                    + MachineFacts.loadAverage());
            try (RunningForests fresh = forests.startLoadTarget()) {
                ServerCpu servers = ServerCpu.start();
                loads.add(ContactLdif.load(fresh.target(), ldif, contacts));
                loadServerCpu.add(servers.nanos());
            }
        }
        return new BenchFigures(
                options, machine, full, contacts, loads, loadServerCpu, echo, changes, incremental, contactsAfter);
    }

    /** The number of entries directly below the target's contact OU. */
    static int count(TestForest target) throws LDAPException {
        int n = 0;
        try (LDAPConnection c = target.connect()) {
            ASN1OctetString cookie = null;
            do {
                SearchRequest request = new SearchRequest(
                        BenchForests.contactOu(target).toString(),
                        SearchScope.ONE,
                        Filter.createPresenceFilter("objectClass"),
                        "1.1");
                request.addControl(new SimplePagedResultsControl(1000, cookie, true));
                var result = c.search(request);
                n += result.getEntryCount();
                SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
                cookie = response == null ? null : response.getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);
        }
        return n;
    }
}
