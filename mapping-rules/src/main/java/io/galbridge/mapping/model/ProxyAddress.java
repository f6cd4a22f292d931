package io.galbridge.mapping.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One value of the proxyAddresses attribute, {@code <type>:<address>} (spec 5.3).
 *
 * <p>The type prefix is kept as written; an all-upper-case prefix ({@code SMTP}, {@code X500})
 * marks the <em>primary</em> role, anything else ({@code smtp}, {@code x500}, {@code sip}) the
 * secondary role. Identity ({@link #equals}) is the type and address compared case-insensitively:
 * the role is not part of it, so {@code SMTP:a@x} equals {@code smtp:A@x}. Use {@link
 * #exactlyEquals} to compare the stored strings.
 *
 * @param type the address type as written, never null, non-empty, without {@code :} or whitespace
 * @param address the address, never null, non-blank, without leading or trailing whitespace
 */
public record ProxyAddress(String type, String address) {

    /** AD's rangeUpper for one proxyAddresses value. */
    public static final int MAX_LENGTH = 1123;

    /** Validates the parts; see the class contract. */
    public ProxyAddress {
        Objects.requireNonNull(type, "proxy address type");
        Objects.requireNonNull(address, "proxy address");
        if (type.isEmpty() || !isTypeName(type)) {
            throw new IllegalArgumentException("Invalid proxy address '" + type + ":" + address + "': type '" + type
                    + "' is not letters, digits or '-' (e.g. SMTP, smtp, X500, sip)");
        }
        if (address.isBlank() || !address.strip().equals(address)) {
            throw new IllegalArgumentException("Invalid proxy address '" + type + ":" + address
                    + "': the address is empty or has leading or trailing whitespace");
        }
        if (type.length() + 1 + address.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Proxy address '" + type + ":" + address + "' is longer than " + MAX_LENGTH + " characters");
        }
        if (type.equalsIgnoreCase("smtp")) {
            int at = address.lastIndexOf('@');
            if (at <= 0 || at == address.length() - 1) {
                throw new IllegalArgumentException(
                        "Invalid SMTP proxy address '" + type + ":" + address + "': expected local@domain");
            }
        }
    }

    /**
     * Parses {@code type:address}, splitting at the <em>first</em> colon (spec 3.6).
     *
     * @param value the stored proxyAddresses value, never null
     * @return the parsed address
     * @throws IllegalArgumentException if there is no colon or a part is invalid
     */
    public static ProxyAddress parse(String value) {
        Objects.requireNonNull(value, "proxy address value");
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    "Invalid proxy address '" + value + "': expected <type>:<address>, e.g. SMTP:jane@example.com");
        }
        return new ProxyAddress(value.substring(0, colon), value.substring(colon + 1));
    }

    /** Returns a primary {@code SMTP:} address. */
    public static ProxyAddress primarySmtp(String address) {
        return new ProxyAddress("SMTP", address);
    }

    /** Returns a secondary {@code smtp:} address. */
    public static ProxyAddress secondarySmtp(String address) {
        return new ProxyAddress("smtp", address);
    }

    /** Returns {@code X500:<legacyExchangeDN>} (GALSync's upper-case spelling). */
    public static ProxyAddress x500(LegacyExchangeDn legacyExchangeDn) {
        return new ProxyAddress("X500", legacyExchangeDn.value());
    }

    /** Whether the type prefix is all upper case, i.e. this is the primary address of its type. */
    public boolean isPrimary() {
        return type.equals(type.toUpperCase(Locale.ROOT)) && !type.equals(type.toLowerCase(Locale.ROOT));
    }

    /** Whether this is an SMTP address (either role). */
    public boolean isSmtp() {
        return type.equalsIgnoreCase("smtp");
    }

    /** Whether this is the primary SMTP address ({@code SMTP:}). */
    public boolean isPrimarySmtp() {
        return isSmtp() && isPrimary();
    }

    /** Whether this is an X500 address (either case). */
    public boolean isX500() {
        return type.equalsIgnoreCase("x500");
    }

    /** Whether this is a SIP address (either case). */
    public boolean isSip() {
        return type.equalsIgnoreCase("sip");
    }

    /**
     * The domain of an SMTP address: the text after the last {@code @}.
     *
     * @throws IllegalStateException if this is not an SMTP address
     */
    public String domain() {
        if (!isSmtp()) {
            throw new IllegalStateException("Proxy address '" + this + "' is not an SMTP address and has no domain");
        }
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** Whether this is an SMTP address whose domain equals {@code domain}, case-insensitively. */
    public boolean isSmtpInDomain(String domain) {
        return isSmtp() && domain().equalsIgnoreCase(domain);
    }

    /** This address with an upper-case (primary) type prefix. */
    public ProxyAddress asPrimary() {
        return new ProxyAddress(type.toUpperCase(Locale.ROOT), address);
    }

    /** This address with a lower-case (secondary) type prefix. */
    public ProxyAddress asSecondary() {
        return new ProxyAddress(type.toLowerCase(Locale.ROOT), address);
    }

    /** Same type and address, case-insensitively, regardless of role; identical to {@link #equals}. */
    public boolean sameValueIgnoringRole(ProxyAddress other) {
        return equals(other);
    }

    /** Whether the stored strings are identical, including the case of prefix and address. */
    public boolean exactlyEquals(ProxyAddress other) {
        return other != null && type.equals(other.type) && address.equals(other.address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyAddress p && CaseFold.equal(address, p.address) && CaseFold.equal(type, p.type);
    }

    /** {@code Objects.hash} of the folded type and address, computed without folding copies. */
    @Override
    public int hashCode() {
        return 31 * (31 + CaseFold.hash(type)) + CaseFold.hash(address);
    }

    /** The stored form, {@code type:address}, e.g. {@code SMTP:jane@example.com}. */
    @Override
    public String toString() {
        return type + ":" + address;
    }

    private static boolean isTypeName(String type) {
        for (int i = 0; i < type.length(); i++) {
            if (!isTypeChar(type.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTypeChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
