package io.galbridge.ad.sync;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which objects and attributes a {@link ChangeTracker} watches. Immutable.
 *
 * @param namingContext the naming context (partition) root, e.g. {@code DC=src,DC=test}: DirSync must search
 *     from it, and AD's tombstones live under its {@code CN=Deleted Objects}; not null
 * @param subtree the part of the naming context watched: the naming context itself or an entry below it;
 *     not null
 * @param filter which objects, e.g. {@code (|(objectClass=user)(objectClass=contact)(objectClass=group))};
 *     built from {@link Filter} objects, not null. Deletions are reported regardless of the filter (a
 *     tombstone has lost the attributes most filters test), so consumers ignore deletions of objects they
 *     do not know.
 * @param attributes the attributes reported for each object; objectGUID is always added; not null
 */
public record ChangeScope(DN namingContext, DN subtree, Filter filter, List<String> attributes) {

    public ChangeScope {
        Objects.requireNonNull(namingContext, "namingContext");
        Objects.requireNonNull(subtree, "subtree");
        Objects.requireNonNull(filter, "filter");
        attributes = List.copyOf(attributes);
        if (!subtree.equals(namingContext) && !subtree.isDescendantOf(namingContext, false)) {
            throw new IllegalArgumentException(
                    "change-tracking subtree " + subtree + " is not within the naming context " + namingContext);
        }
    }

    /**
     * A scope covering a whole naming context.
     *
     * @param namingContext the partition root; not null
     * @param filter which objects; not null
     * @param attributes the attributes reported; not null
     * @return the scope
     */
    public static ChangeScope wholeNamingContext(DN namingContext, Filter filter, List<String> attributes) {
        return new ChangeScope(namingContext, namingContext, filter, attributes);
    }

    /** Whether a DN lies in the watched subtree. */
    public boolean contains(DN dn) {
        return dn.equals(subtree) || dn.isDescendantOf(subtree, false);
    }

    /** The attributes to request: {@link #attributes()} plus objectGUID and the given extra ones. */
    String[] requested(String... extra) {
        LinkedHashSet<String> all = new LinkedHashSet<>(attributes);
        all.add("objectGUID");
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }
}
