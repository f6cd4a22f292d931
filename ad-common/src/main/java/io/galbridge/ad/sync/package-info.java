/**
 * Change tracking: which objects of a forest were created, modified, renamed, moved or deleted since a
 * point in time, behind one strategy interface, {@link io.galbridge.ad.sync.ChangeTracker}.
 *
 * <p>Three strategies, chosen once from the configured {@link io.galbridge.ad.sync.SyncMode} by {@link
 * io.galbridge.ad.sync.ChangeTrackerFactory}:
 *
 * <ul>
 *   <li>{@link io.galbridge.ad.sync.DirSyncTracker}: AD's DirSync control; needs the "Replicating
 *       Directory Changes" right; sees deletions.
 *   <li>{@link io.galbridge.ad.sync.UsnChangedTracker}: {@code (uSNChanged>=N)} against one domain
 *       controller's {@code highestCommittedUSN}; works with read rights; sees deletions only where the
 *       show-deleted control is allowed.
 *   <li>{@link io.galbridge.ad.sync.ContentSyncTracker}: RFC 4533 content synchronisation (refreshOnly)
 *       on OpenLDAP-based directories (syncprov), with the accesslog overlay's delete records giving deleted
 *       entries their objectGUID.
 * </ul>
 *
 * <p>Where a tracker stands is an opaque, versioned {@link io.galbridge.ad.sync.SyncToken}. Delivery is at
 * least once: a change may be reported again in the next batch, so consumers apply changes idempotently.
 * Nothing in this package accepts or returns {@code null} unless a method or component says so.
 */
package io.galbridge.ad.sync;
