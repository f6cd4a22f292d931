/** galbridge src/testkit. */
package io.galbridge.testkit;
