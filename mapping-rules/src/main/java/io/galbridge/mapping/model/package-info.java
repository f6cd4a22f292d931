/**
 * Immutable, validated value types of the Exchange recipient model: proxy addresses, GUIDs, SIDs,
 * legacyExchangeDN, targetAddress, the recipient flag attributes and the neutral {@link
 * io.galbridge.mapping.model.DirectoryEntry} that connectors build from LDAP entries.
 *
 * <p>Every type rejects bad input at construction with an {@link IllegalArgumentException} whose
 * message names the offending value. No method returns {@code null} unless its Javadoc says so.
 */
package io.galbridge.mapping.model;
