package io.galbridge.mapping.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Engine-wide switches of the GAL-sync mode (spec 3.9). Immutable.
 *
 * @param includeHidden export objects with msExchHideFromAddressLists TRUE as replicas; GALSync never
 *     does (E11), so the default is false
 * @param ownership where the ownership mark lives; never null
 * @param naming the CN policy of replicas; never null
 * @param adoptGalSyncContacts take over contacts that GALSync created under the GAL contact OU and that
 *     join to the source (E18) instead of reporting them as conflicts
 * @param deleteReplicas delete owned replicas when the source leaves scope or is deleted (spec 3.7);
 *     when false they are only reported
 * @param stampRecipientTypeDetails write msExchRecipientTypeDetails 64 (MailContact) on new contacts,
 *     as Exchange's own tools do, rather than leaving it to Update-Recipient
 * @param contactOuBySourceForest optional placement per source forest: replicas of a forest listed here
 *     go to that OU (which must lie inside the target's GAL contact OU) instead of the GAL contact OU
 *     itself; keys are forest DNS names, case-insensitive; never null
 */
public record GalSyncSettings(
        boolean includeHidden,
        OwnershipMarker ownership,
        NamingPolicy naming,
        boolean adoptGalSyncContacts,
        boolean deleteReplicas,
        boolean stampRecipientTypeDetails,
        Map<String, String> contactOuBySourceForest) {

    /** The defaults: GALSync behaviour, mark in adminDescription, adopt GALSync contacts. */
    public static final GalSyncSettings DEFAULTS =
            new GalSyncSettings(false, OwnershipMarker.DEFAULT, NamingPolicy.GALSYNC, true, true, true, Map.of());

    /** Validates; see the record contract. */
    public GalSyncSettings {
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(naming, "naming");
        TreeMap<String, String> placement = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        placement.putAll(Objects.requireNonNull(contactOuBySourceForest, "contactOuBySourceForest"));
        contactOuBySourceForest = java.util.Collections.unmodifiableMap(placement);
    }

    /** The configured OU for replicas of {@code sourceForest}, if any. */
    public Optional<String> contactOuFor(String sourceForest) {
        return Optional.ofNullable(contactOuBySourceForest.get(sourceForest));
    }

    /**
     * The OU where replicas of {@code source}'s recipients live in {@code target}: the per-forest
     * placement if configured, else the target's GAL contact OU.
     *
     * @throws IllegalArgumentException if the configured OU lies outside the target's GAL contact OU
     */
    public String contactOu(ForestProfile source, ForestProfile target) {
        String ou = contactOuFor(source.forestName()).orElse(target.galContactOu());
        if (!target.isInGalContactOu(ou)) {
            throw new IllegalArgumentException("Placement OU " + ou + " for replicas of " + source.forestName()
                    + " lies outside the GAL contact OU " + target.galContactOu() + " of " + target.forestName());
        }
        return ou;
    }

    /** Copy with other naming. */
    public GalSyncSettings withNaming(NamingPolicy policy) {
        return new GalSyncSettings(
                includeHidden,
                ownership,
                policy,
                adoptGalSyncContacts,
                deleteReplicas,
                stampRecipientTypeDetails,
                contactOuBySourceForest);
    }

    /** Copy with hidden handling. */
    public GalSyncSettings withIncludeHidden(boolean include) {
        return new GalSyncSettings(
                include,
                ownership,
                naming,
                adoptGalSyncContacts,
                deleteReplicas,
                stampRecipientTypeDetails,
                contactOuBySourceForest);
    }
}
