package io.galbridge.mapping.readiness;

import static io.galbridge.mapping.model.AttributeNames.ARCHIVE_GUID;
import static io.galbridge.mapping.model.AttributeNames.ARCHIVE_NAME;
import static io.galbridge.mapping.model.AttributeNames.CN;
import static io.galbridge.mapping.model.AttributeNames.HIDE_FROM_ADDRESS_LISTS;
import static io.galbridge.mapping.model.AttributeNames.LEGACY_EXCHANGE_DN;
import static io.galbridge.mapping.model.AttributeNames.MAILBOX_GUID;
import static io.galbridge.mapping.model.AttributeNames.PROXY_ADDRESSES;
import static io.galbridge.mapping.model.AttributeNames.RECIPIENT_TYPE_DETAILS;
import static io.galbridge.mapping.model.AttributeNames.REMOTE_RECIPIENT_TYPE;
import static io.galbridge.mapping.model.AttributeNames.SAM_ACCOUNT_NAME;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.RecipientTypeDetails;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pre-flight for a source object that is to be pre-staged as a mail user in the target forest
 * (spec 2 and 6): reports every problem visible before a write. Pure and thread-safe.
 *
 * <p>Codes: GB-E1 (address held by other target objects), GB-E2 (same address on a target
 * mailbox), GB-E4 (no proxy in the TargetDeliveryDomain, or a targetAddress that would loop),
 * GB-E5 (no or invalid legacyExchangeDN), GB-E7 (linked mailbox), GB-E8 (resource mailbox),
 * GB-E9 (invalid account/master-SID state), GB-E10 (group), GB-E11 (hidden), GB-E17 (X500
 * write-back impossible), GB-E20 (hybrid remote mailbox), GB-E21 (CN needs the naming policy),
 * GB-E22 (sAMAccountName cannot be copied), GB-E23 (targetAddress not derivable), GB-E25
 * (archive GUID without name), GB-E26 (system mailbox), GB-NOT-MAILBOX (any other kind), GB-PROXY
 * (proxyAddresses unreadable).
 */
public final class SourceReadinessCheck {

    private static final int MAX_CN = 64;
    private static final int MAX_SAM = 20;

    private final ReadinessContext context;

    /** @param context the configuration and target-forest facts, never null */
    public SourceReadinessCheck(ReadinessContext context) {
        this.context = Objects.requireNonNull(context, "readiness context");
    }

    /**
     * Checks one source object.
     *
     * @param source the source entry
     * @param classification its classification in the source forest
     * @return the findings, errors and warnings, in a stable order; empty when ready
     */
    public List<Finding> check(DirectoryEntry source, Classification classification) {
        Findings out = new Findings(source.dn());
        RecipientKind kind = classification.kind();
        switch (kind) {
            case USER_MAILBOX, LINKED_MAILBOX, RESOURCE_MAILBOX -> checkMailbox(source, kind, out);
            case INVALID_MAILBOX ->
                out.error(
                        "GB-E9",
                        "Invalid mailbox: " + classification.reason() + ".",
                        "Enable the account and clear msExchMasterAccountSid, or keep it disabled and set"
                                + " msExchMasterAccountSid (SELF S-1-5-10 for a shared mailbox), then rerun.");
            case SYSTEM_MAILBOX ->
                out.error(
                        "GB-E26",
                        "System or infrastructure recipient: " + classification.reason() + ".",
                        "Exclude it from the pre-staging scope; it is not a move candidate.");
            case MAIL_GROUP ->
                out.error(
                        "GB-E10",
                        "Groups and dynamic lists cannot be pre-staged: " + classification.reason() + ".",
                        "Sync it as a GAL contact; migrate groups separately after the people are pre-staged.");
            default -> {
                if (isRemoteMailbox(source)) {
                    out.error(
                            "GB-E20",
                            "The mailbox is already remote (Exchange Online): " + classification.reason() + ".",
                            "Exclude it from cross-forest pre-staging; GAL replicas use its own targetAddress.");
                } else {
                    out.error(
                            "GB-NOT-MAILBOX",
                            "Only mailboxes can be pre-staged; this object is " + kind.code() + " " + kind + ": "
                                    + classification.reason() + ".",
                            "Remove it from the pre-staging scope.");
                }
            }
        }
        return out.list();
    }

