package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.LegacyExchangeDn;

/**
 * Answers whether a name is still free in the target forest. The connector implements it with
 * global-catalog reads (spec 2.16, E14, E22); {@link TakenNames} implements it from sets read in
 * advance. Every comparison is case-insensitive, as AD's.
 */
public interface NameAvailability {

    /** Whether no entry named {@code CN=<cn>} exists directly below {@code parentDn}. */
    boolean isCnFree(String parentDn, String cn);

    /** Whether no object in the forest has this sAMAccountName. */
    boolean isSamAccountNameFree(String samAccountName);

    /** Whether no object in the forest has this userPrincipalName. */
    boolean isUserPrincipalNameFree(String userPrincipalName);

    /** Whether no recipient in the forest has this legacyExchangeDN (or an X500 proxy equal to it). */
    boolean isLegacyExchangeDnFree(LegacyExchangeDn legacyExchangeDn);
}
