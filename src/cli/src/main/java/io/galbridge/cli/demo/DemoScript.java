package io.galbridge.cli.demo;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.cli.CliContext;
import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.Main;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.EmbeddedForestProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's steps: start two embedded forests, seed the estate, write the configuration, then run {@code
 * check}, {@code report}, {@code sync}, {@code prestage} (converting GAL contacts), a simulated move, {@code flip} and an
 * incremental {@code sync} through {@link Main#run}, printing what each did; stop the forests and delete
 * the temporary files. Each step must end with its expected exit code.
 */
public final class DemoScript {

    private static final int SHOWN_LINES = 14;

    private final CliContext context;
    private final int verbosity;
    private final PrintStream out;

    /**
     * @param context the demo's own streams and environment; never null
     * @param verbosity how often {@code --verbose} was given to the demo, passed on to each step; not negative
     */
    public DemoScript(CliContext context, int verbosity) {
        this.context = context;
        this.verbosity = verbosity;
        this.out = context.out();
    }

    /** Runs the demo; returns 0, or throws naming the step that went wrong. */
    public int run() throws Exception {
        long started = System.nanoTime();
        out.println("== starting two embedded forests (src.test, tgt.test) on the loopback interface");
        try (RunningForests forests =
                new EmbeddedForestProvider().start(List.of(ForestSpec.SOURCE, ForestSpec.TARGET))) {
            TestForest source = forests.source();
            TestForest target = forests.target();
            out.println("   " + source.spec().dnsName() + " " + source.ldapsUrl() + ", "
                    + target.spec().dnsName() + " " + target.ldapsUrl());
            DemoEstate estate = DemoEstate.seed(source, target);
            out.println("== seeded " + estate.recipients() + " source recipients of every kind; in the target: an"
                    + " existing galbridge contact for " + estate.adopted() + " and " + estate.conflictDn()
                    + ", which already holds the address of " + estate.conflicting());
            DemoConfiguration config = DemoConfiguration.write(List.of(source), target, estate, context.environment());
            try {
                step(config, "check: configuration, bundles, TLS and bind", 0, "check");
                Path html = config.directory().resolve("readiness.html");
                step(
                        config,
                        "report: move readiness of every source mailbox, as an HTML page",
                        0,
                        "report",
                        "--html",
                        html.toString());
                expect(
                        Files.readString(html, StandardCharsets.UTF_8).contains(estate.conflictingSmtp()),
                        "the readiness report does not list " + estate.conflictingSmtp());
                String sync = step(
                        config,
                        "sync: first GAL sync (search, create contacts, adopt the old one, X500 back-flow)",
                        0,
                        List.of(estate.adopted()),
                        "sync");
                expect(
                        sync.contains("replica of " + estate.adopted()),
                        "the first sync did not adopt the contact of " + estate.adopted());
                step(
                        config,
                        "prestage: two mailboxes become mail users, converting their GAL contacts",
                        0,
                        "prestage",
                        "--identity",
                        estate.prestaged().get(0),
                        "--identity",
                        estate.prestaged().get(1));
                String mailUser = mailUserOf(target, estate, estate.prestaged().get(0));
                String sourceDn = sourceOf(source, estate.prestaged().get(0));
                String refused = step(
                        config,
                        "prestage refused: a target object already holds the mailbox's address",
                        1,
                        "prestage",
                        "--identity",
                        estate.conflictingSmtp());
                expect(refused.contains(estate.conflictDn()), "the refusal did not name " + estate.conflictDn());
                out.println("   (exit 1 is expected: the refusal names the conflicting object; --use-local-object"
                        + " would allow reusing it)");
                estate.simulateMove(target, mailUser);
                out.println();
                out.println(
                        "== simulated move (as MRS completes it): " + mailUser + " got homeMDB and lost targetAddress");
                String flip = step(
                        config,
                        "flip: point the moved mailbox's source object at the target",
                        0,
                        "flip",
                        "--remove-source-mailbox-attributes");
                expect(flip.contains(sourceDn), "the flip did not change " + sourceDn);
                step(config, "sync: incremental, from the saved token", 0, "sync");
            } finally {
                deleteTree(config.directory());
            }
        }
        out.println("== forests stopped; demo done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return ExitCode.OK.code();
    }

    private String step(DemoConfiguration config, String title, int expected, String... args) {
        return step(config, title, expected, List.of(), args);
    }

    private String step(DemoConfiguration config, String title, int expected, List<String> highlight, String... args) {
        out.println();
        out.println("== galbridge " + String.join(" ", args) + "  — " + title);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        CliContext child =
                new CliContext(capture, capture, config.environment(), config.directory(), false, context.clock());
        List<String> all = new ArrayList<>(List.of("--config", config.file().toString()));
        all.addAll(Collections.nCopies(verbosity, "--verbose"));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), child);
        String text = buffer.toString(StandardCharsets.UTF_8);
        show(text, highlight);
        out.println("   exit " + code);
        expect(
                code == expected,
                "step '" + String.join(" ", args) + "' ended with exit " + code + ", expected " + expected);
        return text;
    }

    /**
     * Prints a step's output, shortened: the first lines, every error and every logged line ({@code galbridge:
     * warning: ...}), every line that contains one of the
     * highlights (with its indented attribute lines), and the summary.
     */
    private void show(String text, List<String> highlight) {
        List<String> lines = text.lines().toList();
        if (lines.size() <= SHOWN_LINES * 2) {
            lines.forEach(l -> out.println("   " + l));
            return;
        }
        lines.subList(0, SHOWN_LINES).forEach(l -> out.println("   " + l));
        List<String> rest = lines.subList(SHOWN_LINES, lines.size() - 1);
        out.println("   ... " + rest.size() + " more lines (progress, creates, updates; all journaled) ...");
        boolean attributes = false;
        for (String l : rest) {
            boolean shown = l.startsWith("error")
                    || l.startsWith("galbridge: ")
                    || highlight.stream().anyMatch(l::contains);
            if (shown || (attributes && l.startsWith(" "))) {
                out.println("   " + l);
                attributes = true;
            } else {
                attributes = false;
            }
        }
        out.println("   " + lines.get(lines.size() - 1));
    }

    private static String mailUserOf(TestForest target, DemoEstate estate, String smtp) throws LDAPException {
        try (LDAPConnection c = target.connect()) {
            List<SearchResultEntry> hits = c.search(
                            estate.mailUserOu(),
                            SearchScope.SUB,
                            Filter.createEqualityFilter("proxyAddresses", "smtp:" + smtp),
                            "1.1")
                    .getSearchEntries();
            expect(hits.size() == 1, "expected one pre-staged mail user for " + smtp + ", found " + hits.size());
            return hits.get(0).getDN();
        }
    }

    private static String sourceOf(TestForest source, String smtp) throws LDAPException {
        try (LDAPConnection c = source.connect()) {
            List<SearchResultEntry> hits = c.search(
                            source.baseDn().toString(),
                            SearchScope.SUB,
                            Filter.createEqualityFilter("proxyAddresses", "SMTP:" + smtp),
                            "1.1")
                    .getSearchEntries();
            expect(hits.size() == 1, "expected one source mailbox for " + smtp + ", found " + hits.size());
            return hits.get(0).getDN();
        }
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new GalbridgeException(ExitCode.OBJECT_ERRORS, "demo: " + message);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
