package io.galbridge.mapping.config;

import io.galbridge.mapping.model.ExchangeGuid;
import java.util.Objects;
import java.util.Optional;

/**
 * The mark galbridge stamps on every target object it creates or adopts, so that it changes and
 * deletes only what it owns (spec 3.7, 3.9 rule 5, E18, E27).
 *
 * <p>The mark is one single-valued string attribute holding {@code galbridge:<source forest>:<source
 * objectGUID>}, e.g. {@code galbridge:src.example:3f2504e0-4f89-11d3-9a0c-0305e82c3301}. It names the
 * source object the replica represents, so it is also a join key that survives a change of the
 * source's legacyExchangeDN. The default attribute is {@code adminDescription}: present on contact
 * and user in every AD schema, not shown in address lists, and not used by Exchange or GALSync. An
 * {@code extensionAttributeN} also works but is visible to Exchange address-list filters and often
 * already used; choose it only deliberately.
 *
 * @param attribute the LDAP display name of the attribute holding the mark; never null or blank
 */
public record OwnershipMarker(String attribute) {

    /** The prefix of every mark value. */
    public static final String PREFIX = "galbridge:";

    /** The default: {@code adminDescription}. */
    public static final OwnershipMarker DEFAULT = new OwnershipMarker("adminDescription");

    /** Validates the attribute name. */
    public OwnershipMarker {
        Objects.requireNonNull(attribute, "ownership attribute");
        if (attribute.isBlank() || !attribute.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "Invalid ownership attribute '" + attribute + "': expected an LDAP attribute name");
        }
    }

    /** The mark for a replica of the object {@code sourceGuid} of {@code sourceForest}. */
    public String value(String sourceForest, ExchangeGuid sourceGuid) {
        return PREFIX + sourceForest + ":" + sourceGuid;
    }

    /**
     * Parses a mark value.
     *
     * @return the owner, or empty if the text is not a galbridge mark (another tool's value)
     */
    public static Optional<Owner> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = text.substring(PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(rest.substring(0, colon), ExchangeGuid.parse(rest.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The source object a marked replica represents.
     *
     * @param sourceForest the source forest's DNS name
     * @param sourceGuid the source object's objectGUID
     */
    public record Owner(String sourceForest, ExchangeGuid sourceGuid) {}
}
