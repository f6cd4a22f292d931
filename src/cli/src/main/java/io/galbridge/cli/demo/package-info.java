/** {@code galbridge demo}: two embedded test forests, a seeded estate, and every command run against them. */
package io.galbridge.cli.demo;
