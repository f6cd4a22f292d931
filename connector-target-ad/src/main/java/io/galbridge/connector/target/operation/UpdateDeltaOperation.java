package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.plan.Modification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Applies attribute deltas to an owned galContact or mailUser. Multi-valued adds and removes are value-level
 * LDAP changes, so values the host does not know about (foreign X500s, addresses another tool added) are
 * kept; a replace of proxyAddresses likewise never removes an X500 (replies to old mail depend on them).
 * Objects galbridge does not own are refused with a PermissionDeniedException. Thread-safe.
 */
public final class UpdateDeltaOperation {

    private final TargetDirectory directory;
    private final OwnedObjects owned;

    public UpdateDeltaOperation(TargetDirectory directory, OwnedObjects owned) {
        this.directory = directory;
        this.owned = owned;
    }

    public Set<AttributeDelta> update(ObjectClass oc, Uid uid, Set<AttributeDelta> deltas) {
        DirectoryEntry entry = ObjectLocator.require(directory, oc, uid);
        owned.requireOwned(entry, "update");
        List<Modification> mods = new ArrayList<>();
        Set<String> updateable = TargetAttributes.updateable();
        for (AttributeDelta d : deltas) {
            String name = d.getName();
            if (!TargetAttributes.in(updateable, name)) {
                throw new InvalidAttributeValueException(
                        "Attribute " + name + " of " + entry.dn() + " is not updateable through this connector");
            }
            if (d.getValuesToReplace() != null) {
                mods.addAll(replace(entry, name, strings(d.getValuesToReplace())));
            }
            if (d.getValuesToAdd() != null) {
                List<String> add = missing(entry, name, strings(d.getValuesToAdd()));
                if (!add.isEmpty()) {
                    mods.add(Modification.add(name, add.toArray(String[]::new)));
                }
            }
            if (d.getValuesToRemove() != null) {
                List<String> remove = present(entry, name, strings(d.getValuesToRemove()));
                if (!remove.isEmpty()) {
                    mods.add(Modification.delete(name, remove.toArray(String[]::new)));
                }
            }
        }
        if (!mods.isEmpty()) {
            directory.apply(EntryChange.modify(entry.dn(), mods));
        }
        return Set.of();
    }

    private static List<Modification> replace(DirectoryEntry entry, String name, List<String> values) {
        if (!name.equalsIgnoreCase("proxyAddresses")) {
            return List.of(Modification.replace(name, values.toArray(String[]::new)));
        }
        Set<String> wanted = new HashSet<>(values);
        List<Modification> out = new ArrayList<>();
        List<String> remove = entry.strings(name).stream()
                .filter(v -> !wanted.contains(v))
                .filter(v -> !v.regionMatches(true, 0, "x500:", 0, 5))
                .toList();
        if (!remove.isEmpty()) {
            out.add(Modification.delete(name, remove.toArray(String[]::new)));
        }
        List<String> add =
                values.stream().filter(v -> !entry.strings(name).contains(v)).toList();
        if (!add.isEmpty()) {
            out.add(Modification.add(name, add.toArray(String[]::new)));
        }
        return out;
    }

    private static List<String> missing(DirectoryEntry entry, String name, List<String> values) {
        TreeSet<String> have = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        have.addAll(entry.strings(name));
        return values.stream().filter(v -> !have.contains(v)).distinct().toList();
    }

    private static List<String> present(DirectoryEntry entry, String name, List<String> values) {
        return entry.strings(name).stream()
                .filter(h -> values.stream().anyMatch(v -> v.equalsIgnoreCase(h)))
                .toList();
    }

    private static List<String> strings(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
    }
}
