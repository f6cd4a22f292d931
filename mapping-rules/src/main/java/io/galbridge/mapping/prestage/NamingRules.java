package io.galbridge.mapping.prestage;

import io.galbridge.mapping.config.DnText;
import java.util.Objects;
import java.util.Optional;

/**
 * Deterministic, always-unique names for a new MEU: CN (2.7 step 1, E21), sAMAccountName (rule A,
 * E22) and userPrincipalName (rule B). Unlike PMR, no random numbers: collisions get the suffixes
 * {@code 2, 3, …} (CN as {@code -2}), so a rerun picks the same name; and uniqueness is checked for
 * every length, with the forest-wide {@link NameAvailability}.
 */
public final class NamingRules {

    /** AD's rangeUpper of cn. */
    public static final int MAX_CN_LENGTH = 64;
    /** AD's limit for a user's sAMAccountName. */
    public static final int MAX_SAM_ACCOUNT_NAME_LENGTH = 20;
    /** How many suffixes are tried before giving up (P14). */
    public static final int MAX_ATTEMPTS = 1000;

    private static final String SAM_FORBIDDEN = "\"/\\[]:;|=,+*?<>@";

    private final NameAvailability names;

    /** @param names the forest-wide availability oracle, never null */
    public NamingRules(NameAvailability names) {
        this.names = Objects.requireNonNull(names, "name availability");
    }

    /**
     * A CN free below {@code parentDn}: the wanted name truncated to 64 characters, else the same
     * with {@code -2}, {@code -3}, … within 64 characters.
     *
     * @param wanted the source's cn, never null
     * @return empty if the name is blank or no attempt is free (P14)
     */
    public Optional<String> uniqueCn(String parentDn, String wanted) {
        String base = wanted.strip();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            String suffix = n == 1 ? "" : "-" + n;
            String candidate = truncate(base, MAX_CN_LENGTH - suffix.length()).strip() + suffix;
            if (names.isCnFree(parentDn, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A sAMAccountName free forest-wide: the wanted name cleaned of the characters AD forbids and
     * cut to 20, else the same with a number replacing its tail.
     *
     * @param wanted the source's sAMAccountName (or alias), never null
     * @return empty if nothing usable remains or no attempt is free (P14)
     */
    public Optional<String> uniqueSamAccountName(String wanted) {
        String base = cleanLogonName(wanted);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            String suffix = n == 1 ? "" : Integer.toString(n);
            String candidate = trimDots(truncate(base, MAX_SAM_ACCOUNT_NAME_LENGTH - suffix.length())) + suffix;
            if (!candidate.isEmpty() && names.isSamAccountNameFree(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A userPrincipalName free forest-wide, tried in rule B's order: the source UPN, {@code
     * <cn>@<suffix>}, {@code <sAMAccountName>@<suffix>}, then {@code <source prefix><n>@<suffix>}.
     *
     * @param sourceUpn the source's userPrincipalName, never null
     * @param cn the new MEU's CN, never null
     * @param samAccountName the new MEU's sAMAccountName, never null
     * @return empty if the source UPN has no {@code @} or no attempt is free (P14)
     */
    public Optional<String> uniqueUserPrincipalName(String sourceUpn, String cn, String samAccountName) {
        int at = sourceUpn.lastIndexOf('@');
        if (at <= 0 || at == sourceUpn.length() - 1) {
            return Optional.empty();
        }
        String prefix = sourceUpn.substring(0, at);
        String suffix = sourceUpn.substring(at);
        String cnPrefix = cleanLogonName(cn).replace(" ", "");
        for (String candidate : new String[] {sourceUpn, cnPrefix + suffix, samAccountName + suffix}) {
            if (candidate.length() > suffix.length() && names.isUserPrincipalNameFree(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (int n = 2; n <= MAX_ATTEMPTS; n++) {
            String candidate = prefix + n + suffix;
            if (names.isUserPrincipalNameFree(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code CN=<cn>,<parentDn>} with the CN escaped per RFC 4514. */
    public static String childDn(String cn, String parentDn) {
        return DnText.child("CN", cn, parentDn);
    }

    private static String cleanLogonName(String wanted) {
        StringBuilder sb = new StringBuilder(wanted.length());
        wanted.strip().codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp != 0x7F && SAM_FORBIDDEN.indexOf(cp) < 0) {
                sb.appendCodePoint(cp);
            }
        });
        return trimDots(sb.toString().strip());
    }

    private static String trimDots(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isLowSurrogate(s.charAt(end)) && end > 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
