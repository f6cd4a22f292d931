package io.galbridge.mapping.prestage;

import io.galbridge.mapping.plan.EntryChange;
import java.util.List;

/**
 * The ordered steps of the MEC→MEU conversion (spec 2.9, E13). Each is idempotent and a pure
 * function of the observed {@link ConversionState}: {@link #isDone} says whether the directory
 * already shows its effect, {@link #changes} what to write when it does not. No step deletes
 * anything before the replacement holds every address of what it replaces.
 */
public enum ConversionStep {
    /** Create the MEU with every address of the contact and the source, both X500s, unique sAM/UPN. */
    CREATE_MAIL_USER,
    /** Carry the contact's links (member, manager, managedBy, altRecipient, publicDelegates, …) to the MEU. */
    REPOINT_LINKS,
    /** Delete the contact, only once the MEU holds all its addresses and links. */
    DELETE_CONTACT,
    /** Copy the mailbox GUID, archive GUID and name, and give the MEU a legacyExchangeDN. */
    COMPLETE_MAIL_USER,
    /** Add the X500s of the contact's and the MEU's legacyExchangeDN to the source. */
    WRITE_BACK;

    /** Whether the observed state already shows this step's effect. */
    public boolean isDone(ContactConversion conversion, ConversionState state) {
        return ConversionRules.isDone(this, conversion, state);
    }

    /**
     * The changes that carry out this step from the observed state; empty when it is done.
     *
     * @throws IllegalStateException if an earlier step is not done (e.g. deleting the contact while
     *     the MEU lacks one of its addresses)
     */
    public List<EntryChange> changes(ContactConversion conversion, ConversionState state) {
        return isDone(conversion, state) ? List.of() : ConversionRules.changes(this, conversion, state);
    }
}
