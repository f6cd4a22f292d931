package io.galbridge.cli.report;

import io.galbridge.mapping.readiness.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the readiness report as one self-contained HTML page (inline style, no script, no external
 * resource) that a migration lead can open from a mail attachment. Every directory value is escaped.
 */
public final class HtmlReportWriter {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4em;"
            + "text-align:left;vertical-align:top}th{background:#eee}.READY{color:#176b2c}.BLOCKED{color:#a61b1b}"
            + ".CONFLICT{color:#9a5b00}ul{margin:0;padding-left:1.2em}code{font-size:90%}";

    private HtmlReportWriter() {}

    /** Writes the page. */
    public static void write(ReadinessReport report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Move readiness: "
                + escape(report.title()) + "</title><style>" + STYLE + "</style></head><body>\n");
        out.write("<h1>Move readiness: " + escape(report.title()) + "</h1>\n");
        out.write("<p>Generated " + escape(report.generated().toString()) + ". "
                + report.mailboxes().size()
                + " mailboxes: " + report.count(MailboxReadiness.Status.READY) + " ready, "
                + report.count(MailboxReadiness.Status.BLOCKED) + " blocked, "
                + report.count(MailboxReadiness.Status.CONFLICT) + " in conflict.</p>\n");
        out.write("<table><thead><tr><th>Status</th><th>Mailbox</th><th>Kind</th><th>Findings and fixes</th>"
                + "</tr></thead><tbody>\n");
        for (MailboxReadiness m : report.mailboxes()) {
            String status = m.status().name();
            out.write("<tr><td class=\"" + status + "\">" + status.toLowerCase(Locale.ROOT) + "</td><td>"
                    + escape(m.primarySmtp()) + "<br><code>" + escape(m.dn()) + "</code></td><td>" + escape(m.kind())
                    + "</td><td>");
            if (m.findings().isEmpty()) {
                out.write("none");
            } else {
                out.write("<ul>");
                for (Finding f : m.findings()) {
                    out.write("<li><strong>" + escape(f.code()) + " "
                            + f.severity().name().toLowerCase(Locale.ROOT)
                            + "</strong>: " + escape(f.explanation()) + "<br><em>Fix:</em> " + escape(f.fix())
                            + "</li>");
                }
                out.write("</ul>");
            }
            out.write("</td></tr>\n");
        }
        out.write("</tbody></table>\n</body></html>\n");
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
