/** galbridge connector-source-ad. */
package io.galbridge.connector.source;
