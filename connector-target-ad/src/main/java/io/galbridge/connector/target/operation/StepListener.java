package io.galbridge.connector.target.operation;

import io.galbridge.mapping.prestage.ConversionStep;

/**
 * Told after each MEC→MEU conversion step has been written. Production uses {@link #NONE}; tests inject one
 * that throws to simulate the process dying after step k.
 */
@FunctionalInterface
public interface StepListener {

    /** Does nothing. */
    StepListener NONE = step -> {};

    /** Called after {@code step}'s changes were written to the directory. */
    void afterStep(ConversionStep step);
}
