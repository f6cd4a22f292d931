/**
 * Connections to AD domain controllers: validated endpoint settings, TLS with certificate and host-name
 * verification (there is no way to turn either off), a pool, server affinity for operation sequences, and
 * the global catalog. Nothing in this package accepts or returns {@code null} unless a method says so.
 */
package io.galbridge.ad.connection;
