package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resumable MEC→MEU conversion (spec 2.9, E13): pure data that the connector may journal, plus
 * the rule that picks the next step from observed state. Drive it with: observe, {@link
 * #nextStep}, apply {@link ConversionStep#changes}, repeat until empty. After a crash anywhere,
 * the same loop converges to the state an uninterrupted run reaches.
 *
 * @param sourceDn the source mailbox's DN
 * @param contactDn the contact's DN
 * @param mailUserDn the new MEU's DN (in the MEU OU)
 * @param contactAddresses the contact's proxyAddresses as read when planning
 * @param contactLegacyExchangeDn the contact's legacyExchangeDN, kept as an X500, if it had one
 * @param sourceLegacyExchangeDn the source mailbox's legacyExchangeDN
 * @param createAttributes the CREATE attributes of the MEU (REPLACE modifications)
 * @param completion the mailbox identity the MEU must end with (REPLACE modifications)
 * @param plannedLegacyExchangeDn the legacyExchangeDN given to the MEU if it has none
 * @param links the contact's DN links, translated within the target forest by {@link ConversionStep#REPOINT_LINKS}
 */
public record ContactConversion(
        String sourceDn,
        String contactDn,
        String mailUserDn,
        List<ProxyAddress> contactAddresses,
        Optional<LegacyExchangeDn> contactLegacyExchangeDn,
        LegacyExchangeDn sourceLegacyExchangeDn,
        List<Modification> createAttributes,
        List<Modification> completion,
        LegacyExchangeDn plannedLegacyExchangeDn,
        List<LinkRule> links) {

    /** Copies the lists; validates that nothing is null. */
    public ContactConversion {
        Objects.requireNonNull(sourceDn, "sourceDn");
        Objects.requireNonNull(contactDn, "contactDn");
        Objects.requireNonNull(mailUserDn, "mailUserDn");
        Objects.requireNonNull(contactLegacyExchangeDn, "contactLegacyExchangeDn");
        Objects.requireNonNull(sourceLegacyExchangeDn, "sourceLegacyExchangeDn");
        Objects.requireNonNull(plannedLegacyExchangeDn, "plannedLegacyExchangeDn");
        contactAddresses = List.copyOf(contactAddresses);
        createAttributes = List.copyOf(createAttributes);
        completion = List.copyOf(completion);
        links = List.copyOf(links);
    }

    /** The steps in order. */
    public List<ConversionStep> steps() {
        return Arrays.asList(ConversionStep.values());
    }

    /** The first step whose effect the state does not show yet; empty when the conversion is complete. */
    public Optional<ConversionStep> nextStep(ConversionState state) {
        return steps().stream().filter(s -> !s.isDone(this, state)).findFirst();
    }

    /** The changes of the next step; empty when the conversion is complete. */
    public List<EntryChange> nextChanges(ConversionState state) {
        return nextStep(state).map(s -> s.changes(this, state)).orElse(List.of());
    }

    /** Whether every step is done. */
    public boolean isComplete(ConversionState state) {
        return nextStep(state).isEmpty();
    }
}
