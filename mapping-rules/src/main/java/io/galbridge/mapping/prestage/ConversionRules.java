package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The logic of each {@link ConversionStep}: pure functions of a conversion and an observed state. */
final class ConversionRules {

    private ConversionRules() {}

    static boolean isDone(ConversionStep step, ContactConversion c, ConversionState s) {
        return switch (step) {
            case CREATE_MAIL_USER ->
                s.mailUser().isPresent() && missingAddresses(c, s).isEmpty();
            case REPOINT_LINKS ->
                s.contact().isEmpty()
                        || (s.mailUser().isPresent() && missingLinks(c, s).isEmpty());
            case DELETE_CONTACT -> s.contact().isEmpty();
            case COMPLETE_MAIL_USER ->
                s.mailUser().isPresent()
                        && completionChanges(c, s.mailUser().get()).isEmpty();
            case WRITE_BACK ->
                s.mailUser().isPresent()
                        && s.mailUser().get().has(AttributeNames.LEGACY_EXCHANGE_DN)
                        && writeBack(c, s.mailUser().get())
                                .missingFrom(s.source())
                                .isEmpty();
        };
    }

    static List<EntryChange> changes(ConversionStep step, ContactConversion c, ConversionState s) {
        return switch (step) {
            case CREATE_MAIL_USER -> createChanges(c, s);
            case REPOINT_LINKS -> repointChanges(c, s);
            case DELETE_CONTACT -> deleteChanges(c, s);
            case COMPLETE_MAIL_USER ->
                List.of(EntryChange.modify(c.mailUserDn(), completionChanges(c, requireMailUser(step, c, s))));
            case WRITE_BACK -> {
                DirectoryEntry meu = requireMailUser(step, c, s);
                if (!meu.has(AttributeNames.LEGACY_EXCHANGE_DN)) {
                    throw new IllegalStateException("Cannot write back to " + c.sourceDn() + ": MEU " + c.mailUserDn()
                            + " has no legacyExchangeDN yet; complete it first");
                }
                yield writeBack(c, meu).changeFor(s.source()).stream().toList();
            }
        };
    }

    /** Every address the MEU must hold before the contact may go. */
    static List<ProxyAddress> requiredAddresses(ContactConversion c, ConversionState s) {
        List<ProxyAddress> required = new ArrayList<>(c.contactAddresses());
        s.contact().ifPresent(contact -> ProxyValues.parseLenient(contact.strings(AttributeNames.PROXY_ADDRESSES))
                .forEach(required::add));
        required.add(WriteBack.x500(c.sourceLegacyExchangeDn()));
        c.contactLegacyExchangeDn().ifPresent(l -> required.add(WriteBack.x500(l)));
        s.contact().flatMap(MailUserAttributes::legacyExchangeDn).ifPresent(l -> required.add(WriteBack.x500(l)));
        return required.stream().distinct().toList();
    }

    private static List<ProxyAddress> missingAddresses(ContactConversion c, ConversionState s) {
        List<ProxyAddress> held = s.mailUser()
                .map(m -> ProxyValues.parseLenient(m.strings(AttributeNames.PROXY_ADDRESSES)))
                .orElse(List.of());
        return requiredAddresses(c, s).stream().filter(p -> !held.contains(p)).toList();
    }

    private static List<EntryChange> createChanges(ContactConversion c, ConversionState s) {
        if (s.mailUser().isEmpty()) {
            return List.of(EntryChange.create(c.mailUserDn(), c.createAttributes()));
        }
        boolean hasPrimary =
                ProxyValues.parseLenient(s.mailUser().get().strings(AttributeNames.PROXY_ADDRESSES)).stream()
                        .anyMatch(ProxyAddress::isPrimarySmtp);
        List<Object> added = new ArrayList<>();
        for (ProxyAddress p : missingAddresses(c, s)) {
            boolean demote = p.isPrimarySmtp()
                    && (hasPrimary || added.stream().anyMatch(v -> v.toString().startsWith("SMTP:")));
            added.add((demote ? p.asSecondary() : p).toString());
        }
        return List.of(EntryChange.modify(
                c.mailUserDn(),
                List.of(new Modification(AttributeNames.PROXY_ADDRESSES, Modification.Operation.ADD, added))));
    }

