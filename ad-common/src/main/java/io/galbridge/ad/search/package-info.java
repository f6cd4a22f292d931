/**
 * Reading from AD: paged searches streamed to a consumer, AD range retrieval of large multi-valued
 * attributes, and the one parser of an administrator-supplied filter. Filters are built from UnboundID
 * {@link com.unboundid.ldap.sdk.Filter} objects only. Nothing here accepts or returns {@code null} unless a
 * method says so.
 */
package io.galbridge.ad.search;
