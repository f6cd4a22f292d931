/**
 * Change tracking: the {@link io.galbridge.ad.sync.ChangeTracker} strategy interface (DirSync, uSNChanged,
 * RFC 4533 content sync) and the opaque, versioned {@link io.galbridge.ad.sync.SyncToken} that a ConnId host
 * stores between runs. Implementations come later. Nothing here accepts or returns {@code null} unless a
 * method says so.
 */
package io.galbridge.ad.sync;
