/**
 * The embedded test forest: UnboundID's in-memory directory server with the project's AD/Exchange schema
 * and interceptors that stand in for AD's and Exchange's server-side stamping. Start it with
 * {@link io.galbridge.testkit.embedded.EmbeddedForestProvider}.
 */
package io.galbridge.testkit.embedded;
