/**
 * OpenLDAP slapd test forests: {@link io.galbridge.testkit.openldap.OpenLdapForestProvider} (kind
 * {@link io.galbridge.testkit.ForestKind#OPENLDAP}) runs slapd as a child process per forest, with the AD/Exchange
 * schema, syncprov, accesslog and memberof; {@link io.galbridge.testkit.openldap.OpenLdapContainerSupport} reports
 * whether a container engine could supply the same servers.
 */
package io.galbridge.testkit.openldap;
