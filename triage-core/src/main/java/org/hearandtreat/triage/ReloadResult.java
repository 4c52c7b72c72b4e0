package org.hearandtreat.triage;

import java.util.List;

/**
 * What a {@link TriageEngine#reload reload} did. Immutable and thread-safe; {@code problems} is empty exactly when
 * {@code applied} is true.
 *
 * @param applied  true when the new rule set now serves
 * @param serving  the rule set serving after the reload
 * @param previous the rule set that served before it
 * @param problems why the new rule set was rejected (build problems or failed checks)
 */
public record ReloadResult(boolean applied, RuleSetInfo serving, RuleSetInfo previous, List<String> problems) {
    public ReloadResult {
        problems = List.copyOf(problems);
        if (applied != problems.isEmpty()) {
            throw new IllegalArgumentException("problems must be empty exactly when applied: " + problems);
        }
    }
}
