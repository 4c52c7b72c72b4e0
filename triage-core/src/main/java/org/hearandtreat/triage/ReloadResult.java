package org.hearandtreat.triage;

import java.util.List;
import java.util.Objects;
import org.hearandtreat.triage.RuleSetBuildException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TriageEngine#reload reload} did. Immutable and thread-safe; {@code rejectedAt} is null and
 * {@code problems} empty exactly when {@code applied} is true.
 *
 * @param applied    true when the new rule set now serves
 * @param serving    the rule set serving after the reload
 * @param previous   the rule set that served before it
 * @param rejectedAt the stage that refused the candidate, or null when it was applied
 * @param problems   why: build problems with file and line, a version clash, or the check's findings (file empty)
 */
public record ReloadResult(boolean applied, RuleSetInfo serving, RuleSetInfo previous, @Nullable Stage rejectedAt,
                           List<Problem> problems) {

    /** Where a candidate rule set can be refused, in the order a reload goes through them. */
    public enum Stage {
        /** The candidate did not build (or its loader failed). */
        BUILD,
        /** The candidate has the serving rule set's id and version but other content: a release needs a new version. */
        VERSION,
        /** The caller's check (for example a case suite) found problems, failed or returned nothing. */
        CHECK
    }

    public ReloadResult {
        Objects.requireNonNull(serving, "serving");
        Objects.requireNonNull(previous, "previous");
        problems = List.copyOf(problems);
        if (applied != problems.isEmpty() || applied != (rejectedAt == null)) {
            throw new IllegalArgumentException("rejectedAt and problems must be set exactly when not applied: "
                    + rejectedAt + " " + problems);
        }
    }

    /** @return each problem as one line, {@code file:line: message} */
    public List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
