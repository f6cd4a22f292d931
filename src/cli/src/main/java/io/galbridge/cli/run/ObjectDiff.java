package io.galbridge.cli.run;

import io.galbridge.cli.output.PlannedAction.AttributeChange;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.ConnectorObject;

/**
 * The attribute difference between two reads of one object, for plans and the journal. Names compare
 * case-insensitively; values as text (binary values as hex); operational attributes ({@code __UID__},
 * {@code __NAME__}) are left out. Stateless.
 */
public final class ObjectDiff {

    private ObjectDiff() {}

    /**
     * @param before the object before the change; null when it did not exist
     * @param after the object after the change; never null
     * @return one change per attribute whose values differ, sorted by name; never null
     */
    public static List<AttributeChange> between(ConnectorObject before, ConnectorObject after) {
        Map<String, List<String>> old = values(before);
        Map<String, List<String>> now = values(after);
        TreeMap<String, String> names = new TreeMap<>();
        old.keySet().forEach(k -> names.put(k, k));
        now.keySet().forEach(k -> names.put(k, k));
        List<AttributeChange> out = new ArrayList<>();
        for (String key : names.keySet()) {
            List<String> o = old.getOrDefault(key, List.of());
            List<String> n = now.getOrDefault(key, List.of());
            List<String> removed = o.stream().filter(v -> !n.contains(v)).toList();
            List<String> added = n.stream().filter(v -> !o.contains(v)).toList();
            if (!removed.isEmpty() || !added.isEmpty()) {
                out.add(new AttributeChange(displayName(before, after, key), removed, added));
            }
        }
        return out;
    }

    /** The attributes of one object as added values (what a create writes). */
    public static List<AttributeChange> created(ConnectorObject after) {
        return between(null, after);
    }

    private static Map<String, List<String>> values(ConnectorObject object) {
        Map<String, List<String>> out = new TreeMap<>();
        if (object == null) {
            return out;
        }
        for (Attribute a : object.getAttributes()) {
            if (a.getName().startsWith("__") || a.getValue() == null) {
                continue;
            }
            List<String> text = new ArrayList<>();
            for (Object v : a.getValue()) {
                text.add(v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(v));
            }
            out.put(a.getName().toLowerCase(Locale.ROOT), text);
        }
        return out;
    }

    private static String displayName(ConnectorObject before, ConnectorObject after, String key) {
        for (ConnectorObject o : new ConnectorObject[] {after, before}) {
            if (o != null) {
                for (Attribute a : o.getAttributes()) {
                    if (a.getName().equalsIgnoreCase(key)) {
                        return a.getName();
                    }
                }
            }
        }
        return key;
    }
}
