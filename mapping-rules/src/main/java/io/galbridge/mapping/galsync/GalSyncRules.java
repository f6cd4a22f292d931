package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.GalSyncSettings;
import io.galbridge.mapping.config.NormalisedDn;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.galsync.GalSyncDecision.Action;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.LegacyExchangeDnGenerator;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import io.galbridge.mapping.rules.AttributeFlow;
import io.galbridge.mapping.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The GAL-sync rules of galbridge's default mode (spec 3.9) for one source forest and one target
 * forest: for each source object, decide whether and how a contact represents it in the target.
 * Stateless apart from its configuration; thread-safe when the GUID source is.
 *
 * <p>Only objects carrying this source object's ownership mark ({@link OwnershipMarker}) are changed
 * or deleted; GALSync contacts under the GAL contact OU are adopted (E18) when enabled; contacts
 * outside that OU and objects of other owners are reported, never touched.
 */
public final class GalSyncRules {

    private final ForestProfile source;
    private final ForestProfile target;
    private final RuleSet rules;
    private final GalSyncSettings settings;
    private final ContactNamer namer;
    private final LegacyExchangeDnGenerator legacyDns;
    // derived once from the configuration above: the decisions need them per object
    private final String contactOu;
    private final NormalisedDn contactOuDn;
    private final List<AttributeFlow> flows;
    private final ForestOus sourceOus;
    private final NormalisedDn targetGalContactOu;

