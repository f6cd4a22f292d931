package io.galbridge.mapping.recipient;

import java.util.Objects;

/**
 * The result of classifying one directory object.
 *
 * @param kind the recipient kind, never null
 * @param reason a sentence naming the attribute(s) that decided, for reports; never null or blank
 */
public record Classification(RecipientKind kind, String reason) {

    /** Validates the parts. */
    public Classification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Classification " + kind + " needs a reason");
        }
    }

    @Override
    public String toString() {
        return kind.code() + " " + kind + ": " + reason;
    }
}
