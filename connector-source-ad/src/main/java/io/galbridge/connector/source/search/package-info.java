/** SearchOp: ConnId filter translation, scope and paged reads of recipients. */
package io.galbridge.connector.source.search;