    /**
     * @param source the source forest's profile (the rule set's overrides are applied)
     * @param target the target forest's profile
     * @param rules the rule set
     * @param guids the source of the GUIDs in generated legacyExchangeDNs ({@code UUID::randomUUID})
     */
    public GalSyncRules(ForestProfile source, ForestProfile target, RuleSet rules, Supplier<UUID> guids) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.source = rules.apply(Objects.requireNonNull(source, "source forest"));
        this.target = rules.apply(Objects.requireNonNull(target, "target forest"));
        this.settings = rules.settings();
        this.namer = new ContactNamer(settings.naming());
        this.legacyDns = this.target
                .legacyExchangeDnPrefixValue()
                .map(p -> new LegacyExchangeDnGenerator(p, guids))
                .orElse(null);
        this.contactOu = settings.contactOu(this.source, this.target);
        this.contactOuDn = NormalisedDn.of(contactOu);
        this.flows = rules.effectiveFlows();
        this.sourceOus = ForestOus.of(this.source);
        this.targetGalContactOu = NormalisedDn.of(this.target.galContactOu());
    }

    /** The OU where this source forest's replicas live in the target. */
    public String contactOu() {
        return contactOu;
    }

    /**
     * Decides for one source object.
     *
     * @param recipient the source object
     * @param state what the target holds for it
     * @return the decision; never null
     */
    public GalSyncDecision decide(SourceRecipient recipient, TargetState state) {
        DirectoryEntry entry = recipient.entry();
        GalSourceKind kind = GalSourceKind.of(entry);
        Optional<ExchangeGuid> guid = entry.objectGuid();
        if (guid.isEmpty()) {
            return GalSyncDecision.noChange(
                    Action.ERROR, null, null, "Source " + entry.dn() + " has no objectGUID; it cannot be linked");
        }
        String mark = settings.ownership().value(source.forestName(), guid.get());
        Joined joined = Joined.of(
                state.joined(), targetGalContactOu, settings.ownership().attribute(), mark);
        if (!joined.users().isEmpty()) {
            return GalSyncDecision.noChange(
                    Action.REPRESENTED_BY_USER,
                    null,
                    null,
                    "Source " + entry.dn() + " is represented in " + target.forestName() + " by " + dns(joined.users())
                            + "; no contact is created" + joined.contactNote());
        }
        if (recipient.prestagingScope() && kind == GalSourceKind.MAILBOX) {
            return GalSyncDecision.noChange(
                    Action.LEAVE_TO_PRESTAGE,
                    null,
                    null,
                    "Source " + entry.dn() + " is in pre-staging scope; the pre-staging rules decide its representation"
                            + joined.contactNote());
        }
        if (joined.owned().size() + joined.galSync().size() > 1
                || !joined.otherOwners().isEmpty()) {
            return GalSyncDecision.noChange(
                    Action.CONFLICT,
                    null,
                    null,
                    "Source " + entry.dn() + " joins more than one contact in " + target.forestName() + ": "
                            + dns(joined.owned()) + dns(joined.galSync()) + dns(joined.otherOwners())
                            + "; resolve by deleting the duplicates");
        }
        DirectoryEntry replica =
                joined.owned().isEmpty() ? null : joined.owned().get(0);
        Optional<ScopeReason> reason = SourceScope.outOfScope(entry, kind, sourceOus, settings.includeHidden());
        if (reason.isPresent()) {
            return outOfScope(entry, reason.get(), replica);
        }
        boolean adopt = false;
        if (replica == null && !joined.galSync().isEmpty()) {
            if (!settings.adoptGalSyncContacts()) {
                return GalSyncDecision.noChange(
                        Action.CONFLICT,
                        null,
                        null,
                        "Contact " + joined.galSync().get(0).dn() + " (GALSync) represents " + entry.dn()
                                + "; adoption is switched off");
            }
            replica = joined.galSync().get(0);
            adopt = true;
        }
        if (replica == null && !joined.outside().isEmpty()) {
            return GalSyncDecision.noChange(
                    Action.CONFLICT,
                    null,
                    null,
                    "A contact for " + entry.dn() + " exists outside the GAL contact OU: " + dns(joined.outside())
                            + "; move it into " + target.galContactOu() + " to have it managed, or delete it");
        }
        try {
            return replica == null
                    ? ReplicaPlans.create(this, recipient, kind, state, mark)
                    : ReplicaPlans.update(this, recipient, kind, state, replica, adopt, mark);
        } catch (IllegalArgumentException e) {
            return GalSyncDecision.noChange(Action.ERROR, null, replica == null ? null : replica.dn(), e.getMessage());
        }
    }

    /**
     * Decides what happens to the target objects of a source object that was deleted (spec 3.7, E27):
     * owned contacts in the GAL contact OU are deleted (when {@link GalSyncSettings#deleteReplicas()});
     * pre-staged mail users and moved mailboxes are never deleted automatically but flagged, since a
     * source deleted after a move is normal decommissioning; objects galbridge does not own are reported.
     *
     * @param sourceGuid the deleted source object's objectGUID
     * @param joined the target objects joined to it (by ownership mark or X500)
     */
    public GalSyncDecision decideSourceDeleted(ExchangeGuid sourceGuid, List<DirectoryEntry> joined) {
        String mark = settings.ownership().value(source.forestName(), sourceGuid);
        Joined j = Joined.of(joined, targetGalContactOu, settings.ownership().attribute(), mark);
        List<EntryChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (DirectoryEntry contact : j.owned()) {
            if (settings.deleteReplicas()) {
                changes.add(EntryChange.delete(contact.dn()));
            } else {
                notes.add("Replica " + contact.dn() + " of deleted source " + sourceGuid + " is kept (deletion off)");
            }
        }
        for (DirectoryEntry user : j.users()) {
            String what = user.has(AttributeNames.HOME_MDB) ? "moved mailbox" : "pre-staged mail user";
            notes.add("The " + what + " " + user.dn() + " represents deleted source " + sourceGuid + " of "
                    + source.forestName() + "; it is kept, review it");
        }
        for (DirectoryEntry other : concat(j.galSync(), j.outside(), j.otherOwners())) {
            notes.add("Contact " + other.dn() + " is not owned by galbridge for " + sourceGuid + "; it is left alone");
        }
        Action action = changes.isEmpty() ? Action.OUT_OF_SCOPE : Action.DELETE;
        return new GalSyncDecision(action, null, changes, null, List.of(), notes);
    }

    private GalSyncDecision outOfScope(DirectoryEntry entry, ScopeReason reason, DirectoryEntry replica) {
        if (replica == null) {
            return GalSyncDecision.noChange(Action.OUT_OF_SCOPE, reason, null);
        }
        if (!settings.deleteReplicas()) {
            return GalSyncDecision.noChange(
                    Action.OUT_OF_SCOPE,
                    reason,
                    replica.dn(),
                    "Replica " + replica.dn() + " of out-of-scope " + entry.dn() + " is kept (deletion off)");
        }
        return new GalSyncDecision(
                Action.DELETE, reason, List.of(EntryChange.delete(replica.dn())), null, List.of(), List.of());
    }

    ForestProfile sourceForest() {
        return source;
    }

    ForestProfile targetForest() {
        return target;
    }

    RuleSet rules() {
        return rules;
    }

    /** Whether {@code dn} is the {@link #contactOu()}, compared as {@link io.galbridge.mapping.config.DnText#same}. */
    boolean isContactOu(String dn) {
        return NormalisedDn.of(dn).equals(contactOuDn);
    }

    /** The rule set's {@link RuleSet#effectiveFlows() effective flows}, computed once. */
    List<AttributeFlow> flows() {
        return flows;
    }

    ContactNamer namer() {
        return namer;
    }

    Optional<LegacyExchangeDn> newLegacyDn(String alias) {
        return Optional.ofNullable(legacyDns).map(g -> g.generate(alias));
    }

    static Modification replace(String attribute, List<Object> values) {
        return new Modification(attribute, Modification.Operation.REPLACE, values);
    }

    private static String dns(List<DirectoryEntry> entries) {
        return entries.stream().map(DirectoryEntry::dn).toList().toString();
    }

    @SafeVarargs
    private static List<DirectoryEntry> concat(List<DirectoryEntry>... lists) {
        List<DirectoryEntry> out = new ArrayList<>();
        for (List<DirectoryEntry> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** The joined target objects, sorted by role. */
    private record Joined(
            List<DirectoryEntry> users,
            List<DirectoryEntry> owned,
            List<DirectoryEntry> galSync,
            List<DirectoryEntry> otherOwners,
            List<DirectoryEntry> outside) {

        static Joined of(List<DirectoryEntry> joined, NormalisedDn galContactOu, String markAttribute, String mark) {
            Joined j = new Joined(
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (DirectoryEntry e : joined) {
                String m = e.string(markAttribute).orElse(null);
                if (!e.hasObjectClass("contact")) {
                    j.users.add(e);
                    continue;
                }
                boolean inOu = NormalisedDn.of(e.dn()).isWithin(galContactOu);
                if (mark.equalsIgnoreCase(m) && inOu) {
                    j.owned.add(e);
                } else if (OwnershipMarker.parse(m).isPresent()) {
                    j.otherOwners.add(e);
                } else if (inOu) {
                    j.galSync.add(e);
                } else {
                    j.outside.add(e);
                }
            }
            return j;
        }

        String contactNote() {
            List<DirectoryEntry> contacts = concat(owned, galSync, otherOwners, outside);
            return contacts.isEmpty() ? "" : "; contacts that also join: " + dns(contacts);
        }
    }
}
