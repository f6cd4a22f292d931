package io.galbridge.testkit;

/** The kinds of directory server a test forest can run on. */
public enum ForestKind {
    /** UnboundID {@code InMemoryDirectoryServer} in this JVM, with AD stamping emulated; always available. */
    EMBEDDED,
    /** A real Samba Active Directory domain controller (Debian packages {@code samba}, {@code ldb-tools}). */
    SAMBA,
    /** OpenLDAP {@code slapd} (Debian packages {@code slapd}, {@code ldap-utils}) with syncprov and accesslog. */
    OPENLDAP
}
