package io.galbridge.mapping.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An IMCEAEX address as seen in non-delivery reports, e.g. {@code
 * IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=JDOE@contoso.com}
 * (spec 5.4). Decoding it recovers the legacyExchangeDN whose X500 alias is missing.
 *
 * <p>Encoding: {@code IMCEAEX-}, then the legacyExchangeDN with {@code /} written as {@code _},
 * letters, digits, {@code =} and {@code -} kept, every other byte of its UTF-8 form written as
 * {@code +XX} (upper-case hex), then {@code @<domain>}.
 *
 * @param legacyExchangeDn the encoded legacyExchangeDN, never null
 * @param domain the domain after the last {@code @}, never null or empty
 */
public record ImceaexAddress(LegacyExchangeDn legacyExchangeDn, String domain) {

    private static final String PREFIX = "IMCEAEX-";

    /** Validates the parts. */
    public ImceaexAddress {
        Objects.requireNonNull(legacyExchangeDn, "legacyExchangeDN");
        Objects.requireNonNull(domain, "IMCEAEX domain");
        if (domain.isEmpty() || domain.contains("@")) {
            throw new IllegalArgumentException("Invalid IMCEAEX domain '" + domain + "'");
        }
    }

    /**
     * Decodes an IMCEAEX address (prefix matched case-insensitively; the {@code @domain} suffix is
     * required and dropped from the legacyExchangeDN).
     *
     * @throws IllegalArgumentException if the prefix, the domain or a {@code +XX} escape is missing
     *     or malformed, or the decoded text is not a legacyExchangeDN
     */
    public static ImceaexAddress parse(String text) {
        Objects.requireNonNull(text, "IMCEAEX address");
        if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new IllegalArgumentException("Invalid IMCEAEX address '" + text + "': it must start with " + PREFIX);
        }
        int at = text.lastIndexOf('@');
        if (at < PREFIX.length()) {
            throw new IllegalArgumentException("Invalid IMCEAEX address '" + text + "': no @domain suffix");
        }
        String encoded = text.substring(PREFIX.length(), at);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                bytes.write('/');
            } else if (c == '+') {
                if (i + 2 >= encoded.length()) {
                    throw new IllegalArgumentException("Invalid IMCEAEX address '" + text
                            + "': truncated +XX escape at position " + (PREFIX.length() + i));
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException(
                            "Invalid IMCEAEX address '" + text + "': bad escape '" + encoded.substring(i, i + 3) + "'");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        String legDn = bytes.toString(StandardCharsets.UTF_8);
        return new ImceaexAddress(new LegacyExchangeDn(legDn), text.substring(at + 1));
    }

    /** The X500 proxy address this NDR address asks for. */
    public ProxyAddress asX500() {
        return legacyExchangeDn.asX500();
    }

    /** The encoded form, {@code IMCEAEX-…@domain}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (byte b : legacyExchangeDn.value().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '/') {
                sb.append('_');
            } else if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '='
                    || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('+')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.append('@').append(domain).toString();
    }
}
