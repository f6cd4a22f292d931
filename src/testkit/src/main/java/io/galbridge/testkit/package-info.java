/**
 * Two directory forests for any test: a {@code source} and a {@code target}, with one handle type
 * ({@link io.galbridge.testkit.TestForest}) whatever server runs behind it.
 *
 * <p>Providers ({@link io.galbridge.testkit.ForestProvider}) start the servers: the embedded UnboundID
 * server (always available), Samba AD DC and OpenLDAP slapd (Debian packages). Tests get forests through
 * the JUnit 5 extension in {@link io.galbridge.testkit.junit}; the {@code galbridge demo} command uses the
 * embedded provider directly, without JUnit.
 */
package io.galbridge.testkit;
