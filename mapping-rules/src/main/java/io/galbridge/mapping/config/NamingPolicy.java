package io.galbridge.mapping.config;

/**
 * How replica contacts are named (spec 3.4 CN rules, E21).
 *
 * @param maxLength the longest CN allowed; AD's limit for cn is 64 (1–64)
 * @param appendAliasWhenNonAscii append {@code " (<mailNickname>)"} to a CN that contains a character
 *     above U+007F, when the result fits
 * @param departmentSuffix on a collision first try {@code "<cn> (<department>)"} when the source has a
 *     department and the result fits
 * @param maxCounter on a collision try {@code "<cn>(1)"} … {@code "<cn>(maxCounter)"}, truncating the
 *     base so the suffix fits; GALSync uses 1000 (1–100000)
 */
public record NamingPolicy(int maxLength, boolean appendAliasWhenNonAscii, boolean departmentSuffix, int maxCounter) {

    /** GALSync's policy: 64 characters, alias for non-ASCII, department suffix, counter to 1000. */
    public static final NamingPolicy GALSYNC = new NamingPolicy(64, true, true, 1000);

    /** Validates the ranges. */
    public NamingPolicy {
        if (maxLength < 1 || maxLength > 64) {
            throw new IllegalArgumentException("Naming policy: maxLength " + maxLength + " is outside 1-64");
        }
        if (maxCounter < 1 || maxCounter > 100_000) {
            throw new IllegalArgumentException("Naming policy: maxCounter " + maxCounter + " is outside 1-100000");
        }
    }
}
