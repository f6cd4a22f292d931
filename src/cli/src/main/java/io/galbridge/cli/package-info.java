/** galbridge src/cli. */
package io.galbridge.cli;
