package io.galbridge.connector.source.schema;

import java.util.Objects;

/**
 * One LDAP attribute of the {@code recipient} object class as the connector exposes it.
 *
 * @param name the AD lDAPDisplayName, which is also the ConnId attribute name; never null
 * @param kind how values convert; never null
 * @param multiValued whether the attribute may hold several values
 * @param updateable whether {@code UpdateDeltaOp} may change it (subject to the write-back rules)
 * @param returnedByDefault whether a search without attributes-to-get returns it
 */
public record RecipientAttribute(
        String name, ValueKind kind, boolean multiValued, boolean updateable, boolean returnedByDefault) {

    /** Checks for null. */
    public RecipientAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
