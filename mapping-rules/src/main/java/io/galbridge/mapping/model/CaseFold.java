package io.galbridge.mapping.model;

/**
 * The case-insensitive comparison key used by every value type here: each UTF-16 unit folded with
 * {@code Character.toLowerCase(Character.toUpperCase(c))}, the same per-character rule as {@link
 * String#equalsIgnoreCase}, so that equality and hash codes agree for every input (unlike {@link
 * String#toLowerCase}, which can change a string's length).
 */
final class CaseFold {

    private CaseFold() {}

    /** The folded key of {@code s}; two strings are equal ignoring case iff their keys are equal. */
    static String key(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}
