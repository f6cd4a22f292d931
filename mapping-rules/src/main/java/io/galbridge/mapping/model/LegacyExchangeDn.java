package io.galbridge.mapping.model;

import java.util.Objects;

/**
 * A legacyExchangeDN value such as {@code /o=Contoso/ou=Exchange Administrative Group
 * (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe} (spec 5.4).
 *
 * <p>Validated form: starts with {@code /o=}, then {@code /<name>=<value>} components whose name is
 * {@code o}, {@code ou} or {@code cn} (any case) and whose value is non-empty and has no {@code /}.
 * The text is kept verbatim; equality is case-insensitive, matching the attribute's syntax.
 *
 * @param value the stored text, never null
 */
public record LegacyExchangeDn(String value) {

    /** Validates the form; see the class contract. */
    public LegacyExchangeDn {
        Objects.requireNonNull(value, "legacyExchangeDN");
        if (value.length() < 4 || !value.regionMatches(true, 0, "/o=", 0, 3)) {
            throw new IllegalArgumentException("Invalid legacyExchangeDN '" + value + "': it must start with /o=");
        }
        for (String component : value.substring(1).split("/", -1)) {
            int eq = component.indexOf('=');
            String name = eq < 0 ? "" : component.substring(0, eq);
            if (eq < 0 || eq == component.length() - 1 || !isComponentName(name)) {
                throw new IllegalArgumentException("Invalid legacyExchangeDN '" + value + "': component '" + component
                        + "' is not o=, ou= or cn= followed by a value");
            }
        }
    }

    /** Parses a legacyExchangeDN; same as the constructor. */
    public static LegacyExchangeDn parse(String value) {
        return new LegacyExchangeDn(value);
    }

    /**
     * The legacyExchangeDN inside an X500 proxy address.
     *
     * @throws IllegalArgumentException if {@code x500} is not an X500 address or its value is not a
     *     valid legacyExchangeDN
     */
    public static LegacyExchangeDn fromX500(ProxyAddress x500) {
        if (!x500.isX500()) {
            throw new IllegalArgumentException("Proxy address '" + x500 + "' is not an X500 address");
        }
        return new LegacyExchangeDn(x500.address());
    }

    /** This DN with one more {@code /cn=<cn>} component. */
    public LegacyExchangeDn withCn(String cn) {
        return new LegacyExchangeDn(value + "/cn=" + cn);
    }

    /** {@code X500:<value>}, the alias that keeps replies to old items working after a replacement. */
    public ProxyAddress asX500() {
        return ProxyAddress.x500(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyExchangeDn d && CaseFold.equal(value, d.value);
    }

    @Override
    public int hashCode() {
        return CaseFold.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isComponentName(String name) {
        return name.equalsIgnoreCase("o") || name.equalsIgnoreCase("ou") || name.equalsIgnoreCase("cn");
    }
}
