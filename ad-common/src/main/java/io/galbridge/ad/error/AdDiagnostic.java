package io.galbridge.ad.error;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an Active Directory (or Samba AD) diagnostic message, parsed leniently.
 *
 * <p>AD attaches a diagnostic message to most failed results. Its shape varies with the failure:
 *
 * <pre>
 * 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v3839
 * 00002071: UpdErr: DSID-030502F8, problem 6005 (ENTRY_EXISTS), data 0
 * 000020B5: Referenced object not found at ../../source4/dsdb/samdb/ldb_modules/extended_dn_store.c:357
 * </pre>
 *
 * Every part is optional: a message without a part (Samba often omits the category and DSID, other
 * servers send free text) yields an empty value for that part, never a failure. Unknown categories
 * and problem names are kept verbatim.
 *
 * <p>Immutable and thread-safe.
 *
 * @param message the whole diagnostic message as received; empty when the server sent none
 * @param win32Code the leading Win32 error code ({@code 80090308}, {@code 00002071}), unsigned
 * @param category the error category after the code ({@code LdapErr}, {@code SvcErr}, {@code
 *     AtrErr}, {@code NameErr}, {@code UpdErr}, {@code SecErr}, {@code RefErr}, {@code SysErr})
 * @param dsid the directory-service id without its {@code DSID-} prefix, upper case ({@code
 *     0C090447}); it names the place in AD's code that failed
 * @param problemCode the numeric problem after {@code problem} ({@code 6005})
 * @param problemName the symbolic problem in parentheses ({@code ENTRY_EXISTS})
 * @param comment the free text after {@code comment:} ({@code AcceptSecurityContext error})
 * @param dataCode the extended error after {@code data}, read as hexadecimal ({@code 52e} = 0x52E);
 *     for bind failures it says why the credentials were refused, see {@link AdBindFailure}
 */
public record AdDiagnostic(
        String message,
        OptionalLong win32Code,
        Optional<String> category,
        Optional<String> dsid,
        OptionalInt problemCode,
        Optional<String> problemName,
        Optional<String> comment,
        OptionalInt dataCode) {

    private static final Pattern WIN32 = Pattern.compile("^\\s*([0-9A-Fa-f]{8}):");
    private static final Pattern CATEGORY = Pattern.compile("^\\s*[0-9A-Fa-f]{8}:\\s*([A-Za-z]+Err):");
    private static final Pattern DSID = Pattern.compile("\\bDSID-([0-9A-F]{8})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROBLEM = Pattern.compile("\\bproblem (\\d{1,5})\\b(?: \\(([A-Z0-9_]+)\\))?");
    private static final Pattern COMMENT = Pattern.compile("\\bcomment: (.*?)(?:, data |, v[0-9a-fA-F]+$|$)");
    private static final Pattern DATA = Pattern.compile("(?:^|[\\s,])data ([0-9A-Fa-f]{1,8})(?=$|[\\s,])");

    /** Checks the components; {@code message} is kept verbatim. */
    public AdDiagnostic {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(win32Code, "win32Code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dsid, "dsid");
        Objects.requireNonNull(problemCode, "problemCode");
        Objects.requireNonNull(problemName, "problemName");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(dataCode, "dataCode");
    }

    /**
     * Parses a diagnostic message. Never fails: parts that are absent or malformed are empty.
     *
     * @param message the diagnostic message; {@code null} is read as an empty message
     * @return the parsed parts
     */
    public static AdDiagnostic parse(String message) {
        String text = message == null ? "" : message;
        OptionalLong win32 = OptionalLong.empty();
        Matcher m = WIN32.matcher(text);
        if (m.find()) {
            win32 = OptionalLong.of(Long.parseLong(m.group(1), 16));
        }
        Optional<String> category = group(CATEGORY, text, 1);
        Optional<String> dsid = group(DSID, text, 1).map(s -> s.toUpperCase(Locale.ROOT));
        OptionalInt problemCode = OptionalInt.empty();
        Optional<String> problemName = Optional.empty();
        m = PROBLEM.matcher(text);
        if (m.find()) {
            problemCode = OptionalInt.of(Integer.parseInt(m.group(1)));
            problemName = Optional.ofNullable(m.group(2));
        }
        Optional<String> comment = group(COMMENT, text, 1).map(String::strip);
        OptionalInt data = OptionalInt.empty();
        m = DATA.matcher(text);
        if (m.find()) {
            data = OptionalInt.of(Integer.parseUnsignedInt(m.group(1), 16));
        }
        return new AdDiagnostic(text, win32, category, dsid, problemCode, problemName, comment, data);
    }

    /** The reason a bind was refused, from the {@code data} code; empty when there is none or it is unknown. */
    public Optional<AdBindFailure> bindFailure() {
        return dataCode.isPresent() ? AdBindFailure.fromDataCode(dataCode.getAsInt()) : Optional.empty();
    }

    /** Whether the leading Win32 code equals {@code code}. */
    public boolean hasWin32Code(long code) {
        return win32Code.isPresent() && win32Code.getAsLong() == code;
    }

    /**
     * A short rendering of the parsed codes for messages, e.g. {@code "AD 80090308 LdapErr data 52e
     * DSID-0C090447"}; empty when nothing was recognised.
     */
    public String codes() {
        StringBuilder sb = new StringBuilder();
        win32Code.ifPresent(c -> sb.append("AD ").append(String.format(Locale.ROOT, "%08X", c)));
        category.ifPresent(c -> sb.append(sb.length() == 0 ? "" : " ").append(c));
        problemCode.ifPresent(
                p -> sb.append(sb.length() == 0 ? "" : " ").append("problem ").append(p));
        problemName.ifPresent(p -> sb.append(" (").append(p).append(')'));
        dataCode.ifPresent(
                d -> sb.append(sb.length() == 0 ? "" : " ").append("data ").append(Integer.toHexString(d)));
        dsid.ifPresent(
                d -> sb.append(sb.length() == 0 ? "" : " ").append("DSID-").append(d));
        return sb.toString();
    }

    private static Optional<String> group(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }
}
