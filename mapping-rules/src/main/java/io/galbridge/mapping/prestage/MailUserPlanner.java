package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.LegacyExchangeDnGenerator;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides what pre-staging does for one source mailbox (spec 2.6 decision matrix, 2.7–2.10, E7,
 * E12, E13, E24) and builds the plan. Pure: every directory read is done by the caller, which
 * passes the source lookup result and the forest-wide target candidates. Immutable and thread-safe
 * when its collaborators are.
 */
public final class MailUserPlanner {

    private final PrestageProfile profile;
    private final PrestageOptions options;
    private final Ownership ownership;
    private final MailUserNaming naming;
    private final OwnershipStamp stamp;

    /**
     * @param profile the target forest's MEU OU, legacyExchangeDN prefix and configuration NC
     * @param options the switches
     * @param names the forest-wide name availability
     * @param ownership recognises the objects galbridge owns
     * @param guids the source of legacyExchangeDN suffixes ({@code UUID::randomUUID} in production)
     */
    public MailUserPlanner(
            PrestageProfile profile,
            PrestageOptions options,
            NameAvailability names,
            Ownership ownership,
            Supplier<UUID> guids) {
        this(profile, options, names, Objects.requireNonNull(ownership, "ownership"), null, guids);
    }

    /**
     * A planner whose ownership is galbridge's marker: objects carrying it are owned, and every MEU it
     * creates, converts or adopts gets it (the production configuration).
     *
     * @param profile the target forest's MEU OU, legacyExchangeDN prefix and configuration NC
     * @param options the switches
     * @param names the forest-wide name availability
     * @param stamp the ownership marker of the source forest
     * @param guids the source of legacyExchangeDN suffixes ({@code UUID::randomUUID} in production)
     */
    public MailUserPlanner(
            PrestageProfile profile,
            PrestageOptions options,
            NameAvailability names,
            OwnershipStamp stamp,
            Supplier<UUID> guids) {
        this(profile, options, names, Objects.requireNonNull(stamp, "stamp").ownership(), stamp, guids);
    }

