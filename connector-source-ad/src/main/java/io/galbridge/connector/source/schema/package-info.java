/** The recipient object class: catalog attributes with ConnId types, and computed attributes. */
package io.galbridge.connector.source.schema;
