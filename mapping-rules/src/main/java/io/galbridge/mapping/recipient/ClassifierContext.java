package io.galbridge.mapping.recipient;

import io.galbridge.mapping.model.ExchangeGuid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the classifier must know about the forest an entry comes from.
 *
 * @param syncOus the GALSync / galbridge sync OUs of this forest, where contact replicas live;
 *     never null
 * @param targetDeliveryDomains SMTP domains that route to the forest(s) this forest's mailboxes
 *     move <em>to</em> (New-MoveRequest's TargetDeliveryDomain); a mail user of this forest whose
 *     targetAddress is in one of them and that still carries msExchMailboxGuid has moved out (K3a);
 *     compared case-insensitively; never null
 * @param movedInMailboxGuids msExchMailboxGuid values of mail users pre-staged <em>in</em> this
 *     forest (from the identity-link store); a mailbox carrying one has arrived by a move (K8);
 *     never null
 */
public record ClassifierContext(
        List<DnScope> syncOus, Set<String> targetDeliveryDomains, Set<ExchangeGuid> movedInMailboxGuids) {

    /** Copies the collections and lower-cases the domains. */
    public ClassifierContext {
        syncOus = List.copyOf(Objects.requireNonNull(syncOus, "sync OUs"));
        targetDeliveryDomains = Objects.requireNonNull(targetDeliveryDomains, "target delivery domains").stream()
                .map(d -> d.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        movedInMailboxGuids = Set.copyOf(Objects.requireNonNull(movedInMailboxGuids, "moved-in mailbox GUIDs"));
    }

    /** A context with no sync OUs, no target delivery domains and no moved-in mailboxes. */
    public static ClassifierContext none() {
        return new ClassifierContext(List.of(), Set.of(), Set.of());
    }

    /** Whether {@code dn} lies under one of the sync OUs. */
    public boolean isInSyncOu(String dn) {
        return syncOus.stream().anyMatch(scope -> scope.contains(dn));
    }

    /** Whether {@code domain} is a target delivery domain, case-insensitively. */
    public boolean isTargetDeliveryDomain(String domain) {
        return targetDeliveryDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
