package io.galbridge.mapping.readiness;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One readiness problem of one directory object.
 *
 * @param code a stable identifier, {@code GB-E<n>} after the spec 6 case (e.g. {@code GB-E23}) or
 *     {@code GB-<WORD>} for checks outside that table; never null
 * @param severity whether the problem blocks the operation; never null
 * @param objectDn the DN of the object concerned; never null or blank
 * @param explanation what is wrong, naming the attribute and value; never null or blank
 * @param fix what the administrator (or the engine) does about it; never null or blank
 */
public record Finding(String code, Severity severity, String objectDn, String explanation, String fix) {

    private static final Pattern CODE = Pattern.compile("GB-[A-Z0-9-]+");

    /** Validates the parts. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Invalid finding code '" + code + "': expected GB-<upper-case id>");
        }
        requireText(objectDn, "objectDn", code);
        requireText(explanation, "explanation", code);
        requireText(fix, "fix", code);
    }

    private static void requireText(String value, String name, String code) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("Finding " + code + " needs a non-blank " + name);
        }
    }

    @Override
    public String toString() {
        return code + " " + severity + " " + objectDn + ": " + explanation + " Fix: " + fix;
    }
}
