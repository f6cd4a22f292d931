package io.galbridge.cli.report;

import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.readiness.ReadinessContext;
import io.galbridge.mapping.readiness.SourceReadinessCheck;
import io.galbridge.mapping.readiness.TargetDirectoryIndex;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientClassifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The move-readiness report: one {@link MailboxReadiness} per source mailbox, from the rules engine's
 * {@link SourceReadinessCheck}.
 *
 * @param title a heading, e.g. {@code src.test → tgt.test}; never null
 * @param generated when the report was made; never null
 * @param mailboxes one entry per source object, in input order; never null
 */
public record ReadinessReport(String title, Instant generated, List<MailboxReadiness> mailboxes) {

    /** Checks the parts; copies the list. */
    public ReadinessReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generated, "generated");
        mailboxes = List.copyOf(mailboxes);
    }

    /**
     * Builds the report.
     *
     * @param title the heading
     * @param generated the time stamp
     * @param input the source mailboxes and target recipients
     * @param sourceClassifier classifies source objects
     * @param targetClassifier classifies target objects (for the address index)
     * @param context the readiness settings around the target index the report builds
     * @return the report
     */
    public static ReadinessReport build(
            String title,
            Instant generated,
            ReadinessInput input,
            RecipientClassifier sourceClassifier,
            RecipientClassifier targetClassifier,
            Function<TargetDirectoryIndex, ReadinessContext> context) {
        return build(
                title, generated, input, sourceClassifier, targetClassifier, (index, mailbox) -> context.apply(index));
    }

    /**
     * Builds the report with a context per mailbox (its forest's delivery domain, the write rights on it).
     *
     * @param title the heading
     * @param generated the time stamp
     * @param input the source mailboxes and target recipients
     * @param sourceClassifier classifies source objects
     * @param targetClassifier classifies target objects (for the address index)
     * @param context the readiness settings for one mailbox around the target index the report builds
     * @return the report
     */
    public static ReadinessReport build(
            String title,
            Instant generated,
            ReadinessInput input,
            RecipientClassifier sourceClassifier,
            RecipientClassifier targetClassifier,
            BiFunction<TargetDirectoryIndex, DirectoryEntry, ReadinessContext> context) {
        TargetDirectoryIndex index = TargetDirectoryIndex.of(input.targetRecipients(), targetClassifier);
        List<MailboxReadiness> out = new ArrayList<>();
        for (DirectoryEntry source : input.sourceMailboxes()) {
            SourceReadinessCheck check = new SourceReadinessCheck(context.apply(index, source));
            Classification c = sourceClassifier.classify(source);
            out.add(new MailboxReadiness(
                    source.dn(), primarySmtp(source), c.kind().name(), check.check(source, c)));
        }
        return new ReadinessReport(title, generated, out);
    }

    /** How many mailboxes have this status. */
    public long count(MailboxReadiness.Status status) {
        return mailboxes.stream().filter(m -> m.status() == status).count();
    }

    private static String primarySmtp(DirectoryEntry entry) {
        try {
            return ProxyAddressSet.parse(entry.strings(AttributeNames.PROXY_ADDRESSES))
                    .primarySmtp()
                    .map(ProxyAddress::address)
                    .orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
