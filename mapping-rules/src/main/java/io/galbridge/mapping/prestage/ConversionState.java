package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * What the executor observed before asking a {@link ContactConversion} for its next step: the
 * contact and the MEU, each read by DN with at least proxyAddresses, legacyExchangeDN, the
 * attributes of the conversion's modifications and the link attributes of {@link LinkRule#STANDARD}
 * (back-links included: memberOf, directReports, …), and the source mailbox with its proxyAddresses.
 *
 * @param contact the contact, empty if it no longer exists
 * @param mailUser the MEU, empty if it does not exist yet
 * @param source the source mailbox, never null
 */
public record ConversionState(
        Optional<DirectoryEntry> contact, Optional<DirectoryEntry> mailUser, DirectoryEntry source) {

    /** Validates that nothing is null. */
    public ConversionState {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(mailUser, "mailUser");
        Objects.requireNonNull(source, "source");
    }
}
