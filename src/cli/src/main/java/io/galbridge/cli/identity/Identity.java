package io.galbridge.cli.identity;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One mailbox named on the command line ({@code prestage --identity X}): an SMTP address, a DN, an alias
 * (mailNickname) or a GUID (objectGUID or msExchMailboxGuid), told apart by their form.
 *
 * @param kind what the text names; never null
 * @param value the normalised text: the address without an {@code smtp:} prefix, the DN in UnboundID's
 *     normalised string form, the alias as given, the GUID in canonical lower-case form; never null
 */
public record Identity(Kind kind, String value) {

    /** What an identity names. */
    public enum Kind {
        /** An SMTP address, e.g. {@code ada.lovelace@src.test}. */
        SMTP,
        /** A distinguished name. */
        DN,
        /** An Exchange alias (mailNickname). */
        ALIAS,
        /** A GUID in its string form, e.g. {@code 3f2504e0-4f89-11d3-9a0c-0305e82c3301}. */
        GUID
    }

    private static final Pattern GUID_TEXT =
            Pattern.compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    private static final Pattern SMTP_TEXT = Pattern.compile("[^@\\s]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+");
    /** The characters Exchange allows in an alias (RFC 5322 atext and dots). */
    private static final Pattern ALIAS_TEXT = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]{1,64}");

    /** Validates. */
    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Recognises an identity.
     *
     * @param text the text as given; never null
     * @return the identity
     * @throws IllegalArgumentException naming the text when it is none of the four forms
     */
    public static Identity parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty identity");
        }
        if (GUID_TEXT.matcher(t).matches()) {
            String bare = t.startsWith("{") ? t.substring(1, t.length() - 1) : t;
            if (t.startsWith("{") != t.endsWith("}")) {
                throw new IllegalArgumentException("identity '" + text + "': unbalanced braces around a GUID");
            }
            return new Identity(Kind.GUID, UUID.fromString(bare).toString().toLowerCase(Locale.ROOT));
        }
        if (t.indexOf('=') > 0 && (t.indexOf('@') < 0 || t.indexOf(',') > 0)) {
            try {
                return new Identity(Kind.DN, new DN(t).toString());
            } catch (LDAPException e) {
                throw new IllegalArgumentException(
                        "identity '" + text + "' looks like a DN but is not one: " + e.getExceptionMessage(), e);
            }
        }
        String address = t.regionMatches(true, 0, "smtp:", 0, 5) ? t.substring(5) : t;
        if (SMTP_TEXT.matcher(address).matches()) {
            return new Identity(Kind.SMTP, address);
        }
        if (ALIAS_TEXT.matcher(t).matches() && t.indexOf('@') < 0) {
            return new Identity(Kind.ALIAS, t);
        }
        throw new IllegalArgumentException(
                "identity '" + text + "' is neither an SMTP address, a DN, an alias (mailNickname) nor a GUID");
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
