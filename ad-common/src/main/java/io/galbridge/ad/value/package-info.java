/**
 * Codecs between LDAP attribute values (bytes on the wire) and Java values, for the AD syntaxes galbridge
 * reads and writes: GUIDs and SIDs (binary), signed 32-bit Integer, 64-bit Large Integer, Boolean,
 * Generalized Time and FILETIME; and {@link io.galbridge.ad.value.GuidDn}, AD's extended DN that names an
 * object by its objectGUID bytes.
 *
 * <p>GUID and SID logic lives in the model ({@link io.galbridge.mapping.model.ExchangeGuid}, {@link
 * io.galbridge.mapping.model.SecurityIdentifier}); the codecs here only move them in and out of
 * attributes and filters, always as bytes. Nothing in this package accepts or returns {@code null}
 * unless a method says so.
 */
package io.galbridge.ad.value;
