package org.hearandtreat.triage;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An assessment (or its JSON) is not acceptable. Each violation names the JSON path of the field, the rejected value
 * and what was expected, so the caller can fix the exact input; nothing is silently defaulted.
 */
public final class InvalidAssessmentException extends TriageException {

    private static final long serialVersionUID = 1L;

    /**
     * One rejected field.
     *
     * @param path     JSON path such as {@code $.answers.CHEST_PAIN} or {@code $.vitals.pulse}
     * @param value    the rejected value as text, or null when missing
     * @param expected what would have been accepted
     */
    public record Violation(String path, @Nullable String value, String expected) implements java.io.Serializable {
        @Override
        public String toString() {
            return path + ": " + (value == null ? "missing" : "'" + InvalidFieldException.printable(value) + "'")
                    + " is not valid; expected " + expected;
        }
    }

    private final List<Violation> violations;

    /** @param violations at least one violation */
    public InvalidAssessmentException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** @return every violation */
    public List<Violation> violations() {
        return violations;
    }
}
