package org.hearandtreat.triage;

import java.time.Duration;
import java.time.Instant;

/**
 * One evaluation, as the embedding system stores it for its own audit trail: what went in, what came out, which
 * rules produced it and how long it took. Immutable and thread-safe; all components are required.
 *
 * @param sequence    position of this evaluation among those of its engine, from 1
 * @param assessment  the assessment evaluated
 * @param result      the result returned to the caller (it names the rule set and the evaluation instant)
 * @param guidance    whether next-question guidance was computed
 * @param elapsed     time the evaluation took, measured with a monotonic clock
 */
public record AuditRecord(long sequence, Assessment assessment, TriageResult result, Guidance guidance,
                          Duration elapsed) {

    public AuditRecord {
        if (sequence < 1) {
            throw new InvalidFieldException("sequence", sequence, "a position from 1");
        }
        InvalidFieldException.required("assessment", assessment, "the assessment");
        InvalidFieldException.required("result", result, "the result");
        InvalidFieldException.required("guidance", guidance, "the guidance");
        InvalidFieldException.required("elapsed", elapsed, "a duration");
    }

    /** @return the rule set that produced the result */
    public RuleSetInfo ruleSet() {
        return result.ruleSet();
    }

    /** @return the evaluation instant (an input, not the time of recording) */
    public Instant evaluatedAt() {
        return result.evaluatedAt();
    }
}
