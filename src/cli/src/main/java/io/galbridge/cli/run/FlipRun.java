package io.galbridge.cli.run;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import io.galbridge.cli.state.SyncTokenStore;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.config.PostMoveSettings;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import io.galbridge.mapping.postmove.PostMovePlan;
import io.galbridge.mapping.postmove.PostMoveRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * The post-move flip: syncs the target's {@code mailUser} class from the saved token (the target connector
 * reports galbridge's mail users that became mailboxes), finds each one's source recipient by the ownership
 * mark, lets {@link PostMoveRules} plan the source's changes (targetAddress in the target delivery domain,
 * recipient types; nothing while the source still has its mailbox) and writes them through the source
 * facade's UpdateDeltaOp (an SMTP proxy address the plan adds is left out and named in the output: the
 * source connector writes only X500 proxy addresses). The token, stored as {@code mailusers.<target forest>}, is saved after the batch.
 * Replicas of the moved mailbox in other forests are not retargeted yet. Confined to one thread.
 */
public final class FlipRun {

    private final Facades facades;
    private final SyncTokenStore tokens;
    private final RunRecorder recorder;
    private final String deliveryDomain;
    private final boolean removeMailboxAttributes;

    /**
     * @param facades the connectors; never null
     * @param tokens the token store; never null
     * @param recorder prints, journals and counts; never null
     * @param deliveryDomain the target delivery domain; null for the target's first mail domain
     * @param removeMailboxAttributes whether the flip also removes the source's homeMDB, homeMTA and
     *     msExchHomeServerName (LDAP only: the source store keeps an orphaned mailbox; the supported way is
     *     Disable-Mailbox and Enable-MailUser in the source forest)
     */
    public FlipRun(
            Facades facades,
            SyncTokenStore tokens,
            RunRecorder recorder,
            String deliveryDomain,
            boolean removeMailboxAttributes) {
        this.removeMailboxAttributes = removeMailboxAttributes;
        this.facades = facades;
        this.tokens = tokens;
        this.recorder = recorder;
        ForestConnection target = facades.config().target();
        this.deliveryDomain =
                deliveryDomain != null ? deliveryDomain : target.mailDomains().get(0);
    }

    /** Runs the flip. */
    public void run() {
        ForestConnection t = facades.config().target();
        ConnectorFacade target = facades.target(Map.of());
        OwnershipMarker ownership = facades.config().rules().settings().ownership();
        ForestProfile profile = new ForestProfile(
                t.forest(),
                t.mailDomains(),
                t.baseDn(),
                t.contactOu(),
                t.mailUserOu(),
                null,
                deliveryDomain,
                false,
                false,
                List.of(),
                List.of(),
                List.of());
        PostMoveRules rules = new PostMoveRules(
                profile,
                new PostMoveSettings(
                        removeMailboxAttributes,
                        PostMoveSettings.DEFAULTS.sourceDisplayType(),
                        PostMoveSettings.DEFAULTS.addMissingRoutingProxy(),
                        PostMoveSettings.DEFAULTS.replicasRouteDirect()),
                ownership);
        String tokenName = "mailusers." + t.forest();
        Optional<String> saved = read(tokenName);
        SyncToken[] last = {saved.map(s -> new SyncToken(Long.valueOf(s))).orElse(null)};
        List<ConnectorObject> arrived = new ArrayList<>();
        target.sync(
                ObjectClassNames.MAIL_USER,
                last[0],
                delta -> {
                    arrived.add(delta.getObject());
                    last[0] = delta.getToken();
                    return true;
                },
                null);
        for (ConnectorObject mailbox : arrived) {
            flip(mailbox, rules);
        }
        if (!recorder.dryRun() && last[0] != null) {
            write(tokenName, String.valueOf(last[0].getValue()));
        }
    }

