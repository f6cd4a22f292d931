package io.galbridge.cli.config;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.nio.file.Path;
import java.util.List;

/** The configuration file is missing or invalid (exit 2); lists every problem found, none with a secret. */
public final class ConfigException extends GalbridgeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /**
     * @param file the configuration file; never null
     * @param problems every problem, in file order; never empty
     */
    public ConfigException(Path file, List<ConfigProblem> problems) {
        super(ExitCode.USAGE, message(file, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String message(Path file, List<ConfigProblem> problems) {
        StringBuilder b = new StringBuilder("invalid configuration ")
                .append(file)
                .append(" (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem):" : " problems):");
        problems.forEach(p -> b.append("\n  ").append(p));
        return b.toString();
    }
}
