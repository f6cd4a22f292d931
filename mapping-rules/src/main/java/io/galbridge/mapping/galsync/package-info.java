/**
 * The GAL-sync rules of galbridge's default mode (spec 3): scope ({@link
 * io.galbridge.mapping.galsync.SourceScope}), join and ownership, replica attributes (targetAddress,
 * proxyAddresses merge, X500s, msExchOriginatingForest, mAPIRecipient, RDT, the GAL attribute set),
 * deterministic CNs ({@link io.galbridge.mapping.galsync.ContactNamer}), value-level proxy changes that
 * keep foreign values ({@link io.galbridge.mapping.galsync.ProxyPlan}), deletion, and the X500 back-flow
 * to the source ({@link io.galbridge.mapping.galsync.X500BackFlow}). Entry point: {@link
 * io.galbridge.mapping.galsync.GalSyncRules}. Everything is pure: decisions are data that the caller
 * carries out and persists.
 */
package io.galbridge.mapping.galsync;
