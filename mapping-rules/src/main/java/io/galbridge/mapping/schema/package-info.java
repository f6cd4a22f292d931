/**
 * The catalog of AD/Exchange attributes and object classes galbridge reads and writes ({@link
 * io.galbridge.mapping.schema.ExchangeSchema}), pure data without any LDAP library, rendered by the
 * testkit into each test server's schema.
 */
package io.galbridge.mapping.schema;
