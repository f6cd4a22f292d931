package io.galbridge.cli.report;

import io.galbridge.mapping.readiness.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes the readiness report as CSV (RFC 4180, CRLF line ends): one row per finding, one row with empty
 * finding columns for a mailbox without findings. Columns: status, primarySmtp, dn, kind, code, severity,
 * explanation, fix. Cells that a spreadsheet would run as a formula ({@code = + - @} first) get a leading
 * apostrophe.
 */
public final class CsvReportWriter {

    /** The header row. */
    public static final List<String> HEADER =
            List.of("status", "primarySmtp", "dn", "kind", "code", "severity", "explanation", "fix");

    private CsvReportWriter() {}

    /** Writes the rows. */
    public static void write(ReadinessReport report, Writer out) throws IOException {
        row(out, HEADER);
        for (MailboxReadiness m : report.mailboxes()) {
            String status = m.status().name().toLowerCase(Locale.ROOT);
            if (m.findings().isEmpty()) {
                row(out, List.of(status, m.primarySmtp(), m.dn(), m.kind(), "", "", "", ""));
            }
            for (Finding f : m.findings()) {
                row(
                        out,
                        List.of(
                                status,
                                m.primarySmtp(),
                                m.dn(),
                                m.kind(),
                                f.code(),
                                f.severity().name().toLowerCase(Locale.ROOT),
                                f.explanation(),
                                f.fix()));
            }
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, quoted when it holds a comma, quote or line break; formula starts defused. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
