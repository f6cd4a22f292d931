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
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import io.galbridge.mapping.postmove.MoveState;
import io.galbridge.mapping.postmove.PostMovePlan;
import io.galbridge.mapping.postmove.PostMoveRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * The post-move flip (spec 4.3). Syncs the target's {@code mailUser} class from the saved token (the target
 * connector reports galbridge's mail users that became mailboxes, oldest change first), finds each one's
 * source recipient by the ownership mark, and lets {@link PostMoveRules} plan
 *
 * <ol>
 *   <li>the source flip: targetAddress = the routing address in the target delivery domain, with that {@code
 *       smtp:} proxy added when the source lacks it, the X500 of the moved mailbox's legacyExchangeDN, the mail
 *       user's recipient types; nothing while the source still has its mailbox unless the opt-in removes the
 *       mailbox attributes), written through the source facade's UpdateDeltaOp;
 *   <li>then every replica of the person ({@link PersonReplicas}: the target's GAL contacts and the recipients
 *       of every source forest that carry the person's ownership mark or the X500 of its legacyExchangeDN):
 *       galbridge-owned ones get the routing address as targetAddress through their forest's connector, the
 *       others are named in the output.
 * </ol>
 *
 * <p><b>Rerunnable.</b> Every write is value-level and planned from what the directories hold now, so a rerun
 * writes only what is still missing. The token, stored as {@code mailusers.<target forest>}, is saved after
 * the batch and only up to the last mailbox before the first one whose flip is not complete (an error, a
 * source still waiting for Disable-Mailbox, no routing address): a run killed between the source write and the
 * replica updates saves nothing, and a later run sees every unfinished mailbox again. Confined to one thread.
 */
public final class FlipRun {

    private static final List<String> MAILBOX_ATTRIBUTES =
            List.of(AttributeNames.HOME_MDB, AttributeNames.HOME_MTA, AttributeNames.HOME_SERVER_NAME);

    private final Facades facades;
    private final SyncTokenStore tokens;
    private final RunRecorder recorder;
    private final String deliveryDomain;
    private final boolean removeMailboxAttributes;

    /**
     * @param facades the connectors; never null
     * @param tokens the token store; never null
     * @param recorder prints, journals and counts; never null
     * @param deliveryDomain the target delivery domain; null for the target's configured {@code deliveryDomain}
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
        this.deliveryDomain = deliveryDomain != null
                ? deliveryDomain
                : facades.config().target().effectiveDeliveryDomain();
    }

    /** Runs the flip. */
    public void run() {
        ForestConnection t = facades.config().target();
        ConnectorFacade target = facades.target(Map.of());
        OwnershipMarker ownership = facades.config().rules().settings().ownership();
        PostMoveRules rules = new PostMoveRules(
                new ForestProfile(
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
                        List.of()),
                new PostMoveSettings(
                        removeMailboxAttributes,
                        PostMoveSettings.DEFAULTS.sourceDisplayType(),
                        PostMoveSettings.DEFAULTS.addMissingRoutingProxy(),
                        PostMoveSettings.DEFAULTS.replicasRouteDirect()),
                ownership);
        String tokenName = "mailusers." + t.forest();
        Optional<String> saved = read(tokenName);
        List<ConnectorObject> arrived = new ArrayList<>();
        List<SyncToken> arrivalTokens = new ArrayList<>();
        target.sync(
                ObjectClassNames.MAIL_USER,
                saved.map(s -> new SyncToken(Long.valueOf(s))).orElse(null),
                delta -> {
                    arrived.add(delta.getObject());
                    arrivalTokens.add(delta.getToken());
                    return true;
                },
                null);
        Map<ForestConnection, ConnectorFacade> sources = new LinkedHashMap<>();
        for (ForestConnection s : facades.config().sources()) {
            sources.put(
                    s,
                    facades.source(
                            s, removeMailboxAttributes ? Map.of("removeMailboxAttributesAllowed", true) : Map.of()));
        }
        PersonReplicas replicas = new PersonReplicas(t.forest(), target, sources, ownership);
        SyncToken done = null;
        boolean complete = true;
        for (int i = 0; i < arrived.size(); i++) {
            boolean flipped = flip(arrived.get(i), rules, sources, replicas);
            complete = complete && flipped;
            if (complete) {
                done = arrivalTokens.get(i);
            }
        }
        if (!recorder.dryRun() && done != null) {
            write(tokenName, String.valueOf(done.getValue()));
        }
    }

    /** Flips one moved mailbox; returns whether nothing is left to do for it. */
    private boolean flip(
            ConnectorObject mailbox,
            PostMoveRules rules,
            Map<ForestConnection, ConnectorFacade> sources,
            PersonReplicas replicas) {
        String dn = mailbox.getName().getNameValue();
        String targetForest = facades.config().target().forest();
        Optional<OwnershipMarker.Owner> owner = TargetReplicas.mark(mailbox).flatMap(OwnershipMarker::parse);
        Optional<ForestConnection> forest = owner.flatMap(o -> sources.keySet().stream()
                .filter(s -> s.forest().equalsIgnoreCase(o.sourceForest()))
                .findFirst());
        if (forest.isEmpty()) {
            error(targetForest, dn, "its ownership mark names no configured source forest");
            return false;
        }
        ConnectorFacade source = sources.get(forest.get());
        ConnectorObject recipient = source.getObject(
                ObjectClassNames.SOURCE_RECIPIENT,
                new Uid(owner.get().sourceGuid().toString()),
                null);
        if (recipient == null) {
            recorder.record(new PlannedAction(
                    Action.SKIP,
                    forest.get().forest(),
                    dn,
                    List.of(),
                    "source recipient " + owner.get().sourceGuid() + " of moved mailbox " + dn
                            + " is gone (decommissioned); nothing to flip"));
            return true;
        }
        List<PersonReplicas.Replica> found;
        PostMovePlan plan;
        try {
            found = replicas.of(forest.get().forest(), recipient);
            plan = rules.plan(
                    Entries.of(recipient),
                    Entries.of(mailbox),
                    found.stream().map(PersonReplicas.Replica::entry).toList());
        } catch (IllegalArgumentException e) {
            error(forest.get().forest(), recipient.getName().getNameValue(), "cannot plan the flip: " + e.getMessage());
            return false;
        }
        if (plan.state() == MoveState.NOT_CORRELATED) {
            error(
                    forest.get().forest(),
                    recipient.getName().getNameValue(),
                    "msExchMailboxGuid differs from the moved mailbox " + dn + "'s: not the same mailbox");
            return false;
        }
        boolean sourceDone = writeSource(forest.get().forest(), source, recipient, dn, plan);
        boolean replicasDone = writeReplicas(found, plan, recipient.getName().getNameValue());
        boolean pending = plan.routingAddressValue().isEmpty()
                || (!removeMailboxAttributes
                        && MAILBOX_ATTRIBUTES.stream().anyMatch(a -> recipient.getAttributeByName(a) != null));
        return sourceDone && replicasDone && !pending;
    }

    private boolean writeSource(
            String forest, ConnectorFacade source, ConnectorObject recipient, String mailboxDn, PostMovePlan plan) {
        String sourceDn = recipient.getName().getNameValue();
        Set<AttributeDelta> deltas = new LinkedHashSet<>();
        List<PlannedAction.AttributeChange> changes = new ArrayList<>();
        for (EntryChange change : plan.sourceChanges()) {
            collect(change, deltas, changes);
        }
        String notes = String.join("; ", plan.notes());
        if (deltas.isEmpty()) {
            recorder.record(new PlannedAction(
                    Action.SKIP,
                    forest,
                    sourceDn,
                    List.of(),
                    "moved mailbox " + mailboxDn + ": " + plan.state()
                            + (notes.isEmpty() ? ", nothing to change" : ": " + notes)));
            return true;
        }
        if (!apply(source, ObjectClassNames.SOURCE_RECIPIENT, recipient.getUid(), deltas, forest, sourceDn)) {
            return false;
        }
        recorder.record(new PlannedAction(
                Action.CONVERT,
                forest,
                sourceDn,
                changes,
                "mailbox moved to " + mailboxDn + (notes.isEmpty() ? "" : "; " + notes)));
        return true;
    }

    private boolean writeReplicas(List<PersonReplicas.Replica> found, PostMovePlan plan, String sourceDn) {
        Map<String, PersonReplicas.Replica> byDn = new LinkedHashMap<>();
        found.forEach(r -> byDn.put(r.dn().toLowerCase(Locale.ROOT), r));
        boolean done = true;
        for (EntryChange change : plan.replicaChanges()) {
            PersonReplicas.Replica replica = byDn.get(change.dn().toLowerCase(Locale.ROOT));
            if (replica == null) {
                error("?", change.dn(), "planned replica change for an object that was not read");
                done = false;
                continue;
            }
            Set<AttributeDelta> deltas = new LinkedHashSet<>();
            List<PlannedAction.AttributeChange> changes = new ArrayList<>();
            collect(change, deltas, changes);
            if (apply(
                    replica.facade(),
                    replica.objectClass(),
                    replica.object().getUid(),
                    deltas,
                    replica.forest(),
                    replica.dn())) {
                recorder.record(new PlannedAction(
                        Action.UPDATE,
                        replica.forest(),
                        replica.dn(),
                        changes,
                        "replica of " + sourceDn + " now routes to its moved mailbox"));
            } else {
                done = false;
            }
        }
        return done;
    }

    /** Writes unless this is a dry run; records an error and returns false when the connector refuses. */
    private boolean apply(
            ConnectorFacade facade,
            ObjectClass objectClass,
            Uid uid,
            Set<AttributeDelta> deltas,
            String forest,
            String dn) {
        if (recorder.dryRun()) {
            return true;
        }
        try {
            facade.updateDelta(objectClass, uid, deltas, null);
            return true;
        } catch (ConnectionFailedException e) {
            throw e;
        } catch (ConnectorException e) {
            error(forest, dn, "flip failed: " + e.getMessage());
            return false;
        }
    }

    private static void collect(
            EntryChange change, Set<AttributeDelta> deltas, List<PlannedAction.AttributeChange> changes) {
        for (Modification m : change.modifications()) {
            deltas.add(delta(m));
            List<String> values = m.values().stream().map(String::valueOf).toList();
            changes.add(new PlannedAction.AttributeChange(
                    m.attribute(),
                    m.operation() == Modification.Operation.DELETE ? values : List.of(),
                    m.operation() == Modification.Operation.DELETE ? List.of() : values));
        }
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

    private void error(String forest, String dn, String reason) {
        recorder.record(new PlannedAction(Action.ERROR, forest, dn, List.of(), reason));
    }
}
