package io.galbridge.cli.command;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.run.Facades;
import io.galbridge.cli.run.FlipRun;
import io.galbridge.cli.run.RunRecorder;
import io.galbridge.cli.state.StateDirectory;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code galbridge flip}: after mailboxes moved, point the source side at the target. */
@Command(
        name = "flip",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "Post-move flip: for every mailbox that has moved to the target forest, turn the source object into"
                    + " a mail user whose targetAddress routes to the target, and fix every GAL replica."
        })
final class FlipCommand extends ConfiguredCommand implements Callable<Integer> {

    @Option(
            names = "--target-delivery-domain",
            paramLabel = "DOMAIN",
            description = "The SMTP domain that routes mail to the target forest (New-MoveRequest's"
                    + " TargetDeliveryDomain); the source's new targetAddress is the proxy address in it (default:"
                    + " the target's deliveryDomain in the configuration, itself by default the first of its"
                    + " mailDomains).")
    String targetDeliveryDomain;

    @Option(
            names = "--remove-source-mailbox-attributes",
            description = "Also remove homeMDB, homeMTA and msExchHomeServerName from the source object by LDAP."
                    + " The source store then keeps an orphaned mailbox; the supported way is Disable-Mailbox and"
                    + " Enable-MailUser in the source forest, after which the flip completes without this switch.")
    boolean removeSourceMailboxAttributes;

    @Mixin
    PlanOptions plan = new PlanOptions();

    @Override
    public Integer call() {
        GalbridgeConfig config = config();
        Facades facades = Facades.open(config);
        try (StateDirectory state = StateDirectory.open(config.stateDirectory());
                RunRecorder recorder = plan.recorder(context(), state, "flip", true)) {
            new FlipRun(facades, state.tokens(), recorder, targetDeliveryDomain, removeSourceMailboxAttributes).run();
            return recorder.finish();
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS, "cannot release the state directory lock: " + e.getMessage(), e);
        }
    }
}
