/** galbridge mapping-rules. */
package io.galbridge.mapping;
