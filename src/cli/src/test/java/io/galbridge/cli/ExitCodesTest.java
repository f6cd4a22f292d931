package io.galbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.prestage.PrestageConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidCredentialException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class ExitCodesTest {

    static Stream<Arguments> failures() {
        CommandLine cli = new CommandLine(CommandLine.Model.CommandSpec.create());
        return Stream.of(
                Arguments.of(new GalbridgeException(ExitCode.USAGE, "bad config"), 2),
                Arguments.of(new GalbridgeException(ExitCode.UNREACHABLE, "down"), 3),
                Arguments.of(new CommandLine.ParameterException(cli, "unknown option --frob"), 2),
                Arguments.of(new ConfigurationException("serverUrls is required"), 2),
                Arguments.of(new InvalidCredentialException("bind refused for CN=Administrator"), 2),
                Arguments.of(new PrestageConfigurationException("overwriteLocalObject requires useLocalObject"), 2),
                Arguments.of(new ConnectionFailedException("ldaps://127.0.0.2:636: connection refused"), 3),
                Arguments.of(
                        new ConnectorException(
                                "search failed",
                                new ConnectionFailedException("ldaps://127.0.0.2:636: connection reset")),
                        3),
                Arguments.of(
                        new ConnectorException("bind failed", new SSLHandshakeException("PKIX path building failed")),
                        3),
                Arguments.of(new UncheckedIOException(new IOException("disk full")), 1),
                Arguments.of(new IllegalStateException("bug"), 1));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void mapsEveryFailureToItsExitCode(Throwable failure, int expected) {
        assertThat(ExitCodes.forFailure(failure).code()).isEqualTo(expected);
    }

    @Test
    void aFinishedRunExitsOneOnlyWithObjectErrors() {
        assertThat(ExitCodes.forFinishedRun(0)).isEqualTo(ExitCode.OK);
        assertThat(ExitCodes.forFinishedRun(3)).isEqualTo(ExitCode.OBJECT_ERRORS);
    }
}