    private MailUserPlanner(
            PrestageProfile profile,
            PrestageOptions options,
            NameAvailability names,
            Ownership ownership,
            OwnershipStamp stamp,
            Supplier<UUID> guids) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.options = Objects.requireNonNull(options, "options");
        this.ownership = ownership;
        this.stamp = stamp;
        this.naming = new MailUserNaming(
                profile,
                Objects.requireNonNull(names, "names"),
                new LegacyExchangeDnGenerator(profile.legacyExchangeDnPrefix(), guids));
    }

    /** {@code attributes} plus the ownership mark, when this planner stamps and the source names a GUID. */
    private List<Modification> stamped(SourceMailbox src, List<Modification> attributes, DirectoryEntry existing) {
        if (stamp == null) {
            return attributes;
        }
        Optional<Modification> mark = stamp.stampFor(src.entry());
        if (mark.isEmpty() || (existing != null && AttributeList.holds(existing, mark.get()))) {
            return attributes;
        }
        // the mark replaces a value copied into its attribute (description, extensionAttributeN): an ADD with
        // the attribute twice is refused by AD
        List<Modification> out = new ArrayList<>();
        for (Modification m : attributes) {
            if (!m.attribute().equalsIgnoreCase(mark.get().attribute())) {
                out.add(m);
            }
        }
        out.add(mark.get());
        return out;
    }

    /**
     * Plans pre-staging of the mailbox the source lookup returned.
     *
     * @param sourceLookup the source entries found for one identity (one expected), never null
     * @param targetCandidates the target objects found forest-wide by master SID, proxy address and
     *     X500 (a superset; real matches are decided here), never null
     * @return the plan, never null
     */
    public MailUserPlan plan(List<DirectoryEntry> sourceLookup, List<DirectoryEntry> targetCandidates) {
        SourceMailbox.Validated validated = SourceMailbox.validate(sourceLookup);
        if (validated.refusal() != null) {
            return validated.refusal();
        }
        SourceMailbox src = validated.mailbox();
        try {
            return decide(src, TargetMatcher.matches(src, targetCandidates));
        } catch (IllegalArgumentException e) {
            return Refusals.refuse(
                    RefusalReason.INVALID_DIRECTORY_DATA,
                    src,
                    List.of(),
                    "Cannot plan " + src.dn() + ": " + e.getMessage(),
                    null);
        }
    }

    private MailUserPlan decide(SourceMailbox src, List<DirectoryEntry> matches) {
        Optional<TargetAddress> target = targetAddress(src);
        if (matches.isEmpty()) {
            return target.isEmpty() ? Refusals.noTargetAddress(src) : create(src, target.get());
        }
        if (matches.size() == 2) {
            Optional<MailUserPlan> resumed = resumedConversion(src, matches, target);
            if (resumed.isPresent()) {
                return resumed.get();
            }
        }
        if (matches.size() > 1) {
            return Refusals.refuse(
                    RefusalReason.MULTIPLE_TARGET_MATCHES,
                    src,
                    Refusals.dns(matches),
                    matches.size()
                            + " target objects share addresses or the master SID of " + src.dn() + ": "
                            + Refusals.dns(matches)
                            + "; remove the duplicates first (mailbox not ready to move)",
                    null);
        }
        DirectoryEntry match = matches.get(0);
        TargetKind kind = TargetKind.of(match, profile.configurationNamingContext());
        boolean owned = ownership.isOwned(match);
        return switch (kind) {
            case MAILBOX, MAIL_DISTRIBUTION_GROUP ->
                Refusals.refuse(
                        RefusalReason.TARGET_IS_MAILBOX_OR_GROUP,
                        src,
                        List.of(match.dn()),
                        "A " + Refusals.describe(kind) + " in the target, " + match.dn()
                                + ", already has the addresses or master SID of " + src.dn(),
                        null);
            case MAIL_USER ->
                owned || options.useLocalObject()
                        ? withTarget(src, target, t -> merge(src, match, owned, t))
                        : Refusals.needsSwitch(src, match, kind, RefusalReason.USE_LOCAL_OBJECT_REQUIRED);
            case MAIL_CONTACT ->
                owned || options.useLocalObject()
                        ? withTarget(
                                src,
                                target.or(() -> match.string(AttributeNames.TARGET_ADDRESS)
                                        .map(TargetAddress::parse)),
                                t -> convert(src, match, Optional.empty(), t))
                        : Refusals.needsSwitch(src, match, kind, RefusalReason.USE_LOCAL_OBJECT_REQUIRED);
            case PLAIN_USER, ADMT_USER ->
                options.useLocalObject()
                        ? withTarget(src, target, t -> clean(src, match, t))
                        : Refusals.needsSwitch(src, match, kind, RefusalReason.UNSUPPORTED_TARGET_TYPE);
            case OTHER ->
                Refusals.refuse(
                        RefusalReason.UNSUPPORTED_TARGET_TYPE,
                        src,
                        List.of(match.dn()),
                        "An object of another type (" + String.join(",", match.objectClasses()) + "), " + match.dn()
                                + ", already has the addresses or master SID of " + src.dn(),
                        null);
        };
    }

    /** The "both objects present with the same proxies" moment of an interrupted conversion (E13). */
    private Optional<MailUserPlan> resumedConversion(
            SourceMailbox src, List<DirectoryEntry> matches, Optional<TargetAddress> target) {
        DirectoryEntry contact = null;
        DirectoryEntry meu = null;
        for (DirectoryEntry m : matches) {
            TargetKind kind = TargetKind.of(m, profile.configurationNamingContext());
            if (kind == TargetKind.MAIL_CONTACT) {
                contact = m;
            } else if (kind == TargetKind.MAIL_USER) {
                meu = m;
            }
        }
        if (contact == null || meu == null || !(ownership.isOwned(contact) || options.useLocalObject())) {
            return Optional.empty();
        }
        List<ProxyAddress> held = ProxyValues.parseLenient(meu.strings(AttributeNames.PROXY_ADDRESSES));
        List<ProxyAddress> contactAddresses = ProxyValues.parseLenient(contact.strings(AttributeNames.PROXY_ADDRESSES));
        if (!ProxyValues.holdsAll(held, contactAddresses)) {
            return Optional.empty();
        }
        DirectoryEntry existing = meu;
        DirectoryEntry c = contact;
        Optional<TargetAddress> t =
                target.or(() -> c.string(AttributeNames.TARGET_ADDRESS).map(TargetAddress::parse));
        return Optional.of(withTarget(src, t, ta -> convert(src, c, Optional.of(existing), ta)));
    }

    private MailUserPlan create(SourceMailbox src, TargetAddress target) {
        Optional<MailUserAttributes.Names> chosen =
                naming.newNames(src, src.entry().string(AttributeNames.CN).orElse(src.mailNickname()));
        Optional<LegacyExchangeDn> legDn = naming.newLegacyExchangeDn(src);
        if (chosen.isEmpty() || legDn.isEmpty()) {
            return Refusals.nameNotAvailable(src, profile.mailUserOu());
        }
        String dn = NamingRules.childDn(chosen.get().cn(), profile.mailUserOu());
        List<Modification> attributes =
                stamped(src, MailUserAttributes.newMailUser(src, options, chosen.get(), target, legDn.get()), null);
        return new MailUserPlan.CreateMailUser(
                EntryChange.create(dn, attributes),
                LinkRequest.forSource(src),
                new WriteBack(src.dn(), List.of(WriteBack.x500(legDn.get()))),
                src.warnings());
    }

    private MailUserPlan merge(SourceMailbox src, DirectoryEntry meu, boolean owned, TargetAddress target) {
        Optional<LegacyExchangeDn> newLegDn = Optional.empty();
        if (LocalObjectChanges.needsNewLegacyExchangeDn(meu, src, owned)) {
            newLegDn = naming.newLegacyExchangeDn(src);
            if (newLegDn.isEmpty()) {
                return Refusals.nameNotAvailable(src, profile.mailUserOu());
            }
        }
        List<Modification> mods =
                stamped(src, LocalObjectChanges.merge(src, meu, options, owned, target, newLegDn), meu);
        LegacyExchangeDn legDn =
                newLegDn.or(() -> MailUserAttributes.legacyExchangeDn(meu)).orElseThrow();
        List<ProxyAddress> x500s = new ArrayList<>();
        if (owned) {
            ProxyValues.parseLenient(meu.strings(AttributeNames.PROXY_ADDRESSES)).stream()
                    .filter(ProxyAddress::isX500)
                    .filter(p -> !p.equals(src.legacyExchangeDn().asX500()))
                    .map(p -> new ProxyAddress("x500", p.address()))
                    .forEach(x500s::add);
        }
        x500s.add(WriteBack.x500(legDn));
        return new MailUserPlan.MergeIntoMailUser(
                meu.dn(),
                EntryChange.modify(meu.dn(), mods),
                options.overwriteLocalObject() ? LinkRequest.forSource(src) : List.of(),
                new WriteBack(src.dn(), x500s),
                src.warnings());
    }

    private MailUserPlan clean(SourceMailbox src, DirectoryEntry user, TargetAddress target) {
        Optional<LegacyExchangeDn> newLegDn = Optional.empty();
        if (LocalObjectChanges.needsNewLegacyExchangeDn(user, src, false)) {
            newLegDn = naming.newLegacyExchangeDn(src);
            if (newLegDn.isEmpty()) {
                return Refusals.nameNotAvailable(src, profile.mailUserOu());
            }
        }
        List<Modification> mods = stamped(src, LocalObjectChanges.clean(src, user, options, target, newLegDn), user);
        LegacyExchangeDn legDn =
                newLegDn.or(() -> MailUserAttributes.legacyExchangeDn(user)).orElseThrow();
        return new MailUserPlan.CleanAdmtUser(
                user.dn(),
                EntryChange.modify(user.dn(), mods),
                LinkRequest.forSource(src),
                new WriteBack(src.dn(), List.of(WriteBack.x500(legDn))),
                src.warnings());
    }

    private MailUserPlan convert(
            SourceMailbox src, DirectoryEntry contact, Optional<DirectoryEntry> existing, TargetAddress target) {
        SpecialMailboxType type = src.type() != SpecialMailboxType.REGULAR
                ? src.type()
                : SpecialMailboxType.ofContactDisplayType(contact.string(AttributeNames.RECIPIENT_DISPLAY_TYPE)
                        .map(s -> java.util.OptionalInt.of(Integer.parseInt(s.strip())))
                        .orElse(java.util.OptionalInt.empty()));
        Optional<MailUserAttributes.Names> chosen = existing.isPresent()
                ? Optional.of(naming.existingNames(src, existing.get()))
                : naming.newNames(src, src.entry().string(AttributeNames.CN).orElse(src.mailNickname()));
        Optional<LegacyExchangeDn> legDn =
                existing.flatMap(MailUserAttributes::legacyExchangeDn).or(() -> naming.newLegacyExchangeDn(src));
        if (chosen.isEmpty() || legDn.isEmpty()) {
            return Refusals.nameNotAvailable(src, profile.mailUserOu());
        }
        String dn = existing.map(DirectoryEntry::dn)
                .orElseGet(() -> NamingRules.childDn(chosen.get().cn(), profile.mailUserOu()));
        List<LinkRule> links = new ArrayList<>(LinkRule.STANDARD);
        if (type == SpecialMailboxType.TEAM) {
            links.addAll(LinkRule.TEAM_MAILBOX);
        }
        ContactConversion conversion = new ContactConversion(
                src.dn(),
                contact.dn(),
                dn,
                ProxyValues.parseLenient(contact.strings(AttributeNames.PROXY_ADDRESSES)),
                MailUserAttributes.legacyExchangeDn(contact),
                src.legacyExchangeDn(),
                stamped(
                        src,
                        MailUserAttributes.convertedContact(src, contact, options, chosen.get(), target, type),
                        null),
                MailUserAttributes.completion(src),
                legDn.get(),
                links);
        return new MailUserPlan.ConvertContact(conversion, src.warnings());
    }

    private Optional<TargetAddress> targetAddress(SourceMailbox src) {
        return TargetAddressRule.choose(src.proxyAddresses(), options.mailboxDeliveryDomain());
    }

    private MailUserPlan withTarget(
            SourceMailbox src,
            Optional<TargetAddress> target,
            java.util.function.Function<TargetAddress, MailUserPlan> f) {
        return target.isPresent() ? f.apply(target.get()) : Refusals.noTargetAddress(src);
    }
}
