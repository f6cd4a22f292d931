/**
 * Recipient kinds (spec 1.2) and the classifier that assigns one to every {@link
 * io.galbridge.mapping.model.DirectoryEntry}.
 */
package io.galbridge.mapping.recipient;
