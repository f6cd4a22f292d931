package io.galbridge.mapping.rules;

/**
 * One problem in a rules file.
 *
 * @param path the JSON path of the offending node, e.g. {@code $.flows[2].transforms[0]}
 * @param line the 1-based line of the node, or -1 if unknown
 * @param column the 1-based column, or -1 if unknown
 * @param message what is wrong and what is expected
 */
public record RulesProblem(String path, int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ", " + path + ": " + message;
    }
}
