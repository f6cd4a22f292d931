package io.galbridge.mapping.readiness;

/** How a finding affects the object: an error blocks the operation, a warning does not. */
public enum Severity {
    /** The object must not be processed until the finding is resolved. */
    ERROR,
    /** The object can be processed; the finding explains a consequence or an automatic correction. */
    WARNING
}
