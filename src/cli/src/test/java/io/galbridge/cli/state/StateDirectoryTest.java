package io.galbridge.cli.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateDirectoryTest {

    /** A uSNChanged watermark with its invocation id, as the source connector serialises it. */
    static final String OLD_TOKEN = "usn:6c1f7a3e-9e0b-4d5e-8a51-2f0c3b4d5e6f:128455";

    static final String NEW_TOKEN = "usn:6c1f7a3e-9e0b-4d5e-8a51-2f0c3b4d5e6f:131002";

    @TempDir
    Path dir;

    @Test
    void tokensArePerForestAndSurviveReopening() throws Exception {
        try (StateDirectory state = StateDirectory.open(dir)) {
            assertThat(state.tokens().read("src.test")).isEmpty();
            state.tokens().write("src.test", OLD_TOKEN);
            state.tokens().write("fab.test", NEW_TOKEN);
        }
        try (StateDirectory state = StateDirectory.open(dir)) {
            assertThat(state.tokens().read("SRC.test")).contains(OLD_TOKEN);
            assertThat(state.tokens().read("fab.test")).contains(NEW_TOKEN);
        }
        assertThat(dir.resolve("tokens/src.test.token")).hasContent(OLD_TOKEN);
    }

    /**
     * A writer killed after writing part of the temporary file (any length, including none) leaves the
     * old token readable and whole; the next write replaces the stray temporary file.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 20, 47})
    void aKilledWriterNeverLeavesATruncatedTokenFile(int bytesWrittenBeforeTheKill) throws Exception {
        try (StateDirectory state = StateDirectory.open(dir)) {
            SyncTokenStore tokens = state.tokens();
            tokens.write("src.test", OLD_TOKEN);
            Path file = tokens.file("src.test");
            Files.write(
                    AtomicFile.temporaryFor(file),
                    NEW_TOKEN.substring(0, bytesWrittenBeforeTheKill).getBytes(StandardCharsets.UTF_8));

            assertThat(tokens.read("src.test")).contains(OLD_TOKEN);

            tokens.write("src.test", NEW_TOKEN);

            assertThat(tokens.read("src.test")).contains(NEW_TOKEN);
            assertThat(AtomicFile.temporaryFor(file)).doesNotExist();
        }
    }

    @Test
    void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        try (StateDirectory first = StateDirectory.open(dir)) {
            assertThat(first.directory().resolve("galbridge.lock")).exists();
            assertThatThrownBy(() -> StateDirectory.open(dir))
                    .isInstanceOfSatisfying(GalbridgeException.class, e -> assertThat(e.exitCode())
                            .isEqualTo(ExitCode.USAGE))
                    .hasMessageContaining("another galbridge run holds " + dir.resolve("galbridge.lock"));
        }
        try (StateDirectory again = StateDirectory.open(dir)) {
            assertThat(again.directory()).isEqualTo(dir);
        }
    }

    @Test
    void theJournalKeepsOneLinePerActionAndSkipsATornLastLine() throws Exception {
        JournalRecord created = new JournalRecord(
                Instant.parse("2026-11-22T10:15:30Z"),
                "20261122T101530Z-4711",
                "sync",
                "tgt.test",
                "create",
                "CN=Ada \"the Countess\" Lovelace,OU=GAL Contacts,DC=tgt,DC=test",
                "mail, proxyAddresses, targetAddress");
        try (StateDirectory state = StateDirectory.open(dir);
                RunJournal journal = state.journal()) {
            journal.append(created);
            Files.writeString(
                    journal.file(),
                    "{\"time\":\"2026-11-22T10:15:31Z\",\"run\":\"x\",\"comm",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);

            assertThat(journal.read()).containsExactly(created);
            assertThat(Files.readAllLines(journal.file(), StandardCharsets.UTF_8)
                            .get(0))
                    .startsWith("{\"time\":\"2026-11-22T10:15:30Z\",\"run\":\"20261122T101530Z-4711\"");
        }
    }

    /**
     * A run killed while appending leaves a torn last line (any prefix of a record); the next run cuts it off when
     * it opens the journal, before its first record, and then appends line after line to the open file.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"time\":\"2026-11-22T10:15:31Z\",\"run\":\"x\",\"comm",
                "{",
                "{\"time\":\"2026-11-22T10:15:31Z\",\"dn\":\"CN=Zoë Müller,OU=GAL Contacts,DC=tgt,DC=test"
            })
    void theRunAfterAKillCutsOffTheTornLineWhenItOpensTheJournal(String fragment) throws Exception {
        JournalRecord created =
                record("2026-11-22T10:15:30Z", "2026-11-22T10:15:30Z/4711", "create", "CN=Ada Lovelace");
        JournalRecord rerun = record("2026-11-22T10:16:02Z", "2026-11-22T10:16:02Z/4712", "update", "CN=Ada Lovelace");
        JournalRecord next = record("2026-11-22T10:16:03Z", "2026-11-22T10:16:02Z/4712", "write-back", "CN=Zoë Müller");
        try (StateDirectory state = StateDirectory.open(dir)) {
            RunJournal killed = state.journal();
            killed.append(created);
            // the kill: the process dies mid-write, never closing its journal
            Files.writeString(killed.file(), fragment, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            assertThat(state.journal().read())
                    .as("the killed run's complete records are on file")
                    .containsExactly(created);

            try (RunJournal journal = state.journal()) {
                journal.append(rerun);
                journal.append(next);
            }

            assertThat(state.journal().read()).containsExactly(created, rerun, next);
            assertThat(Files.readAllLines(killed.file(), StandardCharsets.UTF_8))
                    .hasSize(3)
                    .allMatch(l -> l.startsWith("{\"time\":\"2026-11-22T10:1") && l.endsWith("\"}"));
        }
    }

    @Test
    void aRunThatRecordsNothingLeavesNoJournalAndAClosedJournalRefusesRecords() throws Exception {
        JournalRecord created =
                record("2026-11-22T10:15:30Z", "2026-11-22T10:15:30Z/4711", "create", "CN=Ada Lovelace");
        try (StateDirectory state = StateDirectory.open(dir)) {
            RunJournal journal = state.journal();
            journal.close();
            assertThat(journal.file()).doesNotExist();

            assertThatThrownBy(() -> journal.append(created))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("journal " + journal.file() + " is closed");
            assertThat(journal.file()).doesNotExist();
        }
    }

    private static JournalRecord record(String time, String run, String action, String cn) {
        return new JournalRecord(
                Instant.parse(time),
                run,
                "sync",
                "tgt.test",
                action,
                cn + ",OU=GAL Contacts,DC=tgt,DC=test",
                "replica of " + cn + ",OU=Staff,DC=src,DC=test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc", "src/test", "", "-src.test"})
    void refusesTokenNamesThatAreNoForest(String forest) {
        SyncTokenStore tokens = new SyncTokenStore(dir);

        assertThatThrownBy(() -> tokens.file(forest)).hasMessageContaining("is not a forest DNS name");
    }
}
