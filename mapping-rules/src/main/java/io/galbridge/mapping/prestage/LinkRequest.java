package io.galbridge.mapping.prestage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One DN-valued source link the connector must translate (spec 2.12): find the target counterpart
 * of {@code sourceDn} (by the X500 of its legacyExchangeDN, its legacyExchangeDN among X500 proxies,
 * and its smtp/x500 proxies, forest-wide), then write per {@link #rule()}. An unresolvable
 * counterpart is a warning (P21), never a failure.
 *
 * @param rule what to write where, never null
 * @param sourceDn the DN value found in the source attribute {@code rule.readAttribute()}, never null
 */
public record LinkRequest(LinkRule rule, String sourceDn) {

    /** Validates the parts. */
    public LinkRequest {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sourceDn, "sourceDn");
    }

    /** The link requests for every DN value of the source's link attributes (2.12, team extras for team mailboxes). */
    public static List<LinkRequest> forSource(SourceMailbox src) {
        List<LinkRule> rules = new ArrayList<>(LinkRule.STANDARD);
        if (src.type() == SpecialMailboxType.TEAM) {
            rules.addAll(LinkRule.TEAM_MAILBOX);
        }
        List<LinkRequest> out = new ArrayList<>();
        for (LinkRule rule : rules) {
            for (String dn : src.entry().strings(rule.readAttribute())) {
                out.add(new LinkRequest(rule, dn));
            }
        }
        return out;
    }
}
