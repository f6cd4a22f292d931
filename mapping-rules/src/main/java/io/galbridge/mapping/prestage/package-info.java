/**
 * Pre-staging of mailboxes as mail-enabled users (MEUs) in a target forest: what Microsoft's
 * Prepare-MoveRequest.ps1 does, with the defects of spec 2.16 corrected.
 *
 * <p>{@link io.galbridge.mapping.prestage.MailUserPlanner} turns a source mailbox, the target
 * objects the connector found for it and the names already taken into a {@link
 * io.galbridge.mapping.prestage.MailUserPlan}. The MEC→MEU conversion is a {@link
 * io.galbridge.mapping.prestage.ContactConversion}: ordered, idempotent steps, each a pure function
 * of the observed directory state ({@link io.galbridge.mapping.prestage.ConversionState}), so that a
 * rerun after a crash recognises and finishes the work. Everything here is pure data and pure
 * functions: no LDAP, no I/O. No method returns {@code null} unless its Javadoc says so.
 */
package io.galbridge.mapping.prestage;
