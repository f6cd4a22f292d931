/**
 * Test forests on real Samba Active Directory domain controllers: {@link
 * io.galbridge.testkit.samba.SambaForestProvider} provisions a template per realm once per build, copies it
 * per start, and runs each DC in its own network namespace behind loopback bridges.
 */
package io.galbridge.testkit.samba;
