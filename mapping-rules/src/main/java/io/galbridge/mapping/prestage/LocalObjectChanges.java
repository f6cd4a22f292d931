package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.model.TargetAddress;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MODIFY of an existing target user: merge into an MEU (2.8, 2.10, E24, E28) or clean an
 * ADMT or plain user into one (E7, E12). Only attributes whose value differs are written, so a
 * rerun yields an empty change.
 */
final class LocalObjectChanges {

    private LocalObjectChanges() {}

    /**
     * Path B: mailbox identity, msExchVersion when absent or lower, linked attributes, the source
     * X500, a legacyExchangeDN if missing, targetAddress when {@code correctTarget}, and with
     * overwriteLocalObject the source's attribute sets and addresses (merged, never cleared).
     */
    static List<Modification> merge(
            SourceMailbox src,
            DirectoryEntry meu,
            PrestageOptions options,
            boolean correctTarget,
            TargetAddress target,
            Optional<LegacyExchangeDn> newLegDn) {
        DirectoryEntry s = src.entry();
        AttributeList desired = new AttributeList()
                .copy(
                        s,
                        List.of(AttributeNames.MAILBOX_GUID, AttributeNames.ARCHIVE_GUID, AttributeNames.ARCHIVE_NAME));
        if (meu.longValue(AttributeNames.VERSION).orElse(0L) < PrestageAttributes.EXCHANGE_VERSION) {
            desired.put(AttributeNames.VERSION, Long.toString(PrestageAttributes.EXCHANGE_VERSION));
        }
        if (options.overwriteLocalObject()) {
            desired.copy(
                            s,
                            List.of(
                                    PrestageAttributes.DISPLAY_NAME,
                                    AttributeNames.MAIL,
                                    AttributeNames.MAIL_NICKNAME,
                                    PrestageAttributes.USER_CULTURE))
                    .copy(s, PrestageAttributes.GAL)
                    .copy(s, PrestageAttributes.ADDITIONAL)
                    .copy(s, src.type().copiedAttributes())
                    .put(
                            AttributeNames.RECIPIENT_DISPLAY_TYPE,
                            Integer.toString(MailUserAttributes.displayType(src, options, src.type())));
        } else if (options.linkedMailUser()
                && src.disabled()
                && MailUserAttributes.linkedMasterSid(src, options).isPresent()) {
            desired.put(
                    AttributeNames.RECIPIENT_DISPLAY_TYPE,
                    Integer.toString(PrestageAttributes.LINKED_MAIL_USER_DISPLAY_TYPE));
        }
        if (options.overwriteLocalObject() || src.disabled()) {
            MailUserAttributes.putLinked(desired, src, options);
        }
        if (correctTarget || options.overwriteLocalObject()) {
            Optional<TargetAddress> current =
                    meu.string(AttributeNames.TARGET_ADDRESS).map(TargetAddress::parse);
            if (current.isEmpty() || !current.get().equals(target)) {
                desired.put(AttributeNames.TARGET_ADDRESS, target.value());
            }
        }
        newLegDn.ifPresent(l -> desired.put(AttributeNames.LEGACY_EXCHANGE_DN, l.value()));
        MailUserAttributes.putPolicy(desired, meu, options);
        List<Modification> out = onlyDiffering(meu, desired.toModifications());
        out.addAll(addressChanges(meu, src, options.overwriteLocalObject()));
        return out;
    }

