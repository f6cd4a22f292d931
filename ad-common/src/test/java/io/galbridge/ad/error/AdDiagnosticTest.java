package io.galbridge.ad.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdDiagnosticTest {

    /** Captured diagnostics: Windows AD (published) and Samba 4.17 AD DC (captured on this project's test DC). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
            80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v3839 | 80090308 | LdapErr | 0C090447 | -    | -                    | AcceptSecurityContext error | 52e
            80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 775, v1db1 | 80090308 | LdapErr | 0C0903A9 | -    | -                    | AcceptSecurityContext error | 775
            80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 701, v1db1 | 80090308 | LdapErr | 0C0903A9 | -    | -                    | AcceptSecurityContext error | 701
            00000005: SecErr: DSID-03152857, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0            | 00000005 | SecErr  | 03152857 | 4003 | INSUFF_ACCESS_RIGHTS | -                           | 0
            00002071: UpdErr: DSID-030502F8, problem 6005 (ENTRY_EXISTS), data 0                    | 00002071 | UpdErr  | 030502F8 | 6005 | ENTRY_EXISTS         | -                           | 0
            0000208D: NameErr: DSID-03100241, problem 2001 (NO_OBJECT), data 0, best match of:      | 0000208D | NameErr | 03100241 | 2001 | NO_OBJECT            | -                           | 0
            000020B5: AtrErr: DSID-030F0A2C, #1:                                                    | 000020B5 | AtrErr  | 030F0A2C | -    | -                    | -                           | -
            00002035: SvcErr: DSID-031A1254, problem 5003 (WILL_NOT_PERFORM), data 0                | 00002035 | SvcErr  | 031A1254 | 5003 | WILL_NOT_PERFORM     | -                           | 0
            0000202B: RefErr: DSID-0310084A, data 0, 1 access points                                | 0000202B | RefErr  | 0310084A | -    | -                    | -                           | 0
            00002035: LdapErr: DSID-0C0903AD, comment: The server has been configured to deny unauthenticated simple binds., data 0, v4563 | 00002035 | LdapErr | 0C0903AD | - | - | The server has been configured to deny unauthenticated simple binds. | 0
            00002035: replmd_add: it's not allowed to add an object with objectGUID!              | 00002035 | -       | -        | -    | -                    | -                           | -
            000020B5: Referenced object not found at ../../source4/dsdb/samdb/ldb_modules/extended_dn_store.c:357:extended_replace_callback | 000020B5 | - | - | - | - | - | -
            00002098: Object CN=Administrator,CN=Users,DC=adcap,DC=test has no write property access | 00002098 | -      | -        | -    | -                    | -                           | -
            Entry CN=Administrator,CN=Users,DC=adcap,DC=test already exists                        | -        | -       | -        | -    | -                    | -                           | -
            dsid-0c090447 in lower case                                                             | -        | -       | 0C090447 | -    | -                    | -                           | -
            """)
    void parsesCapturedDiagnostics(
            String message,
            String win32,
            String category,
            String dsid,
            Integer problemCode,
            String problemName,
            String comment,
            String data) {
        AdDiagnostic d = AdDiagnostic.parse(message);

        assertThat(d.message()).isEqualTo(message);
        assertThat(d.win32Code())
                .isEqualTo(win32 == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(win32, 16)));
        assertThat(d.category()).isEqualTo(Optional.ofNullable(category));
        assertThat(d.dsid()).isEqualTo(Optional.ofNullable(dsid));
        assertThat(d.problemCode()).isEqualTo(problemCode == null ? OptionalInt.empty() : OptionalInt.of(problemCode));
        assertThat(d.problemName()).isEqualTo(Optional.ofNullable(problemName));
        assertThat(d.comment()).isEqualTo(Optional.ofNullable(comment));
        assertThat(d.dataCode())
                .isEqualTo(data == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(data, 16)));
    }

    @ParameterizedTest(name = "data {0} -> {1}")
    @CsvSource({
        "525, USER_NOT_FOUND",
        "52e, WRONG_PASSWORD",
        "530, LOGON_TIME_RESTRICTED",
        "531, WORKSTATION_RESTRICTED",
        "532, PASSWORD_EXPIRED",
        "533, ACCOUNT_DISABLED",
        "568, TOO_MANY_CONTEXT_IDS",
        "701, ACCOUNT_EXPIRED",
        "773, PASSWORD_MUST_CHANGE",
        "775, ACCOUNT_LOCKED_OUT"
    })
    void readsBindFailureFromDataCode(String data, AdBindFailure expected) {
        AdDiagnostic d = AdDiagnostic.parse(
                "80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data " + data + ", v1db1");

        assertThat(d.bindFailure()).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL",
                "''",
                "'   '",
                "'garbage: : :'",
                "'80090308'",
                "'ZZZZZZZZ: LdapErr: DSID-XYZ'",
                "'80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 999, v1db1'",
                "'problem 99999999999 (X), data FFFFFFFFF'"
            })
    void toleratesAbsentMalformedAndUnknownParts(String message) {
        AdDiagnostic d = AdDiagnostic.parse(message);

        assertThat(d.message()).isEqualTo(message == null ? "" : message);
        assertThat(d.bindFailure()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 52e, v1db1 | AD 80090308 LdapErr data 52e DSID-0C0903A9",
                "00002071: UpdErr: DSID-030502F8, problem 6005 (ENTRY_EXISTS), data 0 | AD 00002071 UpdErr problem 6005 (ENTRY_EXISTS) data 0 DSID-030502F8",
                "something else | ''"
            })
    void rendersRecognisedCodesCompactly(String message, String codes) {
        assertThat(AdDiagnostic.parse(message).codes()).isEqualTo(codes);
    }
}
