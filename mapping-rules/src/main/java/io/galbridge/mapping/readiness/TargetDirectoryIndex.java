package io.galbridge.mapping.readiness;

import static io.galbridge.mapping.model.AttributeNames.MAILBOX_GUID;
import static io.galbridge.mapping.model.AttributeNames.PROXY_ADDRESSES;
import static io.galbridge.mapping.model.AttributeNames.SAM_ACCOUNT_NAME;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.recipient.RecipientClassifier;
import io.galbridge.mapping.recipient.RecipientKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pre-flight needs to know about the target forest (read GC-wide, all recipient classes):
 * who holds each proxy address, case-insensitively and regardless of role (E1, E2), and which
 * sAMAccountNames are taken (E22). Immutable once built.
 */
public final class TargetDirectoryIndex {

    /**
     * One indexed target object.
     *
     * @param dn its DN
     * @param kind its classification in the target forest
     * @param mailboxGuid its msExchMailboxGuid, if any
     */
    public record Holder(String dn, RecipientKind kind, Optional<ExchangeGuid> mailboxGuid) {
        /** Validates the parts. */
        public Holder {
            Objects.requireNonNull(dn, "dn");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(mailboxGuid, "mailboxGuid");
        }
    }

    private final Map<ProxyAddress, List<Holder>> byAddress;
    private final Map<String, Holder> bySamAccountName;

    private TargetDirectoryIndex(Map<ProxyAddress, List<Holder>> byAddress, Map<String, Holder> bySam) {
        this.byAddress = byAddress;
        this.bySamAccountName = bySam;
    }

    /**
     * Indexes the target entries. Unparseable proxyAddresses values are indexed by nothing (they
     * cannot collide with a valid value).
     *
     * @param entries every target-forest object that may hold addresses or sAMAccountNames
     * @param classifier the target forest's classifier
     */
    public static TargetDirectoryIndex of(Iterable<DirectoryEntry> entries, RecipientClassifier classifier) {
        Map<ProxyAddress, List<Holder>> byAddress = new HashMap<>();
        Map<String, Holder> bySam = new HashMap<>();
        for (DirectoryEntry e : entries) {
            Holder holder = new Holder(e.dn(), classifier.classify(e).kind(), e.guid(MAILBOX_GUID));
            for (String value : e.strings(PROXY_ADDRESSES)) {
                parse(value).ifPresent(p -> byAddress
                        .computeIfAbsent(p, k -> new ArrayList<>())
                        .add(holder));
            }
            e.string(SAM_ACCOUNT_NAME).ifPresent(sam -> bySam.put(sam.toLowerCase(Locale.ROOT), holder));
        }
        byAddress.replaceAll((k, v) -> List.copyOf(v));
        return new TargetDirectoryIndex(Map.copyOf(byAddress), Map.copyOf(bySam));
    }

    /** An index of an empty forest. */
    public static TargetDirectoryIndex empty() {
        return new TargetDirectoryIndex(Map.of(), Map.of());
    }

    /** The target objects holding {@code address} (ignoring case and role); empty if none. */
    public List<Holder> holdersOf(ProxyAddress address) {
        return byAddress.getOrDefault(address, List.of());
    }

    /** The target object with this sAMAccountName (case-insensitive), if any. */
    public Optional<Holder> samAccountNameOwner(String samAccountName) {
        return Optional.ofNullable(bySamAccountName.get(samAccountName.toLowerCase(Locale.ROOT)));
    }

    /**
     * Addresses held by more than one target object (E1 pre-flight over the whole target forest),
     * in no particular order.
     */
    public Map<ProxyAddress, List<Holder>> duplicateAddresses() {
        Map<ProxyAddress, List<Holder>> out = new HashMap<>();
        byAddress.forEach((address, holders) -> {
            if (holders.stream().map(Holder::dn).distinct().count() > 1) {
                out.put(address, holders);
            }
        });
        return Map.copyOf(out);
    }

    private static Optional<ProxyAddress> parse(String value) {
        try {
            return Optional.of(ProxyAddress.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
