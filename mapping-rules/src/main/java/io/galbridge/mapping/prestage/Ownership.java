package io.galbridge.mapping.prestage;

import io.galbridge.mapping.model.DirectoryEntry;

/**
 * Recognises target objects galbridge owns: contacts its GAL sync created or adopted and MEUs it
 * pre-staged. Owned contacts are converted and owned MEUs completed without {@code
 * useLocalObject}; foreign ones need the switch. The connector implements it from its link store
 * or a marker attribute.
 */
@FunctionalInterface
public interface Ownership {

    /** Owns nothing: every existing object is foreign. */
    Ownership NONE = entry -> false;

    /** Whether galbridge created or adopted this target object. */
    boolean isOwned(DirectoryEntry target);
}
