package io.galbridge.mapping.prestage;

/** Why pre-staging refuses a mailbox; the codes are those of spec 2.14 and 6. */
public enum RefusalReason {
    /** P5: no source object found. */
    SOURCE_NOT_FOUND,
    /** P6, E16: several source objects found. */
    SOURCE_AMBIGUOUS,
    /** P7: the source is not a mailbox (no mailNickname, msExchHomeServerName or msExchMailboxGuid). */
    SOURCE_NOT_A_MAILBOX,
    /** P8, E9: the source is disabled and has no msExchMasterAccountSid. */
    SOURCE_DISABLED_WITHOUT_MASTER_SID,
    /** E5: the source has no legacyExchangeDN; reported, never invented. */
    SOURCE_WITHOUT_LEGACY_EXCHANGE_DN,
    /** A source or target attribute value is malformed (e.g. duplicate or unparsable proxies). */
    INVALID_DIRECTORY_DATA,
    /** P9, E1: several target objects match. */
    MULTIPLE_TARGET_MATCHES,
    /** P10, E2: the match is a mailbox, a mail-enabled distribution group or a DDL. */
    TARGET_IS_MAILBOX_OR_GROUP,
    /** P11: the match is a foreign MEU or MEC and useLocalObject was not given. */
    USE_LOCAL_OBJECT_REQUIRED,
    /** P12: the match is of another type (security group, public folder, plain user without switch…). */
    UNSUPPORTED_TARGET_TYPE,
    /** P13, E23: no SMTP proxy qualifies as targetAddress. */
    NO_TARGET_ADDRESS,
    /** P14, E21, E22: no free CN, sAMAccountName, userPrincipalName or legacyExchangeDN. */
    NAME_NOT_AVAILABLE
}
