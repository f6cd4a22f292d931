package io.galbridge.mapping.postmove;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.config.PostMoveSettings;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.RecipientTypeDetails;
import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The post-move rules (spec 4): detect completion, flip the source mailbox into a mail user that points
 * at the target, retarget the other replicas, and flip the authority. Stateless; every plan is
 * idempotent: run again on the changed objects it plans nothing more.
 *
 * <p><b>Store-side caveat.</b> Removing homeMDB, homeMTA and msExchHomeServerName by LDAP does not
 * delete or disconnect the mailbox in the source store; Exchange then holds an orphaned store mailbox.
 * The supported way is Disable-Mailbox followed by Enable-MailUser in the source forest (what MRS and
 * Exchange 2007's MailEnableSourceAccount do). So the LDAP removal happens only with {@link
 * PostMoveSettings#removeMailboxAttributes()}; without it, while the source still has homeMDB, the plan
 * changes nothing on the source and says which Exchange step is required; once homeMDB is gone, the
 * flip completes the remaining attributes.
 */
public final class PostMoveRules {

    private static final List<String> MAILBOX_ATTRIBUTES =
            List.of(AttributeNames.HOME_MDB, AttributeNames.HOME_MTA, AttributeNames.HOME_SERVER_NAME);

    private final ForestProfile targetForest;
    private final PostMoveSettings settings;
    private final OwnershipMarker ownership;

    /**
     * @param targetForest the forest the mailbox moved to; its target delivery domain picks the routing
     *     address
     * @param settings the post-move switches
     * @param ownership the ownership mark; only marked replicas are retargeted
     */
    public PostMoveRules(ForestProfile targetForest, PostMoveSettings settings, OwnershipMarker ownership) {
        this.targetForest = Objects.requireNonNull(targetForest, "target forest");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
    }

    /**
     * Plans the post-move work for one person.
     *
     * @param source the source object (mailbox before the flip, mail user after)
     * @param target the linked target object (pre-staged mail user, or mailbox after the move)
     * @param replicas the person's replicas in other forests (contacts: every object found to represent the
     *     person, by ownership mark or by an X500 of its legacyExchangeDN); only those whose galbridge mark
     *     names the source object are changed, the others are named in the notes
     */
    public PostMovePlan plan(DirectoryEntry source, DirectoryEntry target, List<DirectoryEntry> replicas) {
        MoveState state = MoveState.of(source, target);
        if (state != MoveState.COMPLETED) {
            return new PostMovePlan(state, Authority.SOURCE, null, List.of(), List.of(), List.of());
        }
        List<String> notes = new ArrayList<>();
        Optional<TargetAddress> routing = routingAddress(source, target, notes);
        if (routing.isEmpty()) {
            return new PostMovePlan(state, Authority.TARGET, null, List.of(), List.of(), notes);
        }
        List<EntryChange> sourceChanges = sourceFlip(source, target, routing.get(), notes);
        List<EntryChange> replicaChanges = new ArrayList<>();
        if (settings.replicasRouteDirect()) {
            for (DirectoryEntry replica : replicas) {
                retarget(source, replica, routing.get(), replicaChanges, notes);
            }
        }
        return new PostMovePlan(state, Authority.TARGET, routing.get(), sourceChanges, replicaChanges, notes);
    }

    /**
     * Retargets one replica (spec 4.3 "GAL contacts in third forests"): only a replica whose ownership mark
     * names this person's source object (or any galbridge mark when the source entry carries no objectGUID)
     * gets targetAddress replaced by the routing address; a replica that already has it is left alone, so a
     * rerun plans nothing. Other objects are named in a note and left: a foreign contact belongs to its
     * tool, and a galbridge replica of another object (e.g. of another forest's contact for this person)
     * follows that object at its next sync.
     */
    private void retarget(
            DirectoryEntry source,
            DirectoryEntry replica,
            TargetAddress routing,
            List<EntryChange> replicaChanges,
            List<String> notes) {
        if (replica.dn().equalsIgnoreCase(source.dn())) {
            return;
        }
        Optional<OwnershipMarker.Owner> owner =
                replica.string(ownership.attribute()).flatMap(OwnershipMarker::parse);
        if (owner.isEmpty()) {
            notes.add("Replica " + replica.dn() + " is not owned by galbridge; its targetAddress is left");
            return;
        }
        Optional<ExchangeGuid> person = source.objectGuid();
        if (person.isPresent() && !person.get().equals(owner.get().sourceGuid())) {
            notes.add("Replica " + replica.dn() + " represents " + owner.get().sourceForest() + " object "
                    + owner.get().sourceGuid() + ", not " + source.dn() + "; it follows that object");
            return;
        }
        boolean current = replica.string(AttributeNames.TARGET_ADDRESS)
                .map(TargetAddress::parse)
                .filter(routing::equals)
                .isPresent();
        if (!current) {
            replicaChanges.add(EntryChange.modify(
                    replica.dn(), List.of(Modification.replace(AttributeNames.TARGET_ADDRESS, routing.value()))));
        }
    }

    /**
     * The routing address per spec 4.2: the first SMTP proxy (either role) of the target mailbox, else of
     * the source, whose domain equals the target delivery domain exactly (case-insensitive); or, with
     * {@link PostMoveSettings#addMissingRoutingProxy()}, {@code <mailNickname>@<domain>}.
     */
    Optional<TargetAddress> routingAddress(DirectoryEntry source, DirectoryEntry target, List<String> notes) {
        Optional<String> domain = targetForest.targetDeliveryDomainValue();
        if (domain.isEmpty()) {
            notes.add("Forest " + targetForest.forestName() + " has no target delivery domain; the source "
                    + source.dn() + " cannot be pointed at its moved mailbox " + target.dn());
            return Optional.empty();
        }
        for (DirectoryEntry e : List.of(target, source)) {
            for (String value : e.strings(AttributeNames.PROXY_ADDRESSES)) {
                ProxyAddress p = ProxyAddress.parse(value);
                if (p.isSmtpInDomain(domain.get())) {
                    return Optional.of(TargetAddress.smtp(p.address()));
                }
            }
        }
        Optional<String> alias = source.string(AttributeNames.MAIL_NICKNAME);
        if (settings.addMissingRoutingProxy() && alias.isPresent()) {
            return Optional.of(TargetAddress.smtp(alias.get() + "@" + domain.get()));
        }
        notes.add("Neither " + target.dn() + " nor " + source.dn() + " has an SMTP proxy in the target delivery domain "
                + domain.get() + "; add one (or allow addMissingRoutingProxy) before the source can be flipped");
        return Optional.empty();
    }

    private List<EntryChange> sourceFlip(
            DirectoryEntry source, DirectoryEntry target, TargetAddress routing, List<String> notes) {
        boolean stillMailbox = MAILBOX_ATTRIBUTES.stream().anyMatch(source::has);
        if (stillMailbox && !settings.removeMailboxAttributes()) {
            notes.add("Source " + source.dn() + " is still a mailbox: run Disable-Mailbox and Enable-MailUser"
                    + " -ExternalEmailAddress " + routing.address() + " in the source forest, or enable"
                    + " removeMailboxAttributes (the store mailbox is then orphaned)");
            return List.of();
        }
        List<Modification> mods = new ArrayList<>();
        if (stillMailbox) {
            for (String attribute : MAILBOX_ATTRIBUTES) {
                if (source.has(attribute)) {
                    mods.add(Modification.replace(attribute));
                }
            }
        }
        if (!source.string(AttributeNames.TARGET_ADDRESS)
                .map(TargetAddress::parse)
                .filter(routing::equals)
                .isPresent()) {
            mods.add(Modification.replace(AttributeNames.TARGET_ADDRESS, routing.value()));
        }
        replaceIfDifferent(
                source, AttributeNames.RECIPIENT_TYPE_DETAILS, RecipientTypeDetails.MAIL_USER.toLdapString(), mods);
        replaceIfDifferent(
                source,
                AttributeNames.RECIPIENT_DISPLAY_TYPE,
                settings.sourceDisplayType().toLdapString(),
                mods);
        ProxyAddressSet proxies = ProxyAddressSet.parse(source.strings(AttributeNames.PROXY_ADDRESSES));
        List<String> added = new ArrayList<>();
        ProxyAddress routingProxy = ProxyAddress.secondarySmtp(routing.address());
        if (!proxies.containsAddress(routingProxy)) {
            added.add(routingProxy.toString());
        }
        Optional<LegacyExchangeDn> targetLegacyDn =
                target.string(AttributeNames.LEGACY_EXCHANGE_DN).map(LegacyExchangeDn::parse);
        if (targetLegacyDn.isPresent()
                && !proxies.containsAddress(targetLegacyDn.get().asX500())) {
            added.add(targetLegacyDn.get().asX500().toString());
        }
        if (!added.isEmpty()) {
            mods.add(Modification.add(AttributeNames.PROXY_ADDRESSES, added.toArray(String[]::new)));
        }
        return mods.isEmpty() ? List.of() : List.of(EntryChange.modify(source.dn(), mods));
    }

    private static void replaceIfDifferent(DirectoryEntry e, String attribute, String value, List<Modification> mods) {
        if (!e.string(attribute).map(String::strip).filter(value::equals).isPresent()) {
            mods.add(Modification.replace(attribute, value));
        }
    }
}
