/** Search helpers shared by the connectors: the administrator filter parser. */
package io.galbridge.ad.search;
