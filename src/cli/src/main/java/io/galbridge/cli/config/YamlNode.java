package io.galbridge.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the configuration file that remembers its line and column, so that every problem names its
 * place. Read from Jackson's streaming YAML parser; duplicate keys are reported, not silently merged.
 */
sealed interface YamlNode {

    /** The node's path, e.g. {@code source.password} or {@code sources[1].url}. */
    String path();

    /** 1-based line of the node's first token. */
    int line();

    /** 1-based column of the node's first token. */
    int column();

    /** A mapping, keys in file order; each key's own position is kept for "unknown key" messages. */
    record MapNode(String path, int line, int column, Map<String, YamlNode> fields, Map<String, int[]> keyPositions)
            implements YamlNode {}

    /** A sequence. */
    record ListNode(String path, int line, int column, List<YamlNode> items) implements YamlNode {}

    /**
     * A scalar.
     *
     * @param text the text; null for a YAML null ({@code ~}, {@code null} or nothing)
     * @param token Jackson's token kind
     */
    record Scalar(String path, int line, int column, String text, JsonToken token) implements YamlNode {}

    /** What kind of node this is, for messages: "a mapping", "a list" or "a scalar". */
    default String describe() {
        if (this instanceof MapNode) {
            return "a mapping";
        }
        if (this instanceof ListNode) {
            return "a list";
        }
        return "a value";
    }

    /**
     * Reads the node at the parser's current token.
     *
     * @param problems receives "duplicate key" problems
     */
    static YamlNode read(JsonParser p, String path, List<ConfigProblem> problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> fields = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                String childPath = path.isEmpty() ? key : path + "." + key;
                p.nextToken();
                YamlNode value = read(p, childPath, problems);
                if (fields.containsKey(key)) {
                    problems.add(new ConfigProblem(
                            childPath, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key '" + key + "'"));
                }
                fields.put(key, value);
                keys.put(key, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
            }
            return new MapNode(path, at.getLineNr(), at.getColumnNr(), fields, keys);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, path + "[" + items.size() + "]", problems));
            }
            return new ListNode(path, at.getLineNr(), at.getColumnNr(), items);
        }
        return new Scalar(path, at.getLineNr(), at.getColumnNr(), t == JsonToken.VALUE_NULL ? null : p.getText(), t);
    }
}
