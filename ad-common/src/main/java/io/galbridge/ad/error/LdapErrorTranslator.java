package io.galbridge.ad.error;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import java.util.Objects;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.ConnectorIOException;
import org.identityconnectors.framework.common.exceptions.ConnectorSecurityException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.InvalidCredentialException;
import org.identityconnectors.framework.common.exceptions.InvalidPasswordException;
import org.identityconnectors.framework.common.exceptions.OperationTimeoutException;
import org.identityconnectors.framework.common.exceptions.PasswordExpiredException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;

/**
 * The one place where an LDAP failure becomes a ConnId exception.
 *
 * <p>The choice follows what a ConnId host (midPoint) does with each type: {@link UnknownUidException}
 * for a missing object, {@link AlreadyExistsException} for a naming clash, {@link
 * InvalidAttributeValueException} for data the directory refuses, {@link ConnectionFailedException},
 * {@link ConnectorIOException} and {@link OperationTimeoutException} for retryable transport problems,
 * {@link InvalidCredentialException}/{@link PasswordExpiredException} for a refused bind, and {@link
 * ConnectorException} for the rest. The result code decides first; AD's diagnostic ({@link
 * AdDiagnostic}) refines it where AD packs several meanings into one code.
 *
 * <p>Every returned exception carries the {@link LDAPException} as its cause, and a message of the form
 * {@code "<object>: <reason> [LDAP <code> (<name>); <AD codes>]: <diagnostic>"}. Messages contain what
 * the server said and the object named by the caller, never a request value, so no password can appear.
 *
 * <p>Stateless and thread-safe. Methods always return, never throw; callers write {@code throw
 * LdapErrorTranslator.translate(e, dn)}.
 */
public final class LdapErrorTranslator {

    /** Win32 ERROR_NO_SUCH_USER: AD and Samba use it (with result 32) for a DN value naming a missing object. */
    static final long WIN32_NO_SUCH_USER = 0x525L;
    /** Win32 ERROR_PASSWORD_RESTRICTION: a new password breaks the domain's password policy (result 19). */
    static final long WIN32_PASSWORD_RESTRICTION = 0x52DL;
    /** Win32 ERROR_DS_UNWILLING_TO_PERFORM (result 53), e.g. a client-supplied objectGUID. */
    static final long WIN32_UNWILLING_TO_PERFORM = 0x2035L;
    /** Samba's code with result 19 for a DN-valued attribute that names a missing object. */
    static final long WIN32_REFERENCED_OBJECT_NOT_FOUND = 0x20B5L;

    private LdapErrorTranslator() {}

