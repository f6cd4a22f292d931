package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.NamingPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic, unique CNs for replica contacts (spec 3.4 CN rules, E21).
 *
 * <p>The preferred name is the source cn, truncated to {@link NamingPolicy#maxLength()}; a cn with a
 * character above U+007F gets {@code " (<mailNickname>)"} appended when the result fits. The
 * candidates, in order: the preferred name; {@code "<name> (<department>)"} when there is a department
 * and it fits; then {@code "<name>(1)"} … {@code "<name>(<maxCounter>)"}, the base truncated so the
 * suffix fits. Truncation never splits a surrogate pair and drops trailing spaces. Names are compared
 * case-insensitively, as AD compares RDNs.
 */
public final class ContactNamer {

    private final NamingPolicy policy;

    /** @param policy the naming policy, never null */
    public ContactNamer(NamingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "naming policy");
    }

    /** The preferred name for a source with this cn and mailNickname. */
    public String preferred(String cn, String mailNickname) {
        String base = truncate(cn.strip(), policy.maxLength());
        if (policy.appendAliasWhenNonAscii() && cn.chars().anyMatch(c -> c > 127) && mailNickname != null) {
            String withAlias = base + " (" + mailNickname + ")";
            if (withAlias.length() <= policy.maxLength()) {
                return withAlias;
            }
        }
        return base;
    }

    /** Every candidate name, in order of preference; see the class contract. */
    public List<String> candidates(String cn, String mailNickname, String department) {
        return candidateStream(cn, mailNickname, department).toList();
    }

    /**
     * The name to use. Candidates are generated lazily, so a free preferred name costs one string, not
     * {@link NamingPolicy#maxCounter()} of them.
     *
     * @param taken the CNs already present in the target OU (any case); may include {@code current}
     * @param current the replica's current CN, or null for a new replica; kept when it is still one of
     *     the candidates, so that names do not churn
     * @return the chosen name, or empty when every candidate is taken
     */
    public Optional<String> choose(
            String cn, String mailNickname, String department, Collection<String> taken, String current) {
        if (current != null && candidateStream(cn, mailNickname, department).anyMatch(current::equals)) {
            return Optional.of(current);
        }
        TreeSet<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        used.addAll(taken);
        if (current != null) {
            used.remove(current);
        }
        return candidateStream(cn, mailNickname, department)
                .filter(c -> !used.contains(c))
                .findFirst();
    }

    private Stream<String> candidateStream(String cn, String mailNickname, String department) {
        String base = preferred(cn, mailNickname);
        Stream<String> named = Stream.of(base);
        if (policy.departmentSuffix() && department != null && !department.isBlank()) {
            String withDepartment = base + " (" + department.strip() + ")";
            if (withDepartment.length() <= policy.maxLength()) {
                named = Stream.of(base, withDepartment);
            }
        }
        Stream<String> counted = IntStream.rangeClosed(1, policy.maxCounter()).mapToObj(i -> {
            String suffix = "(" + i + ")";
            return truncate(base, policy.maxLength() - suffix.length()) + suffix;
        });
        return Stream.concat(named, counted);
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing();
    }
}
