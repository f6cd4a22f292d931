package io.galbridge.mapping.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One step of an attribute flow's transform chain, from a small fixed set (no scripting). Immutable.
 *
 * @param kind the operation; never null
 * @param argument the text for {@code PREFIX}/{@code SUFFIX}, the regular expression for {@code
 *     REGEX_REPLACE}; null for the others
 * @param replacement the replacement for {@code REGEX_REPLACE} (literal text; {@code $1} style group
 *     references are allowed); null for the others
 */
public record ValueTransform(Kind kind, String argument, String replacement) {

    /** The available transforms. */
    public enum Kind {
        /** Upper-case with {@link Locale#ROOT}. */
        UPPER,
        /** Lower-case with {@link Locale#ROOT}. */
        LOWER,
        /** Remove leading and trailing white space. */
        TRIM,
        /** Prepend {@code argument}. */
        PREFIX,
        /** Append {@code argument}. */
        SUFFIX,
        /** Replace every match of the regular expression {@code argument} with {@code replacement}. */
        REGEX_REPLACE
    }

    /**
     * Validates the arguments of each kind.
     *
     * @throws IllegalArgumentException naming the problem, e.g. an invalid regular expression
     */
    public ValueTransform {
        Objects.requireNonNull(kind, "transform kind");
        switch (kind) {
            case UPPER, LOWER, TRIM -> {
                if (argument != null || replacement != null) {
                    throw new IllegalArgumentException("Transform " + kind + " takes no argument");
                }
            }
            case PREFIX, SUFFIX -> {
                if (argument == null || replacement != null) {
                    throw new IllegalArgumentException("Transform " + kind + " needs exactly one text argument");
                }
            }
            case REGEX_REPLACE -> {
                if (argument == null || replacement == null) {
                    throw new IllegalArgumentException("Transform REGEX_REPLACE needs a pattern and a replacement");
                }
                try {
                    Pattern.compile(argument);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(
                            "Invalid regular expression '" + argument + "': " + e.getDescription(), e);
                }
            }
        }
    }

    /** A transform without argument ({@code UPPER}, {@code LOWER}, {@code TRIM}). */
    public static ValueTransform of(Kind kind) {
        return new ValueTransform(kind, null, null);
    }

    /** Applies the transform to one value. */
    public String apply(String value) {
        return switch (kind) {
            case UPPER -> value.toUpperCase(Locale.ROOT);
            case LOWER -> value.toLowerCase(Locale.ROOT);
            case TRIM -> value.strip();
            case PREFIX -> argument + value;
            case SUFFIX -> value + argument;
            case REGEX_REPLACE -> Pattern.compile(argument).matcher(value).replaceAll(replacementText());
        };
    }

    private String replacementText() {
        // group references ($1) are honoured; a lone backslash is taken literally
        return replacement.replace("\\", Matcher.quoteReplacement("\\"));
    }
}
