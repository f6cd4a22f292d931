/**
 * Renderers that turn galbridge's AD/Exchange schema catalog ({@link
 * io.galbridge.mapping.schema.ExchangeSchema}) into what each test server needs: an UnboundID in-memory
 * schema, OpenLDAP slapd.conf schema text and a Samba AD schema extension.
 */
package io.galbridge.testkit.schema;
