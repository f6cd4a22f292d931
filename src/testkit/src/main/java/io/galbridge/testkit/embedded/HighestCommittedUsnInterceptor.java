package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.List;

/**
 * Stand-in for AD's root DSE attribute {@code highestCommittedUSN}, on the embedded forest: a read of the
 * root DSE answers the server's current {@link UpdateSequence} number, so clients can remember it and ask
 * later for {@code (uSNChanged>=N)}. Like AD's other root DSE attributes, it is returned when all
 * attributes or it by name are asked for. Thread-safe.
 */
final class HighestCommittedUsnInterceptor extends InMemoryOperationInterceptor {

    static final String ATTRIBUTE = "highestCommittedUSN";

    private final UpdateSequence sequence;

    HighestCommittedUsnInterceptor(UpdateSequence sequence) {
        this.sequence = sequence;
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry result) {
        SearchResultEntry entry = result.getSearchEntry();
        if (!entry.getDN().isEmpty() || !asked(result.getRequest().getAttributeList())) {
            return;
        }
        Entry withUsn = entry.duplicate();
        withUsn.setAttribute(ATTRIBUTE, Long.toString(sequence.highestCommitted()));
        result.setSearchEntry(withUsn);
    }

    private static boolean asked(List<String> attributes) {
        return attributes.isEmpty()
                || attributes.stream().anyMatch(a -> a.equals("*") || a.equals("+") || a.equalsIgnoreCase(ATTRIBUTE));
    }
}
