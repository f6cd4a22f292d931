package io.galbridge.mapping.model;

import java.util.Objects;

/**
 * A targetAddress value, stored verbatim with its address-type prefix, e.g. {@code
 * SMTP:jane@src.example} or PMR's {@code smtp:jane@route.src.example} (spec 5.5). The prefix is
 * read case-insensitively; {@link #smtp(String)} builds new values with upper-case {@code SMTP:}.
 * Equality is case-insensitive on prefix and address, as AD compares the attribute.
 *
 * @param value the stored text, never null
 */
public record TargetAddress(String value) {

    /** Validates that the value is a well-formed {@code type:address}. */
    public TargetAddress {
        Objects.requireNonNull(value, "targetAddress");
        try {
            ProxyAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid targetAddress '" + value + "': " + e.getMessage(), e);
        }
    }

    /** Parses a stored targetAddress; same as the constructor. */
    public static TargetAddress parse(String value) {
        return new TargetAddress(value);
    }

    /** {@code SMTP:<address>}, the form to write for new values. */
    public static TargetAddress smtp(String address) {
        return new TargetAddress("SMTP:" + address);
    }

    /** The target address for a chosen proxy address, copied verbatim (PMR rule C). */
    public static TargetAddress of(ProxyAddress proxy) {
        return new TargetAddress(proxy.toString());
    }

    /** The value as a proxy address (prefix as stored). */
    public ProxyAddress asProxyAddress() {
        return ProxyAddress.parse(value);
    }

    /** The prefix as stored, e.g. {@code SMTP}. */
    public String type() {
        return asProxyAddress().type();
    }

    /** The address without the prefix. */
    public String address() {
        return asProxyAddress().address();
    }

    /** Whether the prefix is SMTP (any case). */
    public boolean isSmtp() {
        return asProxyAddress().isSmtp();
    }

    /**
     * The domain of an SMTP target address.
     *
     * @throws IllegalStateException if this is not an SMTP target address
     */
    public String domain() {
        return asProxyAddress().domain();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetAddress t && asProxyAddress().equals(t.asProxyAddress());
    }

    @Override
    public int hashCode() {
        return asProxyAddress().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