    /**
     * E7/E12: remove the foreign mailbox attributes and apply the MEU set from the source, keeping
     * the account itself (userAccountControl, password, sIDHistory, sAMAccountName, UPN, cn).
     */
    static List<Modification> clean(
            SourceMailbox src,
            DirectoryEntry user,
            PrestageOptions options,
            TargetAddress target,
            Optional<LegacyExchangeDn> newLegDn) {
        List<Modification> out = new ArrayList<>();
        for (String a : PrestageAttributes.ADMT_MAILBOX_POLLUTION) {
            if (user.has(a)) {
                out.add(new Modification(a, Modification.Operation.DELETE, List.of()));
            }
        }
        DirectoryEntry s = src.entry();
        AttributeList desired = new AttributeList()
                .copy(s, PrestageAttributes.MANDATORY)
                .put(
                        AttributeNames.RECIPIENT_DISPLAY_TYPE,
                        Integer.toString(MailUserAttributes.displayType(src, options, src.type())))
                .put(AttributeNames.RECIPIENT_TYPE_DETAILS, Long.toString(PrestageAttributes.MAIL_USER_TYPE_DETAILS))
                .put(AttributeNames.TARGET_ADDRESS, target.value())
                .copy(s, PrestageAttributes.GAL)
                .copy(s, PrestageAttributes.ADDITIONAL)
                .copy(s, src.type().copiedAttributes());
        if (user.longValue(AttributeNames.VERSION).orElse(0L) < PrestageAttributes.EXCHANGE_VERSION) {
            desired.put(AttributeNames.VERSION, Long.toString(PrestageAttributes.EXCHANGE_VERSION));
        }
        MailUserAttributes.putLinked(desired, src, options);
        newLegDn.ifPresent(l -> desired.put(AttributeNames.LEGACY_EXCHANGE_DN, l.value()));
        MailUserAttributes.putPolicy(desired, user, options);
        out.addAll(onlyDiffering(user, desired.toModifications()));
        out.addAll(addressChanges(user, src, true));
        return out;
    }

    /**
     * The proxyAddresses change: value-level ADDs when the wanted set only appends to the stored one
     * (the usual case: the source X500), a REPLACE when roles change (overwrite makes the source's
     * primary SMTP primary). Stored values are never dropped (E6, E19).
     */
    private static List<Modification> addressChanges(DirectoryEntry target, SourceMailbox src, boolean fromSource) {
        ProxyAddressSet current = ProxyAddressSet.parse(target.strings(AttributeNames.PROXY_ADDRESSES));
        ProxyAddressSet wanted = fromSource ? current.withAll(src.proxyAddresses()) : current;
        wanted = MailUserAttributes.withX500(wanted, src.legacyExchangeDn());
        List<String> now = current.values();
        List<String> next = wanted.values();
        if (now.equals(next)) {
            return List.of();
        }
        if (next.size() > now.size() && next.subList(0, now.size()).equals(now)) {
            List<Object> added = new ArrayList<>(next.subList(now.size(), next.size()));
            return List.of(new Modification(AttributeNames.PROXY_ADDRESSES, Modification.Operation.ADD, added));
        }
        return List.of(
                new Modification(AttributeNames.PROXY_ADDRESSES, Modification.Operation.REPLACE, List.copyOf(next)));
    }

    private static List<Modification> onlyDiffering(DirectoryEntry target, List<Modification> desired) {
        List<Modification> out = new ArrayList<>();
        for (Modification m : desired) {
            if (!AttributeList.holds(target, m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether an entry's legacyExchangeDN must be (re)generated: absent, or copied from the source (ADMT). The
     * legacyExchangeDN of a mail user galbridge owns is among the source's X500s because pre-staging wrote it
     * back: that is no copy, and regenerating it would make every rerun add another X500 to the source.
     */
    static boolean needsNewLegacyExchangeDn(DirectoryEntry target, SourceMailbox src, boolean owned) {
        Optional<LegacyExchangeDn> current = MailUserAttributes.legacyExchangeDn(target);
        if (current.isEmpty()) {
            return true;
        }
        LegacyExchangeDn l = current.get();
        return l.equals(src.legacyExchangeDn())
                || !owned
                        && src.proxyAddresses().stream()
                                .filter(ProxyAddress::isX500)
                                .anyMatch(p -> p.address().equalsIgnoreCase(l.value()));
    }
}
