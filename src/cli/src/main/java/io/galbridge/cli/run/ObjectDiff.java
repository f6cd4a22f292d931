package io.galbridge.cli.run;

import io.galbridge.cli.output.PlannedAction.AttributeChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
        Read old = Read.of(before);
        Read now = Read.of(after);
        TreeSet<String> keys = new TreeSet<>(old.values().keySet());
        keys.addAll(now.values().keySet());
        List<AttributeChange> out = new ArrayList<>();
        for (String key : keys) {
            List<String> o = old.values().getOrDefault(key, List.of());
            List<String> n = now.values().getOrDefault(key, List.of());
            List<String> removed = o.stream().filter(v -> !n.contains(v)).toList();
            List<String> added = n.stream().filter(v -> !o.contains(v)).toList();
            if (!removed.isEmpty() || !added.isEmpty()) {
                String name = now.names().getOrDefault(key, old.names().getOrDefault(key, key));
                out.add(new AttributeChange(name, removed, added));
            }
        }
        return out;
    }

    /** The attributes of one object as added values (what a create writes). */
    public static List<AttributeChange> created(ConnectorObject after) {
        return between(null, after);
    }

    /**
     * One object's attributes, read once ({@link ConnectorObject#getAttributes} copies them into a new set per
     * call).
     *
     * @param values lower-case name → values as text, without operational and null-valued attributes
     * @param names lower-case name → the name as the object spells it, for every attribute
     */
    private record Read(Map<String, List<String>> values, Map<String, String> names) {

        static Read of(ConnectorObject object) {
            Map<String, List<String>> values = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            if (object == null) {
                return new Read(values, names);
            }
            HexFormat hex = HexFormat.of();
            for (Attribute a : object.getAttributes()) {
                String key = a.getName().toLowerCase(Locale.ROOT);
                names.put(key, a.getName());
                if (a.getName().startsWith("__") || a.getValue() == null) {
                    continue;
                }
                List<String> text = new ArrayList<>(a.getValue().size());
                for (Object v : a.getValue()) {
                    text.add(v instanceof byte[] bytes ? hex.formatHex(bytes) : String.valueOf(v));
                }
                values.put(key, text);
            }
            return new Read(values, names);
        }
    }
}
