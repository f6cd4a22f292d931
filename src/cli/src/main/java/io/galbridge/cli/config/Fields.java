package io.galbridge.cli.config;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed values out of one mapping of the configuration, adding a problem for each bad one. */
final class Fields {

    private final YamlNode.MapNode map;
    private final List<ConfigProblem> problems;

    Fields(YamlNode.MapNode map, List<ConfigProblem> problems) {
        this.map = map;
        this.problems = problems;
    }

    /** Turns a node into a mapping, or reports that it is not one and returns null. */
    static YamlNode.MapNode asMap(YamlNode node, List<ConfigProblem> problems) {
        if (node instanceof YamlNode.MapNode m) {
            return m;
        }
        problems.add(problem(node, "expected a mapping (key: value lines), found " + node.describe()));
        return null;
    }

    static ConfigProblem problem(YamlNode node, String message) {
        return new ConfigProblem(node.path(), node.line(), node.column(), message);
    }

    /** Reports every key not in {@code allowed}, with its line and column. */
    void rejectUnknownKeys(Set<String> allowed, Map<String, String> hints) {
        for (Map.Entry<String, int[]> key : map.keyPositions().entrySet()) {
            if (!allowed.contains(key.getKey())) {
                String path = map.path().isEmpty() ? key.getKey() : map.path() + "." + key.getKey();
                String hint = hints.getOrDefault(key.getKey(), "allowed: " + String.join(", ", new TreeSet<>(allowed)));
                problems.add(new ConfigProblem(
                        path,
                        key.getValue()[0],
                        key.getValue()[1],
                        "unknown key '" + key.getKey() + "' (" + hint + ")"));
            }
        }
    }

    YamlNode node(String key) {
        return map.fields().get(key);
    }

    boolean has(String key) {
        YamlNode n = node(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.text() == null);
    }

    /** A required non-blank string; null after reporting when missing. */
    String requiredString(String key) {
        if (!has(key)) {
            problems.add(
                    new ConfigProblem(path(key), map.line(), map.column(), "required key '" + key + "' is missing"));
            return null;
        }
        return optionalString(key);
    }

    /** An optional non-blank string; null when absent or after reporting a bad one. */
    String optionalString(String key) {
        if (!has(key)) {
            return null;
        }
        YamlNode n = node(key);
        if (!(n instanceof YamlNode.Scalar s) || s.token() != JsonToken.VALUE_STRING) {
            problems.add(problem(n, "expected text, found " + n.describe()));
            return null;
        }
        if (s.text().isBlank()) {
            problems.add(problem(n, "must not be blank"));
            return null;
        }
        return s.text().strip();
    }

    /** An optional boolean ({@code true}/{@code false}); {@code absent} when missing or bad. */
    boolean optionalBoolean(String key, boolean absent) {
        if (!has(key)) {
            return absent;
        }
        YamlNode n = node(key);
        if (n instanceof YamlNode.Scalar s
                && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
            return s.token() == JsonToken.VALUE_TRUE;
        }
        problems.add(problem(n, "expected true or false"));
        return absent;
    }

    /** An optional whole number in {@code [min, max]}; {@code absent} when missing or after reporting a bad one. */
    int optionalInt(String key, int absent, int min, int max) {
        if (!has(key)) {
            return absent;
        }
        YamlNode n = node(key);
        if (n instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
            try {
                int value = Integer.parseInt(s.text().strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below: out of the int range
            }
        }
        problems.add(problem(n, "expected a whole number from " + min + " to " + max));
        return absent;
    }

    /** A required, non-empty list of non-blank strings, lower-cased; empty after reporting. */
    List<String> requiredLowerCaseList(String key) {
        if (!has(key)) {
            problems.add(
                    new ConfigProblem(path(key), map.line(), map.column(), "required key '" + key + "' is missing"));
            return List.of();
        }
        YamlNode n = node(key);
        if (!(n instanceof YamlNode.ListNode list)) {
            problems.add(problem(n, "expected a list, e.g. [src.test]"));
            return List.of();
        }
        if (list.items().isEmpty()) {
            problems.add(problem(n, "must not be empty"));
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Scalar s
                    && s.token() == JsonToken.VALUE_STRING
                    && !s.text().isBlank()) {
                out.add(s.text().strip().toLowerCase(Locale.ROOT));
            } else {
                problems.add(problem(item, "expected non-blank text"));
            }
        }
        return out;
    }

    String path(String key) {
        return map.path().isEmpty() ? key : map.path() + "." + key;
    }

    void add(YamlNode at, String message) {
        problems.add(problem(at, message));
    }
}
