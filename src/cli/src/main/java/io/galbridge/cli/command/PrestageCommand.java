package io.galbridge.cli.command;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.identity.Identity;
import io.galbridge.cli.identity.IdentityFile;
import io.galbridge.cli.run.Facades;
import io.galbridge.cli.run.PrestageRun;
import io.galbridge.cli.run.RunRecorder;
import io.galbridge.cli.state.StateDirectory;
import io.galbridge.mapping.prestage.PrestageOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code galbridge prestage}: pre-stage mailboxes as mail users in the target forest (Prepare-MoveRequest). */
@Command(
        name = "prestage",
        mixinStandardHelpOptions = true,
        versionProvider = GalbridgeVersion.class,
        description = {
            "Pre-stage source mailboxes as mail-enabled users in the target forest with every attribute a"
                    + " cross-forest move needs (what Prepare-MoveRequest.ps1 does), converting the GAL-sync"
                    + " contact of each into the mail user without losing an address."
        })
final class PrestageCommand extends ConfiguredCommand implements Callable<Integer> {

    @Option(
            names = "--identity",
            paramLabel = "X",
            description = "A mailbox to pre-stage: SMTP address, DN, alias or GUID. Repeatable.")
    List<String> identities = new ArrayList<>();

    @Option(
            names = "--identities",
            paramLabel = "FILE",
            description = "A file of mailboxes: one identity per line, or CSV (.csv) with an 'identity' column"
                    + " (or the first column). Blank lines and lines starting with # are skipped.")
    Path identitiesFile;

    @Option(
            names = "--use-local-object",
            description = "Reuse a matching target object (mail user, GAL contact, or a user to mail-enable)"
                    + " instead of refusing.")
    boolean useLocalObject;

    @Option(
            names = "--overwrite-local-object",
            description = "With --use-local-object: also copy the source's attributes over the reused object.")
    boolean overwriteLocalObject;

    @Option(
            names = "--linked-mail-user",
            description = "Create linked mail users (msExchMasterAccountSid set to the source account).")
    boolean linkedMailUser;

    @Option(
            names = "--mailbox-delivery-domain",
            paramLabel = "DOMAIN",
            description = "The SMTP domain that routes to the source forest: the mail user's targetAddress is the"
                    + " source proxy address in it (default: the source forest's deliveryDomain in the configuration,"
                    + " itself by default the first of its mailDomains).")
    String mailboxDeliveryDomain;

    @Option(
            names = "--disable-email-address-policy",
            description = "Exclude the new mail users from the target forest's email address policy.")
    boolean disableEmailAddressPolicy;

    @Mixin
    PlanOptions plan = new PlanOptions();

    /**
     * The pre-staging switches.
     *
     * @throws io.galbridge.mapping.prestage.PrestageConfigurationException on a bad combination (exit 2)
     */
    PrestageOptions options() {
        return new PrestageOptions(
                useLocalObject, overwriteLocalObject, linkedMailUser, disableEmailAddressPolicy, mailboxDeliveryDomain);
    }

    /**
     * Every identity named, in order, without repeats.
     *
     * @throws GalbridgeException with exit 2 when none is named or one is malformed (all listed)
     */
    List<Identity> resolvedIdentities() {
        LinkedHashSet<Identity> out = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String text : identities) {
            try {
                out.add(Identity.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add("--identity: " + e.getMessage());
            }
        }
        if (identitiesFile != null) {
            Path file = context().workingDirectory().resolve(identitiesFile);
            try {
                out.addAll(IdentityFile.read(file));
            } catch (IOException e) {
                problems.add("--identities: cannot read " + file + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty() && out.isEmpty()) {
            problems.add("name the mailboxes to pre-stage with --identity X (repeatable) or --identities FILE");
        }
        if (!problems.isEmpty()) {
            throw new GalbridgeException(ExitCode.USAGE, String.join("\n", problems));
        }
        return List.copyOf(out);
    }

    @Override
    public Integer call() {
        PrestageOptions options = options();
        List<Identity> ids = resolvedIdentities();
        GalbridgeConfig config = config();
        Facades facades = Facades.open(config);
        try (StateDirectory state = StateDirectory.open(config.stateDirectory());
                RunRecorder recorder = plan.recorder(context(), state, "prestage", true)) {
            new PrestageRun(facades, recorder).run(ids, options);
            return recorder.finish();
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS, "cannot release the state directory lock: " + e.getMessage(), e);
        }
    }
}
