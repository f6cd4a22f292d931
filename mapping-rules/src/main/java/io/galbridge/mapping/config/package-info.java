/**
 * Configuration of the rules engine: {@link io.galbridge.mapping.config.ForestProfile} (one per forest),
 * {@link io.galbridge.mapping.config.GalSyncSettings}, {@link io.galbridge.mapping.config.PostMoveSettings},
 * {@link io.galbridge.mapping.config.NamingPolicy} and the {@link
 * io.galbridge.mapping.config.OwnershipMarker}. All immutable records with validated, non-null parts unless
 * a component's Javadoc says it may be null. {@link io.galbridge.mapping.config.DnText} compares and
 * composes DN strings without an LDAP library.
 */
package io.galbridge.mapping.config;