    private static boolean isRemoteMailbox(DirectoryEntry source) {
        return source.has(REMOTE_RECIPIENT_TYPE)
                || source.longValue(RECIPIENT_TYPE_DETAILS).stream()
                        .anyMatch(v -> new RecipientTypeDetails(v).isRemoteMailbox());
    }

    private void checkMailbox(DirectoryEntry source, RecipientKind kind, Findings out) {
        if (kind == RecipientKind.LINKED_MAILBOX) {
            out.warning(
                    "GB-E7",
                    "Linked mailbox: its account lives in another forest (msExchMasterAccountSid).",
                    "If the target is the account forest, the matching user is mail-enabled instead of creating"
                            + " a second object; otherwise a linked mail user is created.");
        }
        if (kind == RecipientKind.RESOURCE_MAILBOX) {
            out.warning(
                    "GB-E8",
                    "Shared, room or equipment mailbox (msExchRecipientTypeDetails "
                            + source.string(RECIPIENT_TYPE_DETAILS).orElse("absent") + ").",
                    "The source type is recorded in the link store so that the post-move fix-up restores it.");
        }
        checkLegacyExchangeDn(source, out);
        Optional<ProxyAddressSet> proxies = proxies(source, out);
        proxies.ifPresent(p -> checkAddresses(source, p, out));
        if (!context.sourceProxyAddressesWritable()) {
            out.error(
                    "GB-E17",
                    "proxyAddresses in the source forest is not writable with the configured credentials, so the"
                            + " X500 of the target mail user's legacyExchangeDN cannot be written back.",
                    "Grant the source account write access to proxyAddresses on this object's OU, then rerun.");
        }
        checkNaming(source, out);
        if (source.booleanValue(HIDE_FROM_ADDRESS_LISTS).orElse(false)) {
            out.warning(
                    "GB-E11",
                    "msExchHideFromAddressLists is TRUE.",
                    "The mail user is created hidden as well; no GAL replica is created.");
        }
        if (source.has(ARCHIVE_GUID) && !source.has(ARCHIVE_NAME)) {
            out.error(
                    "GB-E25",
                    "msExchArchiveGUID is set but msExchArchiveName is missing, so the archive cannot move.",
                    "Set msExchArchiveName (Set-Mailbox -ArchiveName) or disable the archive, then rerun.");
        }
    }

    private static void checkLegacyExchangeDn(DirectoryEntry source, Findings out) {
        Optional<String> legDn = source.string(LEGACY_EXCHANGE_DN);
        if (legDn.isEmpty()) {
            out.error(
                    "GB-E5",
                    "The source has no legacyExchangeDN, so no X500 can carry it and the move would fail"
                            + " (MissingLegacyDNException).",
                    "Repair the source recipient with Exchange (Update-Recipient); galbridge never invents one.");
            return;
        }
        try {
            LegacyExchangeDn.parse(legDn.get());
        } catch (IllegalArgumentException e) {
            out.error("GB-E5", e.getMessage() + ".", "Repair the source legacyExchangeDN with Exchange tools.");
        }
    }

    private static Optional<ProxyAddressSet> proxies(DirectoryEntry source, Findings out) {
        try {
            return Optional.of(ProxyAddressSet.parse(source.strings(PROXY_ADDRESSES)));
        } catch (IllegalArgumentException e) {
            out.error("GB-PROXY", "proxyAddresses cannot be used: " + e.getMessage() + ".", "Correct the value.");
            return Optional.empty();
        }
    }

    private void checkAddresses(DirectoryEntry source, ProxyAddressSet proxies, Findings out) {
        Optional<ProxyAddress> primary = proxies.primarySmtp();
        Optional<String> mdd = context.mailboxDeliveryDomain();
        Optional<ProxyAddress> chosen =
                mdd.isPresent() ? proxies.smtpInDomain(mdd.get()).stream().findFirst() : primary;
        if (primary.isEmpty()) {
            out.error(
                    "GB-E23",
                    "proxyAddresses has no primary SMTP: value.",
                    "Give the source recipient a primary SMTP address.");
        }
        if (chosen.isEmpty() && mdd.isPresent()) {
            out.error(
                    "GB-E23",
                    "No SMTP proxy address in the MailboxDeliveryDomain " + mdd.get()
                            + ", so the target mail user's targetAddress cannot be derived.",
                    "Add smtp:<alias>@" + mdd.get() + " to the source proxyAddresses (e.g. via an address policy).");
        }
        chosen.filter(c -> context.isTargetAuthoritative(c.domain()))
                .ifPresent(c -> out.error(
                        "GB-E4",
                        "The target mail user's targetAddress would be " + c + ", in a domain the target forest is"
                                + " authoritative for: mail would loop.",
                        "Configure a MailboxDeliveryDomain that routes to the source forest only."));
        context.targetDeliveryDomain()
                .filter(tdd -> proxies.smtpInDomain(tdd).isEmpty())
                .ifPresent(tdd -> out.error(
                        "GB-E4",
                        "No SMTP proxy address in the TargetDeliveryDomain " + tdd
                                + ", so the move cannot stamp the source's new targetAddress.",
                        "Add smtp:<alias>@" + tdd + " to the source proxyAddresses before pre-staging."));
        checkTargetHolders(source, proxies, out);
    }

