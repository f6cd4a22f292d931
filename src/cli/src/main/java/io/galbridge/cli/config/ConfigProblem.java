package io.galbridge.cli.config;

/**
 * One problem in the configuration file. Never carries a secret.
 *
 * @param path where, e.g. {@code target.password}; {@code $} for the whole file
 * @param line 1-based line, or 0 when the problem is not tied to a line
 * @param column 1-based column, or 0
 * @param message what is wrong and what is expected
 */
public record ConfigProblem(String path, int line, int column, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", column " + column + ", " : "") + path + ": " + message;
    }
}
