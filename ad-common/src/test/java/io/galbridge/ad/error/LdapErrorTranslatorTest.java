package io.galbridge.ad.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Result code + captured diagnostic -> ConnId exception. Vectors marked "Samba" were captured from a Samba
 * 4.17 AD DC on this project's test machine; the others are published Windows AD diagnostics.
 */
class LdapErrorTranslatorTest {

    private static final String OBJECT = "CN=Ann Example,OU=Staff,DC=src,DC=test";

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            49 | 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v3839 | InvalidCredentialException    | wrong password
            49 | 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 525, v1db1 | InvalidCredentialException    | no such account
            49 | 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 775, v1db1 | InvalidCredentialException    | account locked out
            49 | 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 533, v1db1 | InvalidCredentialException    | account disabled
            49 | 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 701, v1db1 | InvalidCredentialException    | account expired
            49 | 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 532, v1db1 | PasswordExpiredException      | password expired
            49 | 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 773, v1db1 | PasswordExpiredException      | password must be changed
            49 | ''                                                                                      | InvalidCredentialException    | invalid credentials
            68 | 00002071: UpdErr: DSID-030502F8, problem 6005 (ENTRY_EXISTS), data 0                    | AlreadyExistsException        | already exists
            68 | Entry CN=Administrator,CN=Users,DC=adcap,DC=test already exists                        | AlreadyExistsException        | already exists
            32 | '0000208D: NameErr: DSID-03100241, problem 2001 (NO_OBJECT), data 0, best match of:'    | UnknownUidException           | no such object
            32 | '00002030: No such Base DN: CN=nope,CN=Users,DC=adcap,DC=test'                          | UnknownUidException           | no such object
            32 | '00000525: specified dn doesn''t exist at ../../source4/dsdb/samdb/ldb_modules/extended_dn_store.c:160:extended_dn_handle_fpo_attr' | InvalidAttributeValueException | names an object that does not exist
            50 | 00000005: SecErr: DSID-03152857, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0            | PermissionDeniedException     | insufficient access rights
            50 | '00002098: Object CN=Administrator,CN=Users,DC=adcap,DC=test has no write property access' | PermissionDeniedException | insufficient access rights
            19 | '000020B5: AtrErr: DSID-030F0A2C, #1:'                                                  | InvalidAttributeValueException | names an object that does not exist
            19 | '000020B5: Referenced object not found at ../../source4/dsdb/samdb/ldb_modules/extended_dn_store.c:357:extended_replace_callback' | InvalidAttributeValueException | names an object that does not exist
            19 | '0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!' | InvalidPasswordException | password policy
            19 | '00002082: AtrErr: DSID-03151904, #1:'                                                  | InvalidAttributeValueException | constraint violation
            21 | '00000057: LdapErr: DSID-0C090D77, comment: Error in attribute conversion operation, data 0, v4563' | InvalidAttributeValueException | syntax
            20 | '0000200D: SINGLE-VALUE attribute displayName on CN=Administrator,CN=Users,DC=adcap,DC=test specified more than once' | InvalidAttributeValueException | already present
            16 | 'attribute ''telephoneNumber'': no matching attribute value while deleting attribute on ''CN=Administrator,CN=Users,DC=adcap,DC=test''' | InvalidAttributeValueException | no such attribute
            16 | '0000200A: objectclass_attrs: attribute ''fooBarAttr'' on entry ''CN=c2,CN=Users,DC=adcap,DC=test'' was not found in the schema!' | InvalidAttributeValueException | no such attribute
            17 | '00000057: LdapErr: DSID-0C090D8A, comment: Error in attribute conversion operation, data 0, v4563' | InvalidAttributeValueException | not defined in the directory schema
            65 | '00002014: objectclass_attrs: attribute ''sAMAccountName'' on entry ''CN=c3,CN=Users,DC=adcap,DC=test'' does not exist in the specified objectclasses!' | InvalidAttributeValueException | object classes
            67 | '00002016: Modify of RDN ''CN'' on CN=u1,CN=Users,DC=adcap,DC=test not permitted, must use ''rename'' operation instead' | InvalidAttributeValueException | rename
            53 | '00002035: replmd_add: it''s not allowed to add an object with objectGUID!'               | ConnectorException            | objectGUID is assigned by the server
            53 | 00002035: SvcErr: DSID-031A1254, problem 5003 (WILL_NOT_PERFORM), data 0                | ConnectorException            | unwilling to perform
            53 | '00002035: objectclass: Cannot delete CN=Users,DC=adcap,DC=test, it isn''t permitted!'   | ConnectorException            | unwilling to perform
            66 | '00002015: SvcErr: DSID-031A1255, problem 5003 (WILL_NOT_PERFORM), data 0'              | ConnectorException            | has children
            10 | '0000202B: RefErr: DSID-0310084A, data 0, 1 access points'                              | ConnectorException            | referral
            8  | '00002028: LdapErr: DSID-0C090259, comment: The server requires binds to turn on integrity checking if SSL\\TLS are not already active on the connection, data 0, v4563' | ConnectorSecurityException | STARTTLS or LDAPS
            81 | ''                                                                                      | ConnectionFailedException     | cannot reach the server
            91 | ''                                                                                      | ConnectionFailedException     | cannot reach the server
            52 | ''                                                                                      | ConnectionFailedException     | unavailable
            51 | ''                                                                                      | ConnectorIOException          | busy
            85 | ''                                                                                      | OperationTimeoutException     | response timeout
            3  | ''                                                                                      | OperationTimeoutException     | time limit
            4  | ''                                                                                      | ConnectorException            | size limit
            84 | ''                                                                                      | ConnectorIOException          | LDAP exchange failed
            12 | '00000057: LdapErr: DSID-0C090B0A, comment: Error processing control, data 0, v4563'   | ConnectorException            | control marked critical
            80 | ''                                                                                      | ConnectorException            | operation failed
            """)
    void translatesResultCodeAndDiagnostic(int code, String diagnostic, String exceptionType, String reason) {
        LDAPException failure = serverFailure(ResultCode.valueOf(code), diagnostic);

        ConnectorException translated = LdapErrorTranslator.translate(failure, OBJECT);

        assertThat(translated.getClass().getSimpleName()).isEqualTo(exceptionType);
        assertThat(translated).hasCause(failure);
        assertThat(translated.getMessage())
                .startsWith(OBJECT + ": ")
                .contains(reason)
                .contains("[LDAP " + code + " (");
    }

    @Test
    void messageCarriesTheParsedAdCodesAndTheServerText() {
        LDAPException failure = serverFailure(
                ResultCode.INVALID_CREDENTIALS,
                "80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 775, v3839");

        ConnectorException translated = LdapErrorTranslator.translate(failure, "bind as CN=svc,DC=src,DC=test");

        assertThat(translated.getMessage())
                .isEqualTo("bind as CN=svc,DC=src,DC=test: invalid credentials (account locked out) "
                        + "[LDAP 49 (invalid credentials); AD 80090308 LdapErr data 775 DSID-0C090447]: "
                        + "80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 775, v3839");
    }

    @Test
    void noSuchObjectNamesTheNearestExistingEntry() {
        LDAPResult result = new LDAPResult(
                1,
                ResultCode.NO_SUCH_OBJECT,
                "0000208D: NameErr: DSID-03100241, problem 2001 (NO_OBJECT), data 0, best match of:\n\t'OU=Staff,DC=src,DC=test'\n",
                "OU=Staff,DC=src,DC=test",
                (String[]) null,
                (Control[]) null);

        ConnectorException translated = LdapErrorTranslator.translate(result, OBJECT);

        assertThat(translated.getClass().getSimpleName()).isEqualTo("UnknownUidException");
        assertThat(translated.getMessage()).contains("nearest existing entry: OU=Staff,DC=src,DC=test");
        assertThat(translated.getCause()).isInstanceOf(LDAPException.class);
    }

    @Test
    void referralNamesTheTargets() {
        LDAPException failure = new LDAPException(
                ResultCode.REFERRAL, "0000202B: RefErr: DSID-0310084A, data 0, 1 access points", null, new String[] {
                    "ldap://other.test/DC=other,DC=test"
                });

        assertThat(LdapErrorTranslator.translate(failure, OBJECT).getMessage())
                .contains("ldap://other.test/DC=other,DC=test");
    }

    /** An exception as UnboundID builds it from a server's response. */
    private static LDAPException serverFailure(ResultCode code, String diagnostic) {
        return new LDAPException(new LDAPResult(1, code, diagnostic, null, (String[]) null, (Control[]) null));
    }
}
