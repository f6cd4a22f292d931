package io.galbridge.mapping.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Generates the legacyExchangeDN of a new contact the way GALSync does with an admin-group prefix
 * (spec 3.4): {@code <prefix>/cn=<sanitised alias>-<guid>}, or {@code <prefix>/cn=<guid>} when
 * nothing of the alias survives sanitising. The GUID is written as 32 lower-case hex digits.
 *
 * <p>Sanitising decomposes the alias (Unicode NFD), drops combining marks so accented letters
 * become their base letter, maps a few letters without a decomposition ({@code ß→ss}, {@code æ→ae},
 * {@code ø→o}, {@code œ→oe}, {@code ð→d}, {@code đ→d}, {@code ł→l}, {@code þ→th}), keeps ASCII
 * letters, digits, {@code -}, {@code .} and {@code _}, and drops everything else. Deterministic
 * given the injected GUID source.
 */
public final class LegacyExchangeDnGenerator {

    private final LegacyExchangeDn prefix;
    private final Supplier<UUID> guids;

    /**
     * @param prefix the configured admin-group prefix, e.g. {@code /o=Contoso/ou=External/cn=Recipients}
     * @param guids the source of unique suffixes ({@code UUID::randomUUID} in production)
     */
    public LegacyExchangeDnGenerator(LegacyExchangeDn prefix, Supplier<UUID> guids) {
        this.prefix = Objects.requireNonNull(prefix, "legacyExchangeDN prefix");
        this.guids = Objects.requireNonNull(guids, "GUID source");
    }

    /**
     * A new, unique legacyExchangeDN for a recipient with this alias (mailNickname).
     *
     * @param alias the mailNickname, never null (may sanitise to nothing)
     */
    public LegacyExchangeDn generate(String alias) {
        Objects.requireNonNull(alias, "alias");
        String guid = Objects.requireNonNull(guids.get(), "GUID source returned null")
                .toString()
                .replace("-", "")
                .toLowerCase(Locale.ROOT);
        String clean = sanitise(alias);
        return prefix.withCn(clean.isEmpty() ? guid : clean + "-" + guid);
    }

    /** The alias reduced to the characters allowed in a generated legacyExchangeDN (see class doc). */
    public static String sanitise(String alias) {
        if (isAscii(alias)) { // NFD leaves ASCII as it is, and every kept character is ASCII
            StringBuilder sb = new StringBuilder(alias.length());
            for (int i = 0; i < alias.length(); i++) {
                char c = alias.charAt(i);
                if (isKept(c)) {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        String decomposed = Normalizer.normalize(alias, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> sb.append(map(cp)));
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKept(int cp) {
        return (cp >= 'a' && cp <= 'z')
                || (cp >= 'A' && cp <= 'Z')
                || (cp >= '0' && cp <= '9')
                || cp == '-'
                || cp == '.'
                || cp == '_';
    }

    private static String map(int cp) {
        if (isKept(cp)) {
            return Character.toString(cp);
        }
        return switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ð', 'đ' -> "d";
            case 'Ð', 'Đ' -> "D";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            default -> "";
        };
    }
}
