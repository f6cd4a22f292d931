/**
 * Translation of LDAP failures reported by Active Directory and Samba into ConnId exceptions.
 *
 * <p>{@link io.galbridge.ad.error.LdapErrorTranslator} is the one place where an UnboundID {@code
 * LDAPException} becomes a ConnId exception; {@link io.galbridge.ad.error.AdDiagnostic} parses the
 * diagnostic message AD attaches to a result. Nothing in this package returns or accepts {@code null}
 * unless a method says so.
 */
package io.galbridge.ad.error;
