/**
 * Configurable rules: {@link io.galbridge.mapping.rules.RuleSet} (attribute sets, {@link
 * io.galbridge.mapping.rules.AttributeFlow}s with {@link io.galbridge.mapping.rules.ValueTransform}s,
 * exclusions, per-forest overrides, engine switches) and {@link io.galbridge.mapping.rules.RulesFileLoader},
 * which reads a YAML/JSON rules file and reports every problem with its path and line. The file format
 * is documented on {@link io.galbridge.mapping.rules.RulesFileLoader}; {@code galbridge-rules.yaml} in the
 * module's resources is the built-in defaults written as a file.
 */
package io.galbridge.mapping.rules;
