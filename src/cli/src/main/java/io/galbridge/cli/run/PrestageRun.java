package io.galbridge.cli.run;

import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.identity.Identity;
import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.prestage.PrestageOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Pre-stages source mailboxes as mail users in the target (what Prepare-MoveRequest.ps1 does): resolves
 * each identity in the source forests, creates the {@code mailUser} through a target facade configured
 * with the pre-staging switches (the target connector plans it: new mail user, merge, ADMT clean-up,
 * contact conversion, or a refusal naming the conflicting objects), then writes the mail user's {@code
 * writeBackX500} values to the source. A refusal is a per-object error. Confined to one thread.
 *
 * <p>Dry run: identities are resolved and each mailbox's existing replica is named (conversion or
 * update), but the target connector's plan, and any refusal, only happen when it writes.
 */
public final class PrestageRun {

    private final Facades facades;
    private final RunRecorder recorder;
    private final OwnershipMarker ownership;

    /**
     * @param facades the connectors; never null
     * @param recorder prints, journals and counts; never null
     */
    public PrestageRun(Facades facades, RunRecorder recorder) {
        this.facades = facades;
        this.recorder = recorder;
        this.ownership = facades.config().rules().settings().ownership();
    }

    /**
     * The target connector properties of the pre-staging switches for mailboxes of one source forest: the
     * MailboxDeliveryDomain is the {@code --mailbox-delivery-domain} option when given, else the source
     * forest's configured {@code deliveryDomain}, else none (the mail user's targetAddress is then the
     * mailbox's primary SMTP address, Prepare-MoveRequest's default).
     */
    public static Map<String, Object> switches(PrestageOptions options, ForestConnection source) {
        Map<String, Object> p = switches(options);
        if (source.deliveryDomain() != null) {
            p.putIfAbsent("mailboxDeliveryDomain", source.deliveryDomain());
        }
        return p;
    }

    /** The target connector properties of the pre-staging switches. */
    public static Map<String, Object> switches(PrestageOptions options) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("useLocalObject", options.useLocalObject());
        p.put("overwriteLocalObject", options.overwriteLocalObject());
        p.put("linkedMailUser", options.linkedMailUser());
        p.put("disableEmailAddressPolicy", options.disableEmailAddressPolicy());
        options.deliveryDomain().ifPresent(d -> p.put("mailboxDeliveryDomain", d));
        return p;
    }

    /** Pre-stages each identity. */
    public void run(List<Identity> identities, PrestageOptions options) {
        ConnectorFacade target = facades.target(switches(options));
        Map<ForestConnection, ConnectorFacade> targets = new LinkedHashMap<>();
        ReplicaInput input = ReplicaInput.of(target, ObjectClassNames.MAIL_USER);
        TargetReplicas contacts = TargetReplicas.read(target, ObjectClassNames.GAL_CONTACT);
        TargetReplicas mailUsers = TargetReplicas.read(target, ObjectClassNames.MAIL_USER);
        Map<ForestConnection, ConnectorFacade> sources = new LinkedHashMap<>();
        for (ForestConnection forest : facades.config().sources()) {
            sources.put(forest, facades.source(forest, Map.of()));
        }
        for (Identity identity : identities) {
            List<Map.Entry<ForestConnection, ConnectorObject>> found = new ArrayList<>();
            sources.forEach((forest, facade) ->
                    SourceLookup.find(facade, identity).forEach(o -> found.add(Map.entry(forest, o))));
            String name = identity.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + identity.value();
            if (found.size() != 1) {
                recorder.record(new PlannedAction(
                        Action.ERROR,
                        "source",
                        name,
                        List.of(),
                        found.isEmpty()
                                ? "no source recipient has this identity"
                                : "ambiguous: "
                                        + found.stream()
                                                .map(e -> e.getValue().getName().getNameValue())
                                                .toList()));
                continue;
            }
            ForestConnection forest = found.get(0).getKey();
            prestage(
                    forest,
                    sources.get(forest),
                    targets.computeIfAbsent(forest, f -> facades.target(switches(options, f))),
                    input,
                    contacts,
                    mailUsers,
                    found.get(0).getValue());
        }
    }

    private void prestage(
            ForestConnection forest,
            ConnectorFacade source,
            ConnectorFacade target,
            ReplicaInput input,
            TargetReplicas contacts,
            TargetReplicas mailUsers,
            ConnectorObject recipient) {
        String sourceDn = recipient.getName().getNameValue();
        String mark = ownership.value(
                forest.forest(), ExchangeGuid.parse(recipient.getUid().getUidValue()));
        Optional<ConnectorObject> contact = contacts.byMark(mark);
        Optional<ConnectorObject> before = mailUsers.byMark(mark);
        String targetForest = facades.config().target().forest();
        if (recorder.dryRun()) {
            String what = before.map(b -> "update mail user " + b.getName().getNameValue())
                    .or(() -> contact.map(
                            c -> "convert GAL contact " + c.getName().getNameValue()))
                    .orElse("create a mail user in " + facades.config().target().mailUserOu());
            recorder.record(new PlannedAction(
                    contact.isPresent() && before.isEmpty()
                            ? Action.CONVERT
                            : before.isPresent() ? Action.UPDATE : Action.CREATE,
                    targetForest,
                    sourceDn,
                    List.of(),
                    what + "; the target connector plans the exact attributes, and any refusal, only when it"
                            + " writes, so a dry run cannot show them"));
            return;
        }
        Uid uid;
        try {
            uid = target.create(input.objectClass(), input.attributes(recipient), null);
        } catch (ConnectionFailedException e) {
            throw e;
        } catch (ConnectorException | IllegalArgumentException e) {
            recorder.record(new PlannedAction(
                    Action.ERROR, forest.forest(), sourceDn, List.of(), String.valueOf(e.getMessage())));
            return;
        }
        ConnectorObject after = target.getObject(input.objectClass(), uid, null);
        if (after == null) {
            recorder.record(new PlannedAction(
                    Action.ERROR, targetForest, sourceDn, List.of(), "mail user " + uid.getUidValue() + " vanished"));
            return;
        }
        mailUsers.put(after);
        String dn = after.getName().getNameValue();
        if (before.isPresent()) {
            List<PlannedAction.AttributeChange> diff = ObjectDiff.between(before.get(), after);
            recorder.record(new PlannedAction(
                    diff.isEmpty() ? Action.SKIP : Action.UPDATE, targetForest, dn, diff, "mail user of " + sourceDn));
        } else if (contact.isPresent()) {
            contacts.remove(contact.get());
            recorder.record(new PlannedAction(
                    Action.CONVERT,
                    targetForest,
                    dn,
                    ObjectDiff.between(contact.get(), after),
                    "GAL contact " + contact.get().getName().getNameValue() + " converted into the mail user of "
                            + sourceDn));
        } else {
            recorder.record(new PlannedAction(
                    Action.CREATE, targetForest, dn, ObjectDiff.created(after), "mail user of " + sourceDn));
        }
        Attribute writeBack = after.getAttributeByName("writeBackX500");
        if (writeBack != null && writeBack.getValue() != null) {
            List<String> values =
                    writeBack.getValue().stream().map(String::valueOf).toList();
            new X500BackFlow(source, recorder, forest.forest()).add(recipient, values, "X500 of mail user " + dn);
        }
    }
}
