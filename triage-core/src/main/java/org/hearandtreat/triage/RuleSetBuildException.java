package org.hearandtreat.triage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set could not be built: DRL that does not compile, a rule without its required metadata, a code its
 * vocabulary lacks, or malformed rule-set JSON. Lists every problem found, each with file and line.
 */
public final class RuleSetBuildException extends TriageException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem in one file.
     *
     * @param file    path of the file, relative to the rule-set folder where possible; empty when the problem is
     *                not in a file (a reload check's finding)
     * @param line    1-based line, or 0 when not known
     * @param message what is wrong
     */
    public record Problem(String file, int line, String message) implements java.io.Serializable {
        @Override
        public String toString() {
            return file.isEmpty() ? message : file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final List<Problem> problems;

    /**
     * @param ruleSet  what was being built (a folder or resource path)
     * @param problems the problems, at least one
     */
    public RuleSetBuildException(String ruleSet, List<Problem> problems) {
        super("Rule set " + ruleSet + " has " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<Problem> problems() {
        return problems;
    }
}
