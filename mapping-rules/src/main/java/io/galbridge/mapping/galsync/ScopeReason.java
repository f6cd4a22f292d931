package io.galbridge.mapping.galsync;

/** Why a source object gets no replica (spec 3.2, 3.3, E11, E26). */
public enum ScopeReason {
    /** Not a user, contact, group or DDL. */
    NOT_A_RECIPIENT,
    /** Lies inside the source forest's own GAL contact OU: a replica of another forest (spec 3.3). */
    INSIDE_SYNC_OU,
    /** Lies inside the source forest's mail-user OU: a pre-staged shadow of another forest's mailbox (3.8). */
    INSIDE_MAIL_USER_OU,
    /** Not under one of the forest's include OUs. */
    NOT_IN_INCLUDED_OU,
    /** Under one of the forest's exclude OUs. */
    IN_EXCLUDED_OU,
    /** A contact outside the forest's authoritative contact OUs (spec 3.3). */
    CONTACT_NOT_AUTHORITATIVE,
    /** An arbitration, mailbox-plan, discovery or other system mailbox (spec 1.1, E26). */
    SYSTEM_MAILBOX,
    /** msExchHideFromAddressLists is TRUE and hidden objects are not exported (E11). */
    HIDDEN,
    /** No legacyExchangeDN (spec 3.2). */
    NO_LEGACY_EXCHANGE_DN,
    /** No proxyAddresses (spec 3.2). */
    NO_PROXY_ADDRESSES,
    /** A user with neither msExchHomeServerName nor targetAddress (spec 3.2). */
    NO_HOME_SERVER_OR_TARGET_ADDRESS,
    /** A contact without targetAddress (spec 3.2). */
    NO_TARGET_ADDRESS,
    /** A group or DDL without a primary {@code SMTP:} proxy (spec 3.2). */
    NO_PRIMARY_SMTP,
    /** No mailNickname: provisioning needs one (spec 3.4). */
    NO_MAIL_NICKNAME
}