    private void checkTargetHolders(DirectoryEntry source, ProxyAddressSet proxies, Findings out) {
        Optional<ExchangeGuid> guid = source.guid(MAILBOX_GUID);
        Map<String, TargetDirectoryIndex.Holder> holders = new LinkedHashMap<>();
        Map<String, List<String>> shared = new LinkedHashMap<>();
        for (ProxyAddress p : proxies) {
            for (TargetDirectoryIndex.Holder h : context.target().holdersOf(p)) {
                holders.put(h.dn(), h);
                shared.computeIfAbsent(h.dn(), k -> new ArrayList<>()).add(p.toString());
            }
        }
        if (holders.size() > 1) {
            out.error(
                    "GB-E1",
                    "Multiple target objects hold this object's addresses: " + shared + ".",
                    "Remove the duplicates in the target forest so that at most one managed replica remains.");
        }
        for (TargetDirectoryIndex.Holder h : holders.values()) {
            boolean ownReplica = h.kind() == RecipientKind.GALSYNC_CONTACT || isOwnPrestagedMailUser(source, h);
            if (h.kind().isMailbox()) {
                out.error(
                        "GB-E2",
                        "Target mailbox " + h.dn() + " (" + h.kind().code() + ") already holds " + shared.get(h.dn())
                                + ".",
                        "Decide which mailbox is the person's, then exclude this object or free the addresses;"
                                + " galbridge never overwrites a mailbox.");
            } else if (!ownReplica) {
                out.error(
                        "GB-E1",
                        "Target object " + h.dn() + " (" + h.kind().code() + ") already holds " + shared.get(h.dn())
                                + ".",
                        "Remove the address from that object, or move it into the sync OU to have it adopted.");
            }
        }
    }

    /** The target mail user pre-staged for this very mailbox (same msExchMailboxGuid): a rerun. */
    private static boolean isOwnPrestagedMailUser(DirectoryEntry source, TargetDirectoryIndex.Holder holder) {
        Optional<ExchangeGuid> guid = source.guid(MAILBOX_GUID);
        return holder.kind() == RecipientKind.PRESTAGED_MAIL_USER
                && guid.isPresent()
                && holder.mailboxGuid().equals(guid);
    }

    private void checkNaming(DirectoryEntry source, Findings out) {
        source.string(CN)
                .filter(cn -> cn.length() > MAX_CN || !cn.chars().allMatch(c -> c < 128))
                .ifPresent(cn -> out.warning(
                        "GB-E21",
                        "cn '" + cn + "' is longer than " + MAX_CN + " characters or not ASCII.",
                        "The target CN is derived by the naming policy (truncation and uniqueness suffix)."));
        source.string(SAM_ACCOUNT_NAME).ifPresent(sam -> {
            if (sam.length() > MAX_SAM) {
                out.warning(
                        "GB-E22",
                        "sAMAccountName '" + sam + "' has " + sam.length() + " characters, more than AD's limit of "
                                + MAX_SAM + ".",
                        "A unique sAMAccountName of at most " + MAX_SAM + " characters is generated.");
            }
            context.target()
                    .samAccountNameOwner(sam)
                    .filter(owner -> !isOwnPrestagedMailUser(source, owner))
                    .ifPresent(owner -> out.warning(
                            "GB-E22",
                            "sAMAccountName '" + sam + "' is already used by " + owner.dn() + " in the target forest.",
                            "A unique sAMAccountName is generated; the source value is not copied."));
        });
    }
}
