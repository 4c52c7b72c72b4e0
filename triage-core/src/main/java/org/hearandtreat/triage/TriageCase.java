package org.hearandtreat.triage;

import java.util.List;

/**
 * A clinical test case: an assessment with the disposition a clinician expects, and optionally the rules expected to
 * fire. Case files are JSON and are run by the case-suite harness. Immutable and thread-safe; {@code description} and
 * {@code assessment} are required, {@code expected} is null for a case that is only triaged and tallied, and
 * {@code expectedRules} is empty when not checked.
 *
 * @param description   what the case represents, in clinical words
 * @param assessment    the assessment
 * @param expected      the expected disposition, or null
 * @param expectedRules rule ids that must be among the fired rules
 */
public record TriageCase(String description, Assessment assessment, Disposition expected, List<String> expectedRules) {

    public TriageCase {
        if (description == null || description.isBlank()) {
            throw new InvalidFieldException("description", description, "a description of the case");
        }
        InvalidFieldException.required("assessment", assessment, "an assessment");
        expectedRules = expectedRules == null ? List.of() : List.copyOf(expectedRules);
    }
}
