package io.galbridge.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLogLineTest {

    private static final String NL = System.lineSeparator();

    private static LogRecord record(Level level, String logger, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        record.setSourceClassName(logger);
        record.setSourceMethodName("lambda$sync$3(RecipientSync.java:118)");
        record.setThrown(thrown);
        return record;
    }

    /** A throwable chain as a connector reports it: ConnId's wrapper, the LDAP SDK's, the socket's. */
    private static Throwable refusedChain() {
        ConnectException socket = new ConnectException("Connection refused");
        IOException ldap = new IOException("Unable to establish a connection to server 127.0.0.1:3389", socket);
        return new IllegalStateException("Live sync of src.test failed", ldap);
    }

    static Stream<Arguments> records() {
        String connid = "org.identityconnectors.framework.impl.api.local.ConnectorPoolManager";
        String sync = "io.galbridge.connector.source.sync.RecipientSync";
        String deleted = "Live sync of src.test: deletions are not visible: the server does not support the"
                + " show-deleted control (1.2.840.113556.1.4.417)";
        return Stream.of(
                Arguments.of(record(Level.WARNING, sync, deleted, null), false, "galbridge: warning: " + deleted + NL),
                Arguments.of(
                        record(Level.WARNING, sync, deleted, null),
                        true,
                        "galbridge: warning [RecipientSync]: " + deleted + NL),
                Arguments.of(
                        record(Level.SEVERE, sync, "Write-back to src.test failed", refusedChain()),
                        false,
                        "galbridge: error: Write-back to src.test failed: Live sync of src.test failed: Unable to"
                                + " establish a connection to server 127.0.0.1:3389: Connection refused" + NL),
                Arguments.of(
                        record(Level.INFO, connid, "Creating new pool: ConnectorKey( bundleName=x )", null),
                        true,
                        "galbridge: info [ConnectorPoolManager]: Creating new pool: ConnectorKey( bundleName=x )" + NL),
                Arguments.of(
                        record(Level.FINE, sync, "Read 40 changes\n   since token 12", null),
                        false,
                        "galbridge: debug: Read 40 changes since token 12" + NL),
                Arguments.of(
                        record(Level.CONFIG, null, "pool size 4", null), true, "galbridge: debug: pool size 4" + NL),
                Arguments.of(
                        record(Level.WARNING, sync, null, new NullPointerException()),
                        false,
                        "galbridge: warning: NullPointerException" + NL),
                Arguments.of(
                        record(
                                Level.SEVERE,
                                sync,
                                "Live sync of src.test failed",
                                new RuntimeException(new ConnectException("Connection refused"))),
                        false,
                        "galbridge: error: Live sync of src.test failed: Connection refused" + NL));
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordIsOneLine(LogRecord record, boolean verbose, String expected) {
        assertThat(new CommandLogLine(verbose).format(record)).isEqualTo(expected);
    }

    @Test
    void parametersAreFormattedIntoTheMessage() {
        LogRecord record = record(Level.WARNING, "io.galbridge.cli.run.GalSyncRun", "{0} of {1} skipped", null);
        record.setParameters(new Object[] {"3", "40"});

        assertThat(new CommandLogLine(false).format(record)).isEqualTo("galbridge: warning: 3 of 40 skipped" + NL);
    }

    @Test
    void verboseAddsTheStackTraceAfterTheLineAndQuietDoesNot() {
        LogRecord record = record(Level.SEVERE, "io.galbridge.cli.run.GalSyncRun", "sync failed", refusedChain());

        String quiet = new CommandLogLine(false).format(record);
        String verbose = new CommandLogLine(true).format(record);

        assertThat(quiet.lines()).hasSize(1);
        assertThat(verbose.lines().findFirst())
                .hasValue("galbridge: error [GalSyncRun]: sync failed: Live sync of src.test failed: Unable to"
                        + " establish a connection to server 127.0.0.1:3389: Connection refused");
        assertThat(verbose)
                .contains("java.lang.IllegalStateException: Live sync of src.test failed")
                .contains("Caused by: java.net.ConnectException: Connection refused")
                .contains("\tat io.galbridge.cli.output.CommandLogLineTest.refusedChain");
    }
}
