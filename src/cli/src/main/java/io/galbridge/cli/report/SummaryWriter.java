package io.galbridge.cli.report;

import io.galbridge.mapping.readiness.Finding;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints the readiness report as text, one line per mailbox: its status (with the blocking codes for a
 * blocked or conflicting mailbox), primary SMTP address and DN; then one line of counts. Stateless.
 */
public final class SummaryWriter {

    private SummaryWriter() {}

    /** Prints one line per mailbox, then the counts. */
    public static void write(ReadinessReport report, PrintStream out) {
        for (MailboxReadiness m : report.mailboxes()) {
            StringBuilder line = new StringBuilder(m.status().name().toLowerCase(Locale.ROOT));
            if (m.status() != MailboxReadiness.Status.READY) {
                line.append(" (")
                        .append(m.errors().stream()
                                .map(Finding::code)
                                .distinct()
                                .collect(Collectors.joining(", ")))
                        .append(')');
            }
            line.append("  ").append(m.primarySmtp().isEmpty() ? "-" : m.primarySmtp());
            line.append("  ").append(m.dn());
            out.println(line);
        }
        out.println(counts(report));
    }

    /** The counts line, e.g. {@code 12 mailboxes: 9 ready, 2 blocked, 1 in conflict}. */
    public static String counts(ReadinessReport report) {
        return report.mailboxes().size() + " mailboxes: " + report.count(MailboxReadiness.Status.READY) + " ready, "
                + report.count(MailboxReadiness.Status.BLOCKED) + " blocked, "
                + report.count(MailboxReadiness.Status.CONFLICT) + " in conflict";
    }
}
