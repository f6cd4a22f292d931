/**
 * What the rules engine asks a directory to do: {@link io.galbridge.mapping.plan.Modification}s of one
 * entry, grouped into {@link io.galbridge.mapping.plan.EntryChange}s. Plans are pure data; connectors and the
 * command carry them out. Values are {@code String} or {@code byte[]} (binary attributes such as GUIDs).
 */
package io.galbridge.mapping.plan;
