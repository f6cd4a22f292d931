package io.galbridge.mapping.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON/YAML node that remembers where it started, so that validation can name lines. Built
 * from Jackson's streaming parser; mappings keep their key order and reject duplicate keys.
 */
sealed interface LocatedNode {

    /** Line of the node's first token (1-based). */
    int line();

    /** Column of the node's first token (1-based). */
    int column();

    /** A mapping. */
    record MapNode(int line, int column, Map<String, LocatedNode> fields) implements LocatedNode {}

    /** A sequence. */
    record ListNode(int line, int column, List<LocatedNode> items) implements LocatedNode {}

    /**
     * A scalar.
     *
     * @param text the scalar's text; null for JSON/YAML null
     * @param token the token kind (string, number, boolean, null)
     */
    record Scalar(int line, int column, String text, JsonToken token) implements LocatedNode {}

    /**
     * Reads the node starting at the parser's current token.
     *
     * @param duplicates receives "duplicate key" problems
     */
    static LocatedNode read(JsonParser p, String path, List<RulesProblem> duplicates) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, LocatedNode> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                LocatedNode value = read(p, path + "." + key, duplicates);
                if (fields.containsKey(key)) {
                    duplicates.add(new RulesProblem(
                            path + "." + key, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key '" + key + "'"));
                }
                fields.put(key, value);
            }
            return new MapNode(line, column, fields);
        }
        if (t == JsonToken.START_ARRAY) {
            List<LocatedNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, path + "[" + items.size() + "]", duplicates));
            }
            return new ListNode(line, column, items);
        }
        return new Scalar(line, column, t == JsonToken.VALUE_NULL ? null : p.getText(), t);
    }
}
