/** SyncOp: change trackers and the opaque sync token. */
package io.galbridge.connector.source.sync;