    /**
     * Translates a failed LDAP operation.
     *
     * @param failure the exception UnboundID threw; not null
     * @param object what the operation concerned, as named in the message: a DN, or a description such
     *     as {@code "bind as CN=svc,OU=Service,DC=src,DC=test"} or {@code "search under DC=src,DC=test"};
     *     not null
     * @return the ConnId exception to throw, with {@code failure} as its cause
     */
    public static ConnectorException translate(LDAPException failure, String object) {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(object, "object");
        ResultCode code = failure.getResultCode();
        AdDiagnostic diagnostic = AdDiagnostic.parse(failure.getDiagnosticMessage());
        if (!code.isConnectionUsable() && TlsFailure.classify(failure).isPresent()) {
            // LDAPS handshake failures come as 91 (connect error), StartTLS ones as 82 (local error)
            return connectionFailed(failure, object, diagnostic);
        }
        return switch (code.intValue()) {
            case ResultCode.INVALID_CREDENTIALS_INT_VALUE -> invalidCredentials(failure, object, diagnostic);
            case ResultCode.INAPPROPRIATE_AUTHENTICATION_INT_VALUE ->
                new InvalidCredentialException(
                        message(object, "authentication method not allowed for this account", failure, diagnostic),
                        failure);
            case ResultCode.STRONG_AUTH_REQUIRED_INT_VALUE, ResultCode.CONFIDENTIALITY_REQUIRED_INT_VALUE ->
                new ConnectorSecurityException(
                        message(
                                object,
                                "the server requires a protected connection: use STARTTLS or LDAPS",
                                failure,
                                diagnostic),
                        failure);
            case ResultCode.ENTRY_ALREADY_EXISTS_INT_VALUE ->
                new AlreadyExistsException(
                        message(object, "an entry with this name already exists", failure, diagnostic), failure);
            case ResultCode.NO_SUCH_OBJECT_INT_VALUE -> noSuchObject(failure, object, diagnostic);
            case ResultCode.INSUFFICIENT_ACCESS_RIGHTS_INT_VALUE ->
                new PermissionDeniedException(
                        message(object, "insufficient access rights", failure, diagnostic), failure);
            case ResultCode.CONSTRAINT_VIOLATION_INT_VALUE -> constraintViolation(failure, object, diagnostic);
            case ResultCode.INVALID_ATTRIBUTE_SYNTAX_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "a value does not match its attribute's syntax");
            case ResultCode.ATTRIBUTE_OR_VALUE_EXISTS_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "the attribute or value is already present");
            case ResultCode.NO_SUCH_ATTRIBUTE_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "no such attribute or value");
            case ResultCode.UNDEFINED_ATTRIBUTE_TYPE_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "the attribute is not defined in the directory schema");
            case ResultCode.OBJECT_CLASS_VIOLATION_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "the entry would violate its object classes");
            case ResultCode.NAMING_VIOLATION_INT_VALUE -> invalidValue(failure, object, diagnostic, "naming violation");
            case ResultCode.INVALID_DN_SYNTAX_INT_VALUE -> invalidValue(failure, object, diagnostic, "invalid DN");
            case ResultCode.NOT_ALLOWED_ON_RDN_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "the naming attribute can only be changed by a rename");
            case ResultCode.OBJECT_CLASS_MODS_PROHIBITED_INT_VALUE ->
                invalidValue(failure, object, diagnostic, "object class modifications are prohibited");
            case ResultCode.UNWILLING_TO_PERFORM_INT_VALUE ->
                new ConnectorException(message(object, unwillingReason(diagnostic), failure, diagnostic), failure);
            case ResultCode.NOT_ALLOWED_ON_NONLEAF_INT_VALUE ->
                new ConnectorException(message(object, "the entry has children", failure, diagnostic), failure);
            case ResultCode.SERVER_DOWN_INT_VALUE, ResultCode.CONNECT_ERROR_INT_VALUE ->
                connectionFailed(failure, object, diagnostic);
            case ResultCode.UNAVAILABLE_INT_VALUE ->
                new ConnectionFailedException(
                        message(object, "the server is unavailable", failure, diagnostic), failure);
            case ResultCode.BUSY_INT_VALUE ->
                new ConnectorIOException(message(object, "the server is busy", failure, diagnostic), failure);
            case ResultCode.TIMEOUT_INT_VALUE ->
                new OperationTimeoutException(
                        message(object, "no response from the server within the response timeout", failure, diagnostic),
                        failure);
            case ResultCode.TIME_LIMIT_EXCEEDED_INT_VALUE ->
                new OperationTimeoutException(
                        message(object, "the server's time limit was exceeded", failure, diagnostic), failure);
            case ResultCode.SIZE_LIMIT_EXCEEDED_INT_VALUE ->
                new ConnectorException(
                        message(
                                object,
                                "the server's size limit was exceeded (use a paged search)",
                                failure,
                                diagnostic),
                        failure);
            case ResultCode.LOCAL_ERROR_INT_VALUE,
                    ResultCode.ENCODING_ERROR_INT_VALUE,
                    ResultCode.DECODING_ERROR_INT_VALUE ->
                new ConnectorIOException(message(object, "the LDAP exchange failed", failure, diagnostic), failure);
            case ResultCode.REFERRAL_INT_VALUE ->
                new ConnectorException(
                        message(
                                object,
                                "the server sent a referral elsewhere" + referrals(failure),
                                failure,
                                diagnostic),
                        failure);
            case ResultCode.UNAVAILABLE_CRITICAL_EXTENSION_INT_VALUE ->
                new ConnectorException(
                        message(object, "the server does not support a control marked critical", failure, diagnostic),
                        failure);
            default -> new ConnectorException(message(object, "the operation failed", failure, diagnostic), failure);
        };
    }

    /**
     * Translates a failed LDAP operation given as a result (e.g. from a search that returned a non-success
     * result without throwing).
     *
     * @param result the non-success result; not null
     * @param object what the operation concerned, see {@link #translate(LDAPException, String)}; not null
     * @return the ConnId exception, whose cause is an {@link LDAPException} wrapping {@code result}
     */
    public static ConnectorException translate(LDAPResult result, String object) {
        return translate(new LDAPException(Objects.requireNonNull(result, "result")), object);
    }

    /**
     * Translates a failed LDAP operation on an entry.
     *
     * @param failure the exception UnboundID threw; not null
     * @param entry the entry concerned; not null
     * @return the ConnId exception to throw
     */
    public static ConnectorException translate(LDAPException failure, DN entry) {
        return translate(failure, Objects.requireNonNull(entry, "entry").toString());
    }

    private static ConnectorException invalidCredentials(LDAPException failure, String object, AdDiagnostic d) {
        Optional<AdBindFailure> bind = d.bindFailure();
        String reason =
                "invalid credentials" + bind.map(b -> " (" + b.reason() + ")").orElse("");
        String message = message(object, reason, failure, d);
        if (bind.isPresent() && bind.get().isPasswordExpiry()) {
            return new PasswordExpiredException(message, failure);
        }
        return new InvalidCredentialException(message, failure);
    }

    private static ConnectorException noSuchObject(LDAPException failure, String object, AdDiagnostic d) {
        if (d.hasWin32Code(WIN32_NO_SUCH_USER)) {
            // Samba 4.17, adding a member that does not exist:
            // "00000525: specified dn doesn't exist at ../../source4/dsdb/samdb/ldb_modules/extended_dn_store.c:160"
            return invalidValue(failure, object, d, "a DN-valued attribute names an object that does not exist");
        }
        String matched = failure.getMatchedDN();
        String reason = "no such object"
                + (matched == null || matched.isEmpty() ? "" : " (nearest existing entry: " + matched + ")");
        return new UnknownUidException(message(object, reason, failure, d), failure);
    }

    private static ConnectorException constraintViolation(LDAPException failure, String object, AdDiagnostic d) {
        if (d.hasWin32Code(WIN32_PASSWORD_RESTRICTION)) {
            return new InvalidPasswordException(
                    message(object, "the new password does not meet the domain's password policy", failure, d),
                    failure);
        }
        if (d.hasWin32Code(WIN32_REFERENCED_OBJECT_NOT_FOUND)) {
            // Samba 4.17, manager / showInAddressBook naming a missing object:
            // "000020B5: Referenced object not found at ../../source4/dsdb/samdb/ldb_modules/extended_dn_store.c:357"
            return invalidValue(failure, object, d, "a DN-valued attribute names an object that does not exist");
        }
        return invalidValue(failure, object, d, "constraint violation");
    }

    private static String unwillingReason(AdDiagnostic d) {
        // Samba 4.17: "00002035: replmd_add: it's not allowed to add an object with objectGUID!"
        return "the server is unwilling to perform the operation"
                + (d.hasWin32Code(WIN32_UNWILLING_TO_PERFORM) && d.message().contains("objectGUID")
                        ? " (objectGUID is assigned by the server and cannot be supplied)"
                        : "");
    }

    private static ConnectorException connectionFailed(LDAPException failure, String object, AdDiagnostic d) {
        Optional<TlsFailure> tls = TlsFailure.classify(failure);
        String reason = tls.map(TlsFailure::reason).orElse("cannot reach the server or the connection was lost");
        return new ConnectionFailedException(message(object, reason, failure, d), failure);
    }

    private static InvalidAttributeValueException invalidValue(
            LDAPException failure, String object, AdDiagnostic d, String reason) {
        return new InvalidAttributeValueException(message(object, reason, failure, d), failure);
    }

    private static String referrals(LDAPException failure) {
        String[] urls = failure.getReferralURLs();
        return urls == null || urls.length == 0 ? "" : " (" + String.join(", ", urls) + ")";
    }

    private static String message(String object, String reason, LDAPException failure, AdDiagnostic d) {
        ResultCode code = failure.getResultCode();
        StringBuilder sb = new StringBuilder(object)
                .append(": ")
                .append(reason)
                .append(" [LDAP ")
                .append(code.intValue())
                .append(" (")
                .append(code.getName())
                .append(')');
        String codes = d.codes();
        if (!codes.isEmpty()) {
            sb.append("; ").append(codes);
        }
        sb.append(']');
        String detail = d.message().isBlank() ? failure.getMessage() : d.message();
        if (detail != null && !detail.isBlank()) {
            sb.append(": ").append(detail.strip());
        }
        return sb.toString();
    }
}
