package io.galbridge.cli.report;

import io.galbridge.mapping.readiness.Finding;
import io.galbridge.mapping.readiness.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One mailbox's line in the move-readiness report.
 *
 * @param dn the source object's DN; never null
 * @param primarySmtp its primary SMTP address, or empty; never null
 * @param kind its recipient kind as classified (e.g. {@code USER_MAILBOX}); never null
 * @param findings every finding, errors and warnings; never null
 */
public record MailboxReadiness(String dn, String primarySmtp, String kind, List<Finding> findings) {

    /** The findings that mean "a target object already holds this mailbox's address". */
    static final Set<String> CONFLICT_CODES = Set.of("GB-E1", "GB-E2");

    /** The verdict per mailbox. */
    public enum Status {
        /** No error: pre-staging can run (warnings explain what it will do). */
        READY,
        /** An error in the source object or configuration blocks it. */
        BLOCKED,
        /** A target object already holds one of its addresses. */
        CONFLICT
    }

    /** Checks the parts; copies the list. */
    public MailboxReadiness {
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(primarySmtp, "primarySmtp");
        Objects.requireNonNull(kind, "kind");
        findings = List.copyOf(findings);
    }

    /** Conflict if any error is an address conflict, else blocked if any error, else ready. */
    public Status status() {
        List<Finding> errors = errors();
        if (errors.stream().anyMatch(f -> CONFLICT_CODES.contains(f.code()))) {
            return Status.CONFLICT;
        }
        return errors.isEmpty() ? Status.READY : Status.BLOCKED;
    }

    /** The blocking findings. */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
