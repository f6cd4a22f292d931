package io.galbridge.mapping.rules;

import java.util.List;

/** A rules file is invalid; carries every problem found, each with its path and line. */
public final class RulesFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RulesProblem> problems;

    /**
     * @param source a name for the file (path or "built-in")
     * @param problems every problem found; never empty
     */
    public RulesFileException(String source, List<RulesProblem> problems) {
        super("Invalid rules file " + source + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  "
                + String.join(
                        "\n  ", problems.stream().map(RulesProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<RulesProblem> problems() {
        return problems;
    }
}
