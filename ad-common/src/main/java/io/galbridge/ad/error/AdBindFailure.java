package io.galbridge.ad.error;

import java.util.Optional;

/**
 * Why Active Directory refused a simple bind: the {@code data} code of an {@code 80090308: LdapErr}
 * diagnostic that comes with result 49 (invalidCredentials).
 *
 * <p>AD answers result 49 for all of these; only the data code tells a wrong password from a locked,
 * disabled or expired account. Samba AD DC sends the same codes (captured: {@code 52e}, {@code 533},
 * {@code 701}, {@code 773}).
 */
public enum AdBindFailure {
    /** {@code 525}: no account has this name. */
    USER_NOT_FOUND(0x525, "no such account"),
    /** {@code 52e}: the account exists and the password is wrong (AD also reports unknown UPNs this way). */
    WRONG_PASSWORD(0x52E, "wrong password or unknown account"),
    /** {@code 530}: logon is not permitted at this time. */
    LOGON_TIME_RESTRICTED(0x530, "logon not permitted at this time"),
    /** {@code 531}: logon is not permitted from this workstation. */
    WORKSTATION_RESTRICTED(0x531, "logon not permitted from this workstation"),
    /** {@code 532}: the password has expired. */
    PASSWORD_EXPIRED(0x532, "password expired"),
    /** {@code 533}: the account is disabled. */
    ACCOUNT_DISABLED(0x533, "account disabled"),
    /** {@code 568}: the account has too many security ids (token size). */
    TOO_MANY_CONTEXT_IDS(0x568, "too many security ids in the account's token"),
    /** {@code 701}: the account has expired. */
    ACCOUNT_EXPIRED(0x701, "account expired"),
    /** {@code 773}: the password must be changed before the first logon. */
    PASSWORD_MUST_CHANGE(0x773, "password must be changed before logon"),
    /** {@code 775}: the account is locked out. */
    ACCOUNT_LOCKED_OUT(0x775, "account locked out");

    private final int dataCode;
    private final String reason;

    AdBindFailure(int dataCode, String reason) {
        this.dataCode = dataCode;
        this.reason = reason;
    }

    /** The {@code data} code, e.g. {@code 0x52E}. */
    public int dataCode() {
        return dataCode;
    }

    /** A short human reason, e.g. {@code "account locked out"}. */
    public String reason() {
        return reason;
    }

    /** Whether the password itself is the problem (expired or must be changed). */
    public boolean isPasswordExpiry() {
        return this == PASSWORD_EXPIRED || this == PASSWORD_MUST_CHANGE;
    }

    /**
     * Looks up a data code.
     *
     * @param dataCode the code as a number ({@code 0x775})
     * @return the failure, or empty for a code not in this table
     */
    public static Optional<AdBindFailure> fromDataCode(int dataCode) {
        for (AdBindFailure f : values()) {
            if (f.dataCode == dataCode) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
