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

    /** How many legacyExchangeDNs are generated before giving up on a unique one. */
    private static final int LEGACY_DN_ATTEMPTS = 10;

    private final PrestageProfile profile;
    private final PrestageOptions options;
    private final NameAvailability names;
    private final Ownership ownership;
    private final LegacyExchangeDnGenerator legacyDns;

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
        this.profile = Objects.requireNonNull(profile, "profile");
        this.options = Objects.requireNonNull(options, "options");
        this.names = Objects.requireNonNull(names, "names");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.legacyDns = new LegacyExchangeDnGenerator(profile.legacyExchangeDnPrefix(), guids);
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
            return refuse(
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
            return target.isEmpty() ? noTargetAddress(src) : create(src, target.get());
        }
        if (matches.size() == 2) {
            Optional<MailUserPlan> resumed = resumedConversion(src, matches, target);
            if (resumed.isPresent()) {
                return resumed.get();
            }
        }
        if (matches.size() > 1) {
            return refuse(
                    RefusalReason.MULTIPLE_TARGET_MATCHES,
                    src,
                    dns(matches),
                    matches.size()
                            + " target objects share addresses or the master SID of " + src.dn() + ": " + dns(matches)
                            + "; remove the duplicates first (mailbox not ready to move)",
                    null);
        }
        DirectoryEntry match = matches.get(0);
        TargetKind kind = TargetKind.of(match, profile.configurationNamingContext());
        boolean owned = ownership.isOwned(match);
        return switch (kind) {
            case MAILBOX, MAIL_DISTRIBUTION_GROUP ->
                refuse(
                        RefusalReason.TARGET_IS_MAILBOX_OR_GROUP,
                        src,
                        List.of(match.dn()),
                        "A " + describe(kind) + " in the target, " + match.dn()
                                + ", already has the addresses or master SID of " + src.dn(),
                        null);
            case MAIL_USER ->
                owned || options.useLocalObject()
                        ? withTarget(src, target, t -> merge(src, match, owned, t))
                        : needsSwitch(src, match, kind, RefusalReason.USE_LOCAL_OBJECT_REQUIRED);
            case MAIL_CONTACT ->
                owned || options.useLocalObject()
                        ? withTarget(
                                src,
                                target.or(() -> match.string(AttributeNames.TARGET_ADDRESS)
                                        .map(TargetAddress::parse)),
                                t -> convert(src, match, Optional.empty(), t))
                        : needsSwitch(src, match, kind, RefusalReason.USE_LOCAL_OBJECT_REQUIRED);
            case PLAIN_USER, ADMT_USER ->
                options.useLocalObject()
                        ? withTarget(src, target, t -> clean(src, match, t))
                        : needsSwitch(src, match, kind, RefusalReason.UNSUPPORTED_TARGET_TYPE);
            case OTHER ->
                refuse(
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
                newNames(src, src.entry().string(AttributeNames.CN).orElse(src.mailNickname()));
        Optional<LegacyExchangeDn> legDn = newLegacyExchangeDn(src);
        if (chosen.isEmpty() || legDn.isEmpty()) {
            return nameNotAvailable(src);
        }
        String dn = NamingRules.childDn(chosen.get().cn(), profile.mailUserOu());
        List<Modification> attributes = MailUserAttributes.newMailUser(src, options, chosen.get(), target, legDn.get());
        return new MailUserPlan.CreateMailUser(
                EntryChange.create(dn, attributes),
                sourceLinks(src),
                new WriteBack(src.dn(), List.of(WriteBack.x500(legDn.get()))),
                warnings(src));
    }

    private MailUserPlan merge(SourceMailbox src, DirectoryEntry meu, boolean owned, TargetAddress target) {
        Optional<LegacyExchangeDn> newLegDn = Optional.empty();
        if (LocalObjectChanges.needsNewLegacyExchangeDn(meu, src)) {
            newLegDn = newLegacyExchangeDn(src);
            if (newLegDn.isEmpty()) {
                return nameNotAvailable(src);
            }
        }
        List<Modification> mods = LocalObjectChanges.merge(src, meu, options, owned, target, newLegDn);
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
                options.overwriteLocalObject() ? sourceLinks(src) : List.of(),
                new WriteBack(src.dn(), x500s),
                warnings(src));
    }

    private MailUserPlan clean(SourceMailbox src, DirectoryEntry user, TargetAddress target) {
        Optional<LegacyExchangeDn> newLegDn = Optional.empty();
        if (LocalObjectChanges.needsNewLegacyExchangeDn(user, src)) {
            newLegDn = newLegacyExchangeDn(src);
            if (newLegDn.isEmpty()) {
                return nameNotAvailable(src);
            }
        }
        List<Modification> mods = LocalObjectChanges.clean(src, user, options, target, newLegDn);
        LegacyExchangeDn legDn =
                newLegDn.or(() -> MailUserAttributes.legacyExchangeDn(user)).orElseThrow();
        return new MailUserPlan.CleanAdmtUser(
                user.dn(),
                EntryChange.modify(user.dn(), mods),
                sourceLinks(src),
                new WriteBack(src.dn(), List.of(WriteBack.x500(legDn))),
                warnings(src));
    }

    private MailUserPlan convert(
            SourceMailbox src, DirectoryEntry contact, Optional<DirectoryEntry> existing, TargetAddress target) {
        SpecialMailboxType type = src.type() != SpecialMailboxType.REGULAR
                ? src.type()
                : SpecialMailboxType.ofContactDisplayType(contact.string(AttributeNames.RECIPIENT_DISPLAY_TYPE)
                        .map(s -> java.util.OptionalInt.of(Integer.parseInt(s.strip())))
                        .orElse(java.util.OptionalInt.empty()));
        Optional<MailUserAttributes.Names> chosen = existing.isPresent()
                ? Optional.of(existingNames(src, existing.get()))
                : newNames(src, src.entry().string(AttributeNames.CN).orElse(src.mailNickname()));
        Optional<LegacyExchangeDn> legDn =
                existing.flatMap(MailUserAttributes::legacyExchangeDn).or(() -> newLegacyExchangeDn(src));
        if (chosen.isEmpty() || legDn.isEmpty()) {
            return nameNotAvailable(src);
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
                MailUserAttributes.convertedContact(src, contact, options, chosen.get(), target, type),
                MailUserAttributes.completion(src),
                legDn.get(),
                links);
        return new MailUserPlan.ConvertContact(conversion, warnings(src));
    }

    private MailUserAttributes.Names existingNames(SourceMailbox src, DirectoryEntry meu) {
        String cn = meu.string(AttributeNames.CN).orElse(src.mailNickname());
        Optional<String> sam = meu.string(AttributeNames.SAM_ACCOUNT_NAME);
        Optional<String> upn = meu.string(AttributeNames.USER_PRINCIPAL_NAME);
        if (sam.isPresent()) {
            return new MailUserAttributes.Names(cn, sam.get(), upn);
        }
        return newNames(src, cn)
                .orElseThrow(
                        () -> new IllegalArgumentException("no free sAMAccountName for the existing MEU " + meu.dn()));
    }

    private Optional<MailUserAttributes.Names> newNames(SourceMailbox src, String wantedCn) {
        NamingRules rules = new NamingRules(names);
        Optional<String> cn = rules.uniqueCn(profile.mailUserOu(), wantedCn);
        Optional<String> sam = rules.uniqueSamAccountName(
                src.entry().string(AttributeNames.SAM_ACCOUNT_NAME).orElse(src.mailNickname()));
        if (cn.isEmpty() || sam.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sourceUpn = src.entry().string(AttributeNames.USER_PRINCIPAL_NAME);
        Optional<String> upn = sourceUpn.flatMap(u -> rules.uniqueUserPrincipalName(u, cn.get(), sam.get()));
        if (sourceUpn.isPresent() && upn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MailUserAttributes.Names(cn.get(), sam.get(), upn));
    }

    private Optional<LegacyExchangeDn> newLegacyExchangeDn(SourceMailbox src) {
        for (int i = 0; i < LEGACY_DN_ATTEMPTS; i++) {
            LegacyExchangeDn candidate = legacyDns.generate(src.mailNickname());
            if (names.isLegacyExchangeDnFree(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<TargetAddress> targetAddress(SourceMailbox src) {
        return TargetAddressRule.choose(src.proxyAddresses(), options.mailboxDeliveryDomain());
    }

    private MailUserPlan withTarget(
            SourceMailbox src,
            Optional<TargetAddress> target,
            java.util.function.Function<TargetAddress, MailUserPlan> f) {
        return target.isPresent() ? f.apply(target.get()) : noTargetAddress(src);
    }

    private static List<LinkRequest> sourceLinks(SourceMailbox src) {
        List<LinkRule> rules = new ArrayList<>(LinkRule.STANDARD);
        if (src.type() == SpecialMailboxType.TEAM) {
            rules.addAll(LinkRule.TEAM_MAILBOX);
        }
        List<LinkRequest> out = new ArrayList<>();
        for (LinkRule rule : rules) {
            for (String dn : src.entry().strings(rule.readAttribute())) {
                out.add(new LinkRequest(rule, dn));
            }
        }
        return out;
    }

    private static List<String> warnings(SourceMailbox src) {
        return src.enabledWithMasterSid()
                ? List.of("Source " + src.dn() + " is enabled yet has msExchMasterAccountSid "
                        + src.masterAccountSid().get() + " (invalid per Microsoft; E9)")
                : List.of();
    }

    private MailUserPlan needsSwitch(SourceMailbox src, DirectoryEntry match, TargetKind kind, RefusalReason reason) {
        return refuse(
                reason,
                src,
                List.of(match.dn()),
                "A " + describe(kind) + " in the target, " + match.dn()
                        + ", already has the addresses or master SID of " + src.dn() + "; rerun with useLocalObject to "
                        + (kind == TargetKind.MAIL_CONTACT
                                ? "convert it"
                                : kind == TargetKind.MAIL_USER ? "reuse it" : "mail-enable it"),
                PrestageSwitch.USE_LOCAL_OBJECT);
    }

    private static MailUserPlan noTargetAddress(SourceMailbox src) {
        return refuse(
                RefusalReason.NO_TARGET_ADDRESS,
                src,
                List.of(),
                "Cannot determine the targetAddress for " + src.dn()
                        + ": no primary SMTP proxy, or no SMTP proxy in the MailboxDeliveryDomain",
                null);
    }

    private MailUserPlan nameNotAvailable(SourceMailbox src) {
        return refuse(
                RefusalReason.NAME_NOT_AVAILABLE,
                src,
                List.of(),
                "No free CN in " + profile.mailUserOu()
                        + ", sAMAccountName, userPrincipalName or legacyExchangeDN could be found for " + src.dn(),
                null);
    }

    private static MailUserPlan refuse(
            RefusalReason reason, SourceMailbox src, List<String> dns, String message, PrestageSwitch sw) {
        return MailUserPlan.Refusal.of(reason, src.dn(), dns, message, sw);
    }

    private static List<String> dns(List<DirectoryEntry> entries) {
        return entries.stream().map(DirectoryEntry::dn).toList();
    }

    private static String describe(TargetKind kind) {
        return switch (kind) {
            case MAILBOX -> "mailbox";
            case MAIL_DISTRIBUTION_GROUP -> "mail-enabled distribution group";
            case MAIL_USER -> "mail user";
            case MAIL_CONTACT -> "mail contact";
            case PLAIN_USER -> "user that is not mail-enabled";
            case ADMT_USER -> "user with mailbox attributes copied from another forest";
            case OTHER -> "object";
        };
    }
}
