package io.galbridge.cli.output;

/**
 * What a run does, or did, to one object; the columns of the summary line. {@link #CREATE}, {@link #UPDATE},
 * {@link #DELETE} and {@link #CONVERT} are changes of replicas and mail users in the forest they live in; {@link
 * #WRITE_BACK} is a value the run wrote back to a source recipient (the X500 of its replica), so that a first
 * sync reads {@code created N, updated 0, ..., written back N}, not N updates.
 */
public enum Action {
    CREATE("create", "created"),
    UPDATE("update", "updated"),
    DELETE("delete", "deleted"),
    /** A GAL contact converted into a pre-staged mail user (or a mailbox flipped to a mail user). */
    CONVERT("convert", "converted"),
    /** A source recipient given the X500 proxy address of its replica or mail user (the X500 back-flow). */
    WRITE_BACK("write-back", "writtenBack"),
    SKIP("skip", "skipped"),
    ERROR("error", "errors");

    private final String label;
    private final String summaryKey;

    Action(String label, String summaryKey) {
        this.label = label;
        this.summaryKey = summaryKey;
    }

    /** Lower-case name, as printed and journaled: {@code create}, ..., {@code write-back}, {@code error}. */
    public String label() {
        return label;
    }

    /** The count's key in the JSON summary: {@code created}, ..., {@code writtenBack}, {@code errors}. */
    public String summaryKey() {
        return summaryKey;
    }
}
