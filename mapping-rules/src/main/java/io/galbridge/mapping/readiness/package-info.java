/**
 * Pure pre-flight checks that turn the edge cases of spec section 6 into {@link
 * io.galbridge.mapping.readiness.Finding}s before anything is written.
 */
package io.galbridge.mapping.readiness;
