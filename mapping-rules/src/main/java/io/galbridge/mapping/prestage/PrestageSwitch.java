package io.galbridge.mapping.prestage;

/** The switches that let pre-staging reuse an existing target object (spec 2.1, 2.6). */
public enum PrestageSwitch {
    /** Reuse (merge into) an existing MEU or convert an existing MEC; {@code -UseLocalObject}. */
    USE_LOCAL_OBJECT("useLocalObject"),
    /** Also copy the source's attributes over the local object's; {@code -OverwriteLocalObject}. */
    OVERWRITE_LOCAL_OBJECT("overwriteLocalObject");

    private final String optionName;

    PrestageSwitch(String optionName) {
        this.optionName = optionName;
    }

    /** The option name as written in configuration, e.g. {@code useLocalObject}. */
    public String optionName() {
        return optionName;
    }
}
