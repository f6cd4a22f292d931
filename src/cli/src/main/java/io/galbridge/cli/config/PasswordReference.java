package io.galbridge.cli.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Resolves a {@code password:} entry: only {@code {env: NAME}} or {@code {file: path}} are accepted, so that
 * no password sits in the configuration file. Messages name the variable or file, never the value.
 */
final class PasswordReference {

    private PasswordReference() {}

    /**
     * @param node the {@code password} node
     * @param baseDirectory the configuration file's directory, for relative {@code file:} paths
     * @param environment the process environment
     * @param problems receives every problem
     * @return the password, or null after reporting
     */
    static Secret resolve(
            YamlNode node, Path baseDirectory, Map<String, String> environment, List<ConfigProblem> problems) {
        if (node instanceof YamlNode.Scalar) {
            problems.add(Fields.problem(
                    node,
                    "an inline password is refused: keep it out of the file with {env: VARIABLE_NAME} or"
                            + " {file: path/to/password-file}"));
            return null;
        }
        YamlNode.MapNode map = Fields.asMap(node, problems);
        if (map == null) {
            return null;
        }
        Fields fields = new Fields(map, problems);
        if (map.fields().size() != 1 || !(fields.has("env") || fields.has("file"))) {
            problems.add(Fields.problem(node, "expected exactly one of {env: VARIABLE_NAME} or {file: path}"));
            return null;
        }
        if (fields.has("env")) {
            String name = fields.optionalString("env");
            if (name == null) {
                return null;
            }
            String value = environment.get(name);
            if (value == null || value.isEmpty()) {
                problems.add(Fields.problem(
                        node, "environment variable " + name + " is " + (value == null ? "not set" : "empty")));
                return null;
            }
            char[] chars = value.toCharArray();
            try {
                return new Secret(chars, "environment variable " + name);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        String file = fields.optionalString("file");
        return file == null ? null : readFile(node, baseDirectory.resolve(file).normalize(), problems);
    }

    /** Reads a password file (UTF-8); one trailing line break is not part of the password. */
    private static Secret readFile(YamlNode node, Path file, List<ConfigProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Fields.problem(
                    node,
                    "cannot read password file " + file + " (" + e.getClass().getSimpleName() + ")"));
            return null;
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int length = chars.remaining();
            if (length > 0 && chars.get(length - 1) == '\n') {
                length--;
                if (length > 0 && chars.get(length - 1) == '\r') {
                    length--;
                }
            }
            if (length == 0) {
                problems.add(Fields.problem(node, "password file " + file + " is empty"));
                return null;
            }
            char[] value = new char[length];
            chars.get(value);
            try {
                return new Secret(value, "file " + file);
            } finally {
                Arrays.fill(value, '\0');
            }
        } catch (CharacterCodingException e) {
            problems.add(Fields.problem(node, "password file " + file + " is not UTF-8 text"));
            return null;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
