package org.hearandtreat.triage;

/**
 * The root of what the engine throws, so that an embedder can catch the engine's failures in one place and tell them
 * apart by type:
 * <ul>
 *   <li>{@link InvalidAssessmentException}: the input must be fixed (each violation names its field);</li>
 *   <li>{@link RuleSetBuildException}: the rules must be fixed (each problem names its file and line);</li>
 *   <li>{@link RuleEvaluationException}: a rule set that built misbehaved on one call (names the rule when known);</li>
 *   <li>{@link AuditFailedException}: the decision was made but not audited (carries the result).</li>
 * </ul>
 * Model constructors reject a bad value with {@link InvalidFieldException}, an {@link IllegalArgumentException} as
 * Java convention has it; the JSON reader turns those into an {@code InvalidAssessmentException}. Every exception
 * keeps its problem list when serialised.
 */
public abstract sealed class TriageException extends RuntimeException permits InvalidAssessmentException,
        RuleSetBuildException, RuleEvaluationException, AuditFailedException {

    private static final long serialVersionUID = 1L;

    TriageException(String message) {
        super(message);
    }

    TriageException(String message, Throwable cause) {
        super(message, cause);
    }
}
