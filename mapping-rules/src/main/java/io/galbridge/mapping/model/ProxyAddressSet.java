package io.galbridge.mapping.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ordered, immutable value set of a recipient's proxyAddresses, maintained with GALSync's merge
 * rules (spec 3.6, 5.3).
 *
 * <p>Invariants, true of every instance: at most one primary {@code SMTP:} value; at most one
 * {@code sip:} value; no two values that are equal ignoring case (and role), because AD rejects
 * them as duplicates. Values of other types (X500, X400, EUM, SPO, unknown) are kept untouched and
 * in order. Equality is the ordered list of exact stored strings.
 */
public final class ProxyAddressSet implements Iterable<ProxyAddress> {

    private static final ProxyAddressSet EMPTY = new ProxyAddressSet(List.of());

    private final List<ProxyAddress> values;

    private ProxyAddressSet(List<ProxyAddress> values) {
        this.values = List.copyOf(values);
    }

    /** The empty set. */
    public static ProxyAddressSet empty() {
        return EMPTY;
    }

    /**
     * Parses stored values strictly, as read from a directory: the order is kept and nothing is
     * merged.
     *
     * @param storedValues the proxyAddresses values, never null
     * @throws IllegalArgumentException if a value is malformed, two values are equal ignoring case,
     *     or there is more than one primary SMTP or more than one SIP value
     */
    public static ProxyAddressSet parse(Collection<String> storedValues) {
        List<ProxyAddress> parsed = new ArrayList<>(storedValues.size());
        Set<ProxyAddress> seen = new HashSet<>();
        for (String value : storedValues) {
            ProxyAddress p = ProxyAddress.parse(value);
            if (!seen.add(p)) {
                throw new IllegalArgumentException(
                        "Duplicate proxy address '" + value + "': another value differs from it only in case");
            }
            parsed.add(p);
        }
        if (parsed.stream().filter(ProxyAddress::isPrimarySmtp).count() > 1) {
            throw new IllegalArgumentException("More than one primary SMTP proxy address in " + storedValues);
        }
        if (parsed.stream().filter(ProxyAddress::isSip).count() > 1) {
            throw new IllegalArgumentException("More than one SIP proxy address in " + storedValues);
        }
        return new ProxyAddressSet(parsed);
    }

    /**
     * Merges one value in, following spec 3.6.
     *
     * <ul>
     *   <li>A value already present (ignoring case and role) is left as it is, except that a
     *       secondary SMTP becomes primary when the added value is the primary SMTP.
     *   <li>A primary {@code SMTP:} value demotes the current primary to {@code smtp:} and takes the
     *       place of a secondary with the same address, or is appended.
     *   <li>A SIP value replaces the current SIP value in place, or is appended.
     *   <li>Any other value is appended.
     * </ul>
     *
     * @return the merged set; {@code this} if nothing changed
     */
    public ProxyAddressSet with(ProxyAddress added) {
        Objects.requireNonNull(added, "proxy address");
        int existing = indexOf(added);
        if (added.isPrimarySmtp()) {
            if (existing >= 0 && values.get(existing).isPrimarySmtp()) {
                return this;
            }
            List<ProxyAddress> next = new ArrayList<>(values);
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).isPrimarySmtp()) {
                    next.set(i, next.get(i).asSecondary());
                }
            }
            if (existing >= 0) {
                next.set(existing, added);
            } else {
                next.add(added);
            }
            return new ProxyAddressSet(next);
        }
        if (existing >= 0) {
            return this;
        }
        List<ProxyAddress> next = new ArrayList<>(values);
        if (added.isSip()) {
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).isSip()) {
                    next.set(i, added);
                    return new ProxyAddressSet(next);
                }
            }
        }
        next.add(added);
        return new ProxyAddressSet(next);
    }

    /** Merges each value in order with {@link #with(ProxyAddress)}. */
    public ProxyAddressSet withAll(Iterable<ProxyAddress> added) {
        ProxyAddressSet result = this;
        for (ProxyAddress p : added) {
            result = result.with(p);
        }
        return result;
    }

    /** Removes the value equal to {@code removed} ignoring case and role; {@code this} if absent. */
    public ProxyAddressSet without(ProxyAddress removed) {
        int i = indexOf(removed);
        if (i < 0) {
            return this;
        }
        List<ProxyAddress> next = new ArrayList<>(values);
        next.remove(i);
        return new ProxyAddressSet(next);
    }

    /**
     * Whether a value equal to {@code candidate} ignoring case and role is present: the exact,
     * per-value presence test that replaces PMR's substring check (spec 2.16).
     */
    public boolean containsAddress(ProxyAddress candidate) {
        return indexOf(candidate) >= 0;
    }

    /** Whether an SMTP value (either role) with this address is present, case-insensitively. */
    public boolean containsSmtp(String address) {
        return containsAddress(ProxyAddress.secondarySmtp(address));
    }

    /** The stored value equal to {@code candidate} ignoring case and role, if present. */
    public Optional<ProxyAddress> find(ProxyAddress candidate) {
        int i = indexOf(candidate);
        return i < 0 ? Optional.empty() : Optional.of(values.get(i));
    }

    /** The primary SMTP value, if any. */
    public Optional<ProxyAddress> primarySmtp() {
        return values.stream().filter(ProxyAddress::isPrimarySmtp).findFirst();
    }

    /** All SMTP values (both roles) in order. */
    public List<ProxyAddress> smtp() {
        return values.stream().filter(ProxyAddress::isSmtp).toList();
    }

    /** SMTP values (both roles) whose domain equals {@code domain} case-insensitively, in order. */
    public List<ProxyAddress> smtpInDomain(String domain) {
        return values.stream().filter(p -> p.isSmtpInDomain(domain)).toList();
    }

    /** All X500 values in order. */
    public List<ProxyAddress> x500s() {
        return values.stream().filter(ProxyAddress::isX500).toList();
    }

    /** The SIP value, if any. */
    public Optional<ProxyAddress> sip() {
        return values.stream().filter(ProxyAddress::isSip).findFirst();
    }

    /** The values in order. */
    public List<ProxyAddress> asList() {
        return values;
    }

    /** The stored strings in order, ready to write to proxyAddresses. */
    public List<String> values() {
        return values.stream().map(ProxyAddress::toString).toList();
    }

    /** Number of values. */
    public int size() {
        return values.size();
    }

    /** Whether there are no values. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values as a stream, in order. */
    public Stream<ProxyAddress> stream() {
        return values.stream();
    }

    @Override
    public Iterator<ProxyAddress> iterator() {
        return values.iterator();
    }

    private int indexOf(ProxyAddress candidate) {
        return values.indexOf(candidate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyAddressSet other && values().equals(other.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return values().toString();
    }
}
