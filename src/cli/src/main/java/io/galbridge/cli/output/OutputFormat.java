package io.galbridge.cli.output;

/** How plans, progress and summaries are printed. */
public enum OutputFormat {
    /** Readable lines for a person. */
    TEXT,
    /** JSON lines: one JSON object per line, for scripts. */
    JSON
}
