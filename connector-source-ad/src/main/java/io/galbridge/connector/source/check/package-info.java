/** TestOp: connection, schema and rights checks. */
package io.galbridge.connector.source.check;
