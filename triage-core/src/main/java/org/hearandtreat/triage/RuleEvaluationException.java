package org.hearandtreat.triage;

import org.jspecify.annotations.Nullable;

/**
 * A rule set that built misbehaved while evaluating one call: a rule failed, the rules fired more than the limit, or
 * an evaluation left a fact behind. No disposition was computed for this call; the session it ran in is discarded, so
 * the next call is untouched. Names the rule when it is known.
 */
public final class RuleEvaluationException extends TriageException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String ruleId;
    private final String ruleSet;

    /**
     * @param ruleSet the rule set, as {@link RuleSetInfo#toString()} prints it
     * @param ruleId  the id of the rule that failed, or null when not known
     * @param message what went wrong
     * @param cause   what the rule threw, or the engine's own finding
     */
    public RuleEvaluationException(String ruleSet, @Nullable String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleSet = ruleSet;
        this.ruleId = ruleId;
    }

    /** @return the id of the rule that failed, or null when not known (for example a fact left behind) */
    public @Nullable String ruleId() {
        return ruleId;
    }

    /** @return the rule set that failed, with its version and content hash */
    public String ruleSet() {
        return ruleSet;
    }
}