    private void flip(ConnectorObject mailbox, PostMoveRules rules) {
        String dn = mailbox.getName().getNameValue();
        Optional<OwnershipMarker.Owner> owner = TargetReplicas.mark(mailbox).flatMap(OwnershipMarker::parse);
        Optional<ForestConnection> forest = owner.flatMap(o -> facades.config().sources().stream()
                .filter(s -> s.forest().equalsIgnoreCase(o.sourceForest()))
                .findFirst());
        if (forest.isEmpty()) {
            recorder.record(new PlannedAction(
                    Action.ERROR,
                    facades.config().target().forest(),
                    dn,
                    List.of(),
                    "its ownership mark names no configured source forest"));
            return;
        }
        ConnectorFacade source = facades.source(
                forest.get(), removeMailboxAttributes ? Map.of("removeMailboxAttributesAllowed", true) : Map.of());
        ConnectorObject recipient = source.getObject(
                ObjectClassNames.SOURCE_RECIPIENT,
                new Uid(owner.get().sourceGuid().toString()),
                null);
        if (recipient == null) {
            recorder.record(new PlannedAction(
                    Action.ERROR,
                    forest.get().forest(),
                    dn,
                    List.of(),
                    "source recipient " + owner.get().sourceGuid() + " of moved mailbox " + dn + " is gone"));
            return;
        }
        PostMovePlan plan = rules.plan(Entries.of(recipient), Entries.of(mailbox), List.of());
        String sourceDn = recipient.getName().getNameValue();
        Set<AttributeDelta> deltas = new HashSet<>();
        List<PlannedAction.AttributeChange> changes = new ArrayList<>();
        List<String> notWritten = new ArrayList<>();
        for (EntryChange change : plan.sourceChanges()) {
            for (Modification m : change.modifications()) {
                if (nonX500ProxyAdd(m)) {
                    notWritten.addAll(m.values().stream().map(String::valueOf).toList());
                    continue;
                }
                deltas.add(delta(m));
                List<String> values = m.values().stream().map(String::valueOf).toList();
                changes.add(new PlannedAction.AttributeChange(
                        m.attribute(),
                        m.operation() == Modification.Operation.DELETE ? values : List.of(),
                        m.operation() == Modification.Operation.DELETE ? List.of() : values));
            }
        }
        List<String> allNotes = new ArrayList<>(plan.notes());
        if (!notWritten.isEmpty()) {
            allNotes.add("the source connector writes only X500 proxy addresses: add " + notWritten
                    + " to the source object's proxyAddresses in the source forest (Set-MailUser -EmailAddresses)");
        }
        String notes = String.join("; ", allNotes);
        if (deltas.isEmpty()) {
            recorder.record(new PlannedAction(
                    Action.SKIP,
                    forest.get().forest(),
                    sourceDn,
                    List.of(),
                    "moved mailbox " + dn + ": " + plan.state()
                            + (notes.isEmpty() ? ", nothing to change" : ": " + notes)));
            return;
        }
        if (!recorder.dryRun()) {
            try {
                source.updateDelta(ObjectClassNames.SOURCE_RECIPIENT, recipient.getUid(), deltas, null);
            } catch (ConnectionFailedException e) {
                throw e;
            } catch (ConnectorException e) {
                recorder.record(new PlannedAction(
                        Action.ERROR, forest.get().forest(), sourceDn, List.of(), "flip failed: " + e.getMessage()));
                return;
            }
        }
        recorder.record(new PlannedAction(
                Action.CONVERT,
                forest.get().forest(),
                sourceDn,
                changes,
                "mailbox moved to " + dn + (notes.isEmpty() ? "" : "; " + notes)));
    }

    /** An addition of proxy addresses other than X500, which the source connector refuses by design. */
    private static boolean nonX500ProxyAdd(Modification m) {
        return m.attribute().equalsIgnoreCase("proxyAddresses")
                && m.operation() == Modification.Operation.ADD
                && m.values().stream().anyMatch(v -> !String.valueOf(v).regionMatches(true, 0, "x500:", 0, 5));
    }

    private static AttributeDelta delta(Modification m) {
        List<Object> values = new ArrayList<>(m.values());
        return switch (m.operation()) {
            case ADD -> AttributeDeltaBuilder.build(m.attribute(), values, null);
            case DELETE ->
                values.isEmpty()
                        ? AttributeDeltaBuilder.build(m.attribute(), List.of())
                        : AttributeDeltaBuilder.build(m.attribute(), null, values);
            case REPLACE -> AttributeDeltaBuilder.build(m.attribute(), values);
        };
    }

    private Optional<String> read(String name) {
        try {
            return tokens.read(name);
        } catch (IOException e) {
            throw new GalbridgeException(ExitCode.USAGE, "cannot read token " + name + ": " + e.getMessage(), e);
        }
    }

    private void write(String name, String token) {
        try {
            tokens.write(name, token);
        } catch (IOException e) {
            throw new GalbridgeException(
                    ExitCode.OBJECT_ERRORS, "cannot save token " + name + ": " + e.getMessage(), e);
        }
    }
}
