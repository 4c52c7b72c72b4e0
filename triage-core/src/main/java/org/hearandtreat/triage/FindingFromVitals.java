package org.hearandtreat.triage;

import org.jspecify.annotations.Nullable;

/**
 * A question the vital signs proved present, whatever was answered. Immutable and thread-safe.
 *
 * @param question the question code
 * @param answer   what was answered, or null when it was not asked
 * @param finding  the vital-sign finding that proves it
 */
public record FindingFromVitals(String question, @Nullable Answer answer, VitalSignFinding finding) {

    public FindingFromVitals {
        InvalidFieldException.required("question", question, "a question code");
        InvalidFieldException.required("finding", finding, "a vital-sign finding");
    }

    /** @return true when the answer said the opposite of the vitals (NO) */
    public boolean contradicts() {
        return answer == Answer.NO;
    }

    /** @return e.g. {@code UNRESPONSIVE answered NO, but consciousness UNRESPONSIVE: read as present} */
    public String describe() {
        return question + (answer == null ? " not asked; " : " answered " + answer + ", but ") + finding.reading()
                + ": read as present";
    }
}
