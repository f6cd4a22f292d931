package io.galbridge.mapping.model;

/**
 * userAccountControl, a signed 32-bit flag Integer (spec 5.6). Immutable: {@link #with(int)} and
 * {@link #without(int)} return new values.
 *
 * @param value the stored value
 */
public record UserAccountControl(int value) {

    public static final int ACCOUNTDISABLE = 0x2;
    public static final int PASSWD_NOTREQD = 0x20;
    public static final int NORMAL_ACCOUNT = 0x200;
    public static final int DONT_EXPIRE_PASSWORD = 0x10000;

    /** 512: an enabled normal account. */
    public static final UserAccountControl ENABLED_USER = new UserAccountControl(NORMAL_ACCOUNT);
    /** 514: a disabled normal account, what PMR stamps on a pre-staged MEU. */
    public static final UserAccountControl DISABLED_USER = new UserAccountControl(NORMAL_ACCOUNT | ACCOUNTDISABLE);

    /**
     * Parses the stored decimal form.
     *
     * @throws IllegalArgumentException if the text is not a 32-bit decimal integer
     */
    public static UserAccountControl parse(String text) {
        try {
            return new UserAccountControl(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid userAccountControl '" + text + "': not a 32-bit integer", e);
        }
    }

    /** Whether every bit of {@code flag} is set. */
    public boolean has(int flag) {
        return flag != 0 && (value & flag) == flag;
    }

    /** This value with {@code flag} set. */
    public UserAccountControl with(int flag) {
        return new UserAccountControl(value | flag);
    }

    /** This value with {@code flag} cleared. */
    public UserAccountControl without(int flag) {
        return new UserAccountControl(value & ~flag);
    }

    /** Whether ACCOUNTDISABLE (0x2) is set. */
    public boolean isDisabled() {
        return has(ACCOUNTDISABLE);
    }

    /** Whether NORMAL_ACCOUNT (0x200) is set. */
    public boolean isNormalAccount() {
        return has(NORMAL_ACCOUNT);
    }

    /** The stored decimal form. */
    public String toLdapString() {
        return Integer.toString(value);
    }
}
