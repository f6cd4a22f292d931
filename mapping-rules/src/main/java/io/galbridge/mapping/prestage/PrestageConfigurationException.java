package io.galbridge.mapping.prestage;

/**
 * A pre-staging configuration that cannot run at all, such as {@code overwriteLocalObject} without
 * {@code useLocalObject} (spec 2.14 P1). Raised before any object is looked at.
 */
public final class PrestageConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it, never null */
    public PrestageConfigurationException(String message) {
        super(message);
    }
}
