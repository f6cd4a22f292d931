/** The write-backs the migration makes in a source forest (UpdateDeltaOp). */
package io.galbridge.connector.source.update;
