package io.galbridge.cli.report;

import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;

/**
 * What the readiness report reads: the command layer fills it from the connectors' search results.
 * Implementations return complete lists; the report does not page.
 */
public interface ReadinessInput {

    /** The source objects in pre-staging scope (mailboxes and whatever else an administrator named). */
    List<DirectoryEntry> sourceMailboxes();

    /** Every recipient of the target forest, to find address and name conflicts. */
    List<DirectoryEntry> targetRecipients();
}
