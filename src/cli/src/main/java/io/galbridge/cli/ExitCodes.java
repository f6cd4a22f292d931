package io.galbridge.cli;

import io.galbridge.mapping.prestage.PrestageConfigurationException;
import javax.net.ssl.SSLException;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.InvalidCredentialException;
import picocli.CommandLine;

/**
 * The one place that decides which {@link ExitCode} a failure ends a run with. Pure and thread-safe.
 *
 * <ul>
 *   <li>{@link GalbridgeException}: its own code;
 *   <li>picocli's {@link CommandLine.ParameterException}, ConnId's {@link ConfigurationException} and
 *       {@link InvalidCredentialException} (wrong bind DN or password), and the rules engine's {@link
 *       PrestageConfigurationException}: {@link ExitCode#USAGE};
 *   <li>ConnId's {@link ConnectionFailedException}, and any failure caused by an {@link SSLException}
 *       (certificate or host name refused): {@link ExitCode#UNREACHABLE};
 *   <li>anything else: {@link ExitCode#OBJECT_ERRORS} — an unexpected failure never counts as "all done".
 * </ul>
 */
public final class ExitCodes {

    private ExitCodes() {}

    /**
     * The exit code for a failure that ended the run.
     *
     * @param failure the failure; never null
     * @return the exit code; never null
     */
    public static ExitCode forFailure(Throwable failure) {
        if (failure instanceof GalbridgeException g) {
            return g.exitCode();
        }
        if (failure instanceof CommandLine.ParameterException
                || failure instanceof ConfigurationException
                || failure instanceof InvalidCredentialException
                || failure instanceof PrestageConfigurationException) {
            return ExitCode.USAGE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionFailedException || t instanceof SSLException) {
                return ExitCode.UNREACHABLE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return ExitCode.OBJECT_ERRORS;
    }

    /**
     * The exit code for a finished run.
     *
     * @param objectErrors how many objects failed
     * @return {@link ExitCode#OK} when none failed, else {@link ExitCode#OBJECT_ERRORS}
     */
    public static ExitCode forFinishedRun(long objectErrors) {
        return objectErrors == 0 ? ExitCode.OK : ExitCode.OBJECT_ERRORS;
    }
}
