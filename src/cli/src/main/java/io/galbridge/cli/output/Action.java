package io.galbridge.cli.output;

import java.util.Locale;

/** What a run does, or did, to one object; the columns of the summary line. */
public enum Action {
    CREATE,
    UPDATE,
    DELETE,
    /** A GAL contact converted into a pre-staged mail user (or a mailbox flipped to a mail user). */
    CONVERT,
    SKIP,
    ERROR;

    /** Lower-case name, as printed and journaled. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
