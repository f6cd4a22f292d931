package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.DnText;
import io.galbridge.mapping.galsync.GalSyncDecision.Action;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.RecipientTypeDetails;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Builds the create and update plans of {@link GalSyncRules}. */
final class ReplicaPlans {

    private ReplicaPlans() {}

    static GalSyncDecision create(
            GalSyncRules r, SourceRecipient recipient, GalSourceKind kind, TargetState state, String mark) {
        DirectoryEntry entry = recipient.entry();
        ReplicaAttributes wanted = ReplicaAttributes.of(
                entry, kind, r.sourceForest(), r.targetForest(), r.flows(), recipient.otherReplicaLegacyDns(), null);
        String alias = entry.string(AttributeNames.MAIL_NICKNAME).orElseThrow();
        String name = chooseName(r, entry, alias, state, null);
        String dn = DnText.child("CN", name, r.contactOu());
        List<Modification> attrs = new ArrayList<>();
        attrs.add(Modification.replace(AttributeNames.OBJECT_CLASS, "contact"));
        attrs.add(Modification.replace(AttributeNames.CN, name));
        wanted.values().forEach((attribute, values) -> {
            if (!values.isEmpty()) {
                attrs.add(GalSyncRules.replace(attribute, values));
            }
        });
        attrs.add(Modification.replace(
                AttributeNames.PROXY_ADDRESSES, wanted.proxyAddresses().values().toArray(String[]::new)));
        r.newLegacyDn(alias)
                .ifPresent(l -> attrs.add(Modification.replace(AttributeNames.LEGACY_EXCHANGE_DN, l.value())));
        if (r.rules().settings().stampRecipientTypeDetails()) {
            attrs.add(Modification.replace(
                    AttributeNames.RECIPIENT_TYPE_DETAILS, RecipientTypeDetails.MAIL_CONTACT.toLdapString()));
        }
        attrs.add(Modification.replace(r.rules().settings().ownership().attribute(), mark));
        return new GalSyncDecision(
                Action.CREATE,
                null,
                List.of(EntryChange.create(dn, attrs)),
                dn,
                wanted.proxyAddresses().values(),
                List.of());
    }

    static GalSyncDecision update(
            GalSyncRules r,
            SourceRecipient recipient,
            GalSourceKind kind,
            TargetState state,
            DirectoryEntry replica,
            boolean adopt,
            String mark) {
        DirectoryEntry entry = recipient.entry();
        LegacyExchangeDn own = replica.string(AttributeNames.LEGACY_EXCHANGE_DN)
                .map(LegacyExchangeDn::parse)
                .orElse(null);
        ReplicaAttributes wanted = ReplicaAttributes.of(
                entry, kind, r.sourceForest(), r.targetForest(), r.flows(), recipient.otherReplicaLegacyDns(), own);
        String alias = entry.string(AttributeNames.MAIL_NICKNAME).orElseThrow();
        List<Modification> mods = new ArrayList<>();
        if (adopt) {
            mods.add(Modification.replace(r.rules().settings().ownership().attribute(), mark));
        }
        wanted.values().forEach((attribute, values) -> {
            if (differs(replica, attribute, values)) {
                mods.add(GalSyncRules.replace(attribute, values));
            }
        });
        if (own == null) {
            r.newLegacyDn(alias)
                    .ifPresent(l -> mods.add(Modification.replace(AttributeNames.LEGACY_EXCHANGE_DN, l.value())));
        }
        ProxyPlan proxies = ProxyPlan.plan(
                replica.strings(AttributeNames.PROXY_ADDRESSES),
                wanted.proxyAddresses(),
                adopt ? List.of() : state.authoredProxyAddresses());
        mods.addAll(proxies.modifications());
        List<EntryChange> changes = new ArrayList<>();
        if (!mods.isEmpty()) {
            changes.add(EntryChange.modify(replica.dn(), mods));
        }
        String ou = r.contactOu();
        boolean sameOu = r.isContactOu(DnText.parent(replica.dn()));
        String current = sameOu ? DnText.leftmostValue(replica.dn()) : null;
        String name = chooseName(r, entry, alias, state, current);
        String newDn = DnText.child("CN", name, ou);
        String finalDn = replica.dn();
        if (!sameOu || !name.equals(current)) {
            changes.add(EntryChange.rename(replica.dn(), newDn));
            finalDn = newDn;
        }
        Action action = adopt ? Action.ADOPT : changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
        return new GalSyncDecision(
                action, null, changes, finalDn, wanted.proxyAddresses().values(), List.of());
    }

    private static String chooseName(
            GalSyncRules r, DirectoryEntry entry, String alias, TargetState state, String current) {
        String cn = entry.string(AttributeNames.CN).orElseGet(() -> DnText.leftmostValue(entry.dn()));
        String department = entry.string("department").orElse(null);
        Optional<String> name = r.namer().choose(cn, alias, department, state.takenNames(), current);
        return name.orElseThrow(() -> new IllegalArgumentException("No free CN for a replica of " + entry.dn() + " in "
                + r.contactOu() + ": every candidate of '" + cn + "' is taken"));
    }

    private static boolean differs(DirectoryEntry replica, String attribute, List<Object> wanted) {
        boolean binary = false;
        for (Object v : wanted) {
            binary |= v instanceof byte[];
        }
        if (binary) {
            List<byte[]> have = replica.bytesValues(attribute);
            if (have.size() != wanted.size()) {
                return true;
            }
            for (int i = 0; i < have.size(); i++) {
                if (!Arrays.equals(have.get(i), (byte[]) wanted.get(i))) {
                    return true;
                }
            }
            return false;
        }
        List<String> have = replica.strings(attribute);
        if (have.size() <= 1 && wanted.size() <= 1) { // the usual single value: what the set comparison answers
            return have.size() != wanted.size()
                    || (!have.isEmpty() && !wanted.get(0).equals(have.get(0)));
        }
        return !new HashSet<Object>(have).equals(new HashSet<>(wanted));
    }
}
