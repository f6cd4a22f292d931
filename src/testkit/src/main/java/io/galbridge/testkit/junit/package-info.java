/**
 * JUnit 5 integration: annotate a test class with {@link io.galbridge.testkit.junit.WithForests} and declare
 * parameters of type {@link io.galbridge.testkit.TestForest} annotated with
 * {@link io.galbridge.testkit.junit.ForestRole}, or of type {@link io.galbridge.testkit.RunningForests}.
 *
 * <pre>
 * &#64;WithForests(ForestKind.SAMBA)
 * class DirSyncTest {
 *     &#64;Test
 *     void seesCreates(&#64;ForestRole("source") TestForest source) throws Exception { ... }
 * }
 * </pre>
 *
 * <p>Forests start once per test class and stop after it. A provider that cannot run here skips the class
 * with one loud line naming what to install; with {@code GALBRIDGE_REQUIRE_SERVERS=1} it fails instead.
 */
package io.galbridge.testkit.junit;
