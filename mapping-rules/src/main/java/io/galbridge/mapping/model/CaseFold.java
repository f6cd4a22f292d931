package io.galbridge.mapping.model;

/**
 * The case-insensitive comparison key used by every value type here: each UTF-16 unit folded with
 * {@code Character.toLowerCase(Character.toUpperCase(c))}, the same per-character rule as {@link
 * String#equalsIgnoreCase}, so that equality and hash codes agree for every input (unlike {@link
 * String#toLowerCase}, which can change a string's length). {@link #equal} and {@link #hash} give the same
 * answers as comparing and hashing {@link #key}s, without building them.
 */
final class CaseFold {

    private CaseFold() {}

    /**
     * The folded key of {@code s}; two strings are equal ignoring case iff their keys are equal. Returns {@code s}
     * itself when folding changes nothing (e.g. an all-lower-case ASCII name).
     */
    static String key(String s) {
        int i = 0;
        while (i < s.length() && fold(s.charAt(i)) == s.charAt(i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** Whether {@code key(a).equals(key(b))}, without allocating. */
    static boolean equal(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && fold(x) != fold(y)) {
                return false;
            }
        }
        return true;
    }

    /** {@code key(s).hashCode()}, without allocating. */
    static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h;
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