    /** Per link rule, the contact's values the MEU does not show yet. */
    private static Map<LinkRule, List<String>> missingLinks(ContactConversion c, ConversionState s) {
        Map<LinkRule, List<String>> missing = new LinkedHashMap<>();
        DirectoryEntry contact = s.contact().orElseThrow();
        DirectoryEntry meu = s.mailUser().orElseThrow();
        for (LinkRule rule : c.links()) {
            Set<String> held = meu.strings(rule.attributeOnMailUser()).stream()
                    .map(TargetKind::normalise)
                    .collect(Collectors.toSet());
            List<String> lacking = contact.strings(rule.readAttribute()).stream()
                    .filter(dn -> !held.contains(TargetKind.normalise(dn)))
                    .filter(dn -> !TargetKind.normalise(dn).equals(TargetKind.normalise(c.mailUserDn())))
                    .toList();
            if (!lacking.isEmpty()) {
                missing.put(rule, lacking);
            }
        }
        return missing;
    }

    private static List<EntryChange> repointChanges(ContactConversion c, ConversionState s) {
        requireMailUser(ConversionStep.REPOINT_LINKS, c, s);
        List<Modification> onMailUser = new ArrayList<>();
        List<EntryChange> out = new ArrayList<>();
        for (Map.Entry<LinkRule, List<String>> e : missingLinks(c, s).entrySet()) {
            LinkRule rule = e.getKey();
            if (rule.placement() == LinkRule.Placement.ON_MAIL_USER) {
                List<Object> values = rule.replace() ? List.of(e.getValue().get(0)) : List.copyOf(e.getValue());
                onMailUser.add(new Modification(rule.writtenAttribute(), operation(rule), values));
            } else {
                for (String counterpart : e.getValue()) {
                    out.add(EntryChange.modify(
                            counterpart,
                            List.of(new Modification(
                                    rule.writtenAttribute(), operation(rule), List.of(c.mailUserDn())))));
                }
            }
        }
        if (!onMailUser.isEmpty()) {
            out.add(0, EntryChange.modify(c.mailUserDn(), onMailUser));
        }
        return out;
    }

    private static Modification.Operation operation(LinkRule rule) {
        return rule.replace() ? Modification.Operation.REPLACE : Modification.Operation.ADD;
    }

    private static List<EntryChange> deleteChanges(ContactConversion c, ConversionState s) {
        if (!isDone(ConversionStep.CREATE_MAIL_USER, c, s) || !isDone(ConversionStep.REPOINT_LINKS, c, s)) {
            throw new IllegalStateException("Refusing to delete contact " + c.contactDn() + ": MEU " + c.mailUserDn()
                    + " does not yet hold all its addresses " + missingAddressesText(c, s) + " and links");
        }
        return List.of(EntryChange.delete(c.contactDn()));
    }

    private static String missingAddressesText(ContactConversion c, ConversionState s) {
        return missingAddresses(c, s).toString();
    }

    private static List<Modification> completionChanges(ContactConversion c, DirectoryEntry meu) {
        List<Modification> out = new ArrayList<>();
        for (Modification m : c.completion()) {
            if (!AttributeList.holds(meu, m)) {
                out.add(m);
            }
        }
        if (!meu.has(AttributeNames.LEGACY_EXCHANGE_DN)) {
            out.add(Modification.replace(
                    AttributeNames.LEGACY_EXCHANGE_DN,
                    c.plannedLegacyExchangeDn().value()));
        }
        return out;
    }

    /**
     * The source write-back: the MEU's legacyExchangeDN and every X500 the MEU holds (the contact's
     * old legacyExchangeDN, other replicas' X500s) except the source's own legacyExchangeDN.
     */
    static WriteBack writeBack(ContactConversion c, DirectoryEntry meu) {
        List<ProxyAddress> x500s = new ArrayList<>();
        c.contactLegacyExchangeDn().map(WriteBack::x500).ifPresent(x500s::add);
        ProxyValues.parseLenient(meu.strings(AttributeNames.PROXY_ADDRESSES)).stream()
                .filter(ProxyAddress::isX500)
                .map(p -> new ProxyAddress("x500", p.address()))
                .forEach(x500s::add);
        Optional<LegacyExchangeDn> own = MailUserAttributes.legacyExchangeDn(meu);
        own.map(WriteBack::x500).ifPresent(x500s::add);
        ProxyAddress sourceOwn = WriteBack.x500(c.sourceLegacyExchangeDn());
        return new WriteBack(
                c.sourceDn(), x500s.stream().filter(p -> !p.equals(sourceOwn)).toList());
    }

    private static DirectoryEntry requireMailUser(ConversionStep step, ContactConversion c, ConversionState s) {
        return s.mailUser()
                .orElseThrow(() -> new IllegalStateException(
                        "Step " + step + " needs MEU " + c.mailUserDn() + ", which does not exist yet"));
    }
}
