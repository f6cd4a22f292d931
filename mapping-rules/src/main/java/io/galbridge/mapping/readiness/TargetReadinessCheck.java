package io.galbridge.mapping.readiness;

import static io.galbridge.mapping.model.AttributeNames.HOME_MDB;
import static io.galbridge.mapping.model.AttributeNames.LEGACY_EXCHANGE_DN;
import static io.galbridge.mapping.model.AttributeNames.PROXY_ADDRESSES;
import static io.galbridge.mapping.model.AttributeNames.TARGET_ADDRESS;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pre-flight for a target-forest object (spec 6), optionally together with the source object it
 * represents. Pure and thread-safe.
 *
 * <p>Codes: GB-E12 (a "mailbox" whose homeMDB is in another forest: an ADMT copy), GB-E5 (a
 * pre-staged mail user without legacyExchangeDN), GB-E3 (its primary SMTP differs from the
 * source's), GB-E6 (it lacks the X500 of the source legacyExchangeDN), GB-E4 (its targetAddress
 * loops), GB-E24 (its targetAddress is not the configured one and will be corrected), GB-PROXY
 * (proxyAddresses unreadable).
 */
public final class TargetReadinessCheck {

    private final ReadinessContext context;

    /** @param context the configuration and target-forest facts, never null */
    public TargetReadinessCheck(ReadinessContext context) {
        this.context = Objects.requireNonNull(context, "readiness context");
    }

    /**
     * Checks one target object.
     *
     * @param target the target entry
     * @param classification its classification in the target forest
     * @param source the source entry it represents, if known (enables GB-E3 and GB-E6)
     * @return the findings in a stable order; empty when ready
     */
    public List<Finding> check(DirectoryEntry target, Classification classification, Optional<DirectoryEntry> source) {
        Findings out = new Findings(target.dn());
        if (classification.kind().isMailbox()) {
            checkForeignHomeMdb(target, out);
        }
        if (classification.kind() == RecipientKind.PRESTAGED_MAIL_USER) {
            checkPrestaged(target, source, out);
        }
        return out.list();
    }

    private void checkForeignHomeMdb(DirectoryEntry target, Findings out) {
        Optional<String> homeMdb = target.string(HOME_MDB);
        context.targetConfigurationNc()
                .filter(nc -> homeMdb.isPresent() && !nc.contains(homeMdb.get()))
                .ifPresent(nc -> out.error(
                        "GB-E12",
                        "homeMDB " + homeMdb.get() + " is not in the target configuration naming context " + nc.baseDn()
                                + ": the Exchange attributes were copied from another forest (ADMT).",
                        "Remove homeMDB, homeMTA, msExchHomeServerName and showInAddressBook and apply the mail"
                                + " user attribute set (keeping sIDHistory and the password); run ADMT with"
                                + " Exchange attributes excluded."));
    }

    private void checkPrestaged(DirectoryEntry target, Optional<DirectoryEntry> source, Findings out) {
        if (!target.has(LEGACY_EXCHANGE_DN)) {
            out.error(
                    "GB-E5",
                    "The pre-staged mail user has no legacyExchangeDN; a move would fail with"
                            + " MissingLegacyDNException.",
                    "Run Update-Recipient on it and wait for legacyExchangeDN before reporting it ready to move.");
        }
        Optional<ProxyAddressSet> proxies = proxies(target, out);
        Optional<TargetAddress> targetAddress = targetAddress(target, out);
        targetAddress
                .filter(t -> t.isSmtp() && context.isTargetAuthoritative(t.domain()))
                .ifPresent(t -> out.error(
                        "GB-E4",
                        "targetAddress " + t + " is in a domain the target forest is authoritative for: mail loops.",
                        "Set targetAddress to an address in the MailboxDeliveryDomain that routes to the source."));
        context.mailboxDeliveryDomain()
                .filter(mdd -> targetAddress.isPresent()
                        && !(targetAddress.get().isSmtp()
                                && targetAddress.get().domain().equalsIgnoreCase(mdd)))
                .ifPresent(mdd -> out.warning(
                        "GB-E24",
                        "targetAddress " + targetAddress.get() + " is not in the MailboxDeliveryDomain " + mdd + ".",
                        "galbridge owns targetAddress on managed mail users and corrects it on the next run."));
        if (source.isPresent() && proxies.isPresent()) {
            compareWithSource(source.get(), proxies.get(), out);
        }
    }

    private static void compareWithSource(DirectoryEntry source, ProxyAddressSet targetProxies, Findings out) {
        Optional<ProxyAddress> sourcePrimary = primarySmtp(source);
        Optional<ProxyAddress> targetPrimary = targetProxies.primarySmtp();
        if (sourcePrimary.isPresent() && !sourcePrimary.equals(targetPrimary)) {
            out.error(
                    "GB-E3",
                    "Primary SMTP " + targetPrimary.map(Object::toString).orElse("(none)")
                            + " differs from the source primary " + sourcePrimary.get()
                            + " (an Email Address Policy may have restamped it).",
                    "Disable the Email Address Policy on the mail user and restore SMTP:"
                            + sourcePrimary.get().address() + ".");
        }
        Optional<String> sourceLegDn = source.string(LEGACY_EXCHANGE_DN);
        if (sourceLegDn.isPresent() && isLegacyExchangeDn(sourceLegDn.get())) {
            ProxyAddress x500 = LegacyExchangeDn.parse(sourceLegDn.get()).asX500();
            if (!targetProxies.containsAddress(x500)) {
                out.error(
                        "GB-E6",
                        "proxyAddresses lacks " + x500 + ", the source legacyExchangeDN: replies to old items"
                                + " would bounce with IMCEAEX NDRs.",
                        "Add x500:" + sourceLegDn.get() + " to the mail user's proxyAddresses.");
            }
        }
    }

    /** An invalid source legacyExchangeDN is the source check's GB-E5, not repeated here. */
    private static boolean isLegacyExchangeDn(String value) {
        try {
            LegacyExchangeDn.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<TargetAddress> targetAddress(DirectoryEntry target, Findings out) {
        Optional<String> value = target.string(TARGET_ADDRESS);
        try {
            return value.map(TargetAddress::parse);
        } catch (IllegalArgumentException e) {
            out.warning(
                    "GB-E24",
                    e.getMessage() + ".",
                    "galbridge owns targetAddress on managed mail users and corrects it on the next run.");
            return Optional.empty();
        }
    }

    private static Optional<ProxyAddress> primarySmtp(DirectoryEntry entry) {
        return entry.strings(PROXY_ADDRESSES).stream()
                .filter(v -> v.startsWith("SMTP:"))
                .map(ProxyAddress::parse)
                .findFirst();
    }

    private static Optional<ProxyAddressSet> proxies(DirectoryEntry target, Findings out) {
        try {
            return Optional.of(ProxyAddressSet.parse(target.strings(PROXY_ADDRESSES)));
        } catch (IllegalArgumentException e) {
            out.error("GB-PROXY", "proxyAddresses cannot be used: " + e.getMessage() + ".", "Correct the value.");
            return Optional.empty();
        }
    }
}
