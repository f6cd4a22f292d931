/** galbridge ad-common. */
package io.galbridge.ad;
