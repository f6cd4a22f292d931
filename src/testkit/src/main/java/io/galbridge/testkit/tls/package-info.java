/** A certificate authority made at test time, so test servers present certificates that clients verify. */
package io.galbridge.testkit.tls;
