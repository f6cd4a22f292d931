package io.galbridge.cli.output;

import java.util.List;
import java.util.Objects;

/**
 * One object's entry in a plan or run: the action, the object, and the attribute diff.
 *
 * @param action what is done; never null
 * @param forest the forest written to; never null
 * @param dn the object's DN; never null
 * @param changes the attribute diff, empty for a delete or skip; never null
 * @param reason why (for skip and error: the finding or failure), empty when self-explanatory; never null
 */
public record PlannedAction(Action action, String forest, String dn, List<AttributeChange> changes, String reason) {

    /** Checks the parts; copies the list. */
    public PlannedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(dn, "dn");
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * One attribute's change. Binary values are shown in their string form by the caller (GUIDs as GUID
     * text); secrets never appear in a plan.
     *
     * @param attribute the LDAP attribute name; never null
     * @param removed the values removed; never null
     * @param added the values added; never null
     */
    public record AttributeChange(String attribute, List<String> removed, List<String> added) {

        /** Checks the parts; copies the lists. */
        public AttributeChange {
            Objects.requireNonNull(attribute, "attribute");
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }
}
