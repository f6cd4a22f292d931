package io.galbridge.mapping.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Distinguished names as text, for a module that has no LDAP library (RFC 4514 string form). The
 * connectors turn these strings into UnboundID {@code DN} objects; here they are only compared,
 * composed and escaped.
 *
 * <p>Comparison is by RDN components: split at unescaped commas, whitespace around each component
 * and around {@code =} removed, attribute names and values compared case-insensitively (as AD
 * does). Multi-valued RDNs ({@code +}) are compared as a whole component.
 */
public final class DnText {

    private DnText() {}

    /**
     * The RDN components of {@code dn}, normalised for comparison (lower-cased with {@link
     * Locale#ROOT}, whitespace around {@code =} removed), leftmost first.
     *
     * @param dn a DN in string form, never null; the empty string gives an empty list
     */
    public static List<String> components(String dn) {
        Objects.requireNonNull(dn, "dn");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (escaped) {
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                current.append(c);
                escaped = true;
            } else if (c == ',') {
                out.add(normalise(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank() || !out.isEmpty()) {
            out.add(normalise(current.toString()));
        }
        return List.copyOf(out);
    }

    /** Whether {@code dn} equals {@code ancestor} or lies below it. */
    public static boolean isWithin(String dn, String ancestor) {
        return NormalisedDn.of(dn).isWithin(NormalisedDn.of(ancestor));
    }

    /** Whether two DNs name the same entry (component-wise, case-insensitive). */
    public static boolean same(String dn, String other) {
        return components(dn).equals(components(other));
    }

    /** The parent DN text (everything after the first unescaped comma); empty for a single RDN. */
    public static String parent(String dn) {
        int comma = firstUnescapedComma(dn);
        return comma < 0 ? "" : dn.substring(comma + 1).strip();
    }

    /** The unescaped value of the leftmost RDN, e.g. {@code Doe, Jane} for {@code CN=Doe\, Jane,OU=x}. */
    public static String leftmostValue(String dn) {
        int comma = firstUnescapedComma(dn);
        String rdn = comma < 0 ? dn : dn.substring(0, comma);
        int eq = rdn.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("Invalid DN '" + dn + "': the first RDN has no '='");
        }
        return unescape(stripUnescaped(rdn.substring(eq + 1)));
    }

    /** {@code <attribute>=<escaped value>,<parent>}. */
    public static String child(String attribute, String value, String parent) {
        return attribute + "=" + escape(value) + (parent.isEmpty() ? "" : "," + parent);
    }

    /**
     * The DNS name built from the trailing {@code DC=} components, e.g. {@code src.example} for
     * {@code CN=x,OU=y,DC=src,DC=example}; empty if there are none.
     */
    public static String dnsNameFromDcComponents(String dn) {
        List<String> labels = new ArrayList<>();
        List<String> parts = components(dn);
        for (int i = parts.size() - 1; i >= 0 && parts.get(i).startsWith("dc="); i--) {
            labels.add(0, unescape(parts.get(i).substring(3)));
        }
        return String.join(".", labels);
    }

    /** Escapes an attribute value for a DN string (RFC 4514 section 2.4). */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean special = ",+\"\\<>;=".indexOf(c) >= 0
                    || (i == 0 && (c == ' ' || c == '#'))
                    || (i == value.length() - 1 && c == ' ');
            if (special) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                if (i + 2 < value.length() && isHex(next) && isHex(value.charAt(i + 2))) {
                    sb.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    sb.append(next);
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String stripUnescaped(String value) {
        String s = value.stripLeading();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && (end < 2 || s.charAt(end - 2) != '\\')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int firstUnescapedComma(String dn) {
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                return i;
            }
        }
        return -1;
    }

    private static String normalise(String rdn) {
        StringBuilder sb = new StringBuilder(rdn.length());
        int start = 0;
        for (int i = 0; i <= rdn.length(); i++) {
            // a '+' not preceded by a backslash ends one part of a multi-valued RDN
            if (i == rdn.length() || (rdn.charAt(i) == '+' && (i == 0 || rdn.charAt(i - 1) != '\\'))) {
                appendPart(sb, rdn.substring(start, i));
                start = i + 1;
            }
        }
        return sb.toString();
    }

    private static void appendPart(StringBuilder sb, String part) {
        int eq = part.indexOf('=');
        String name = eq < 0 ? part.strip() : part.substring(0, eq).strip();
        String value = eq < 0 ? "" : unescape(stripUnescaped(part.substring(eq + 1)));
        if (sb.length() > 0) {
            sb.append('+');
        }
        sb.append(name.toLowerCase(Locale.ROOT)).append('=').append(value.toLowerCase(Locale.ROOT));
    }
}
