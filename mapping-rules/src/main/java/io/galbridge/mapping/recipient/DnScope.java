package io.galbridge.mapping.recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A subtree of the directory given by its base DN, e.g. a GALSync sync OU. Membership is tested
 * RDN by RDN from the right: attribute types and values compared case-insensitively, spaces around
 * {@code ,} and {@code =} ignored, backslash escapes honoured (a {@code \,} does not split). This is
 * the string-level rule AD applies to the DNs it returns; it does not resolve hex-escaped values.
 *
 * @param baseDn the base DN, never null or blank
 */
public record DnScope(String baseDn) {

    /** Validates that the base DN has at least one well-formed RDN; the text is kept as given. */
    public DnScope {
        Objects.requireNonNull(baseDn, "base DN");
        if (rdns(baseDn).isEmpty()) {
            throw new IllegalArgumentException("Invalid scope base DN '" + baseDn + "': no RDN");
        }
    }

    /** Whether {@code dn} is the base DN or below it. */
    public boolean contains(String dn) {
        List<String> base = rdns(baseDn);
        List<String> entry = rdns(dn);
        if (entry.size() < base.size()) {
            return false;
        }
        return entry.subList(entry.size() - base.size(), entry.size()).equals(base);
    }

    /** Normalised RDNs, leftmost first. */
    private static List<String> rdns(String dn) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\' && i + 1 < dn.length()) {
                current.append(c).append(dn.charAt(++i));
            } else if (c == ',' || c == ';') {
                addRdn(out, current.toString(), dn);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addRdn(out, current.toString(), dn);
        return out;
    }

    private static void addRdn(List<String> out, String rdn, String dn) {
        String trimmed = rdn.strip();
        if (trimmed.isEmpty()) {
            if (!dn.isBlank()) {
                throw new IllegalArgumentException("Invalid DN '" + dn + "': empty RDN");
            }
            return;
        }
        int eq = trimmed.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("Invalid DN '" + dn + "': RDN '" + trimmed + "' has no attribute type");
        }
        out.add(trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT) + "="
                + trimmed.substring(eq + 1).strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }
}
