package org.hearandtreat.triage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A clinical test case: an assessment with the disposition a clinician expects, and optionally the rules expected to
 * fire. Case files are JSON and are run by the case-suite harness. Immutable and thread-safe; {@code description} and
 * {@code assessment} are required, {@code expected} is null for a case that is only triaged and tallied (it is a
 * disposition code, checked against the rule set the case runs on: {@link Vocabulary#disposition(String)}), and
 * {@code expectedRules} is empty when not checked.
 *
 * @param description   what the case represents, in clinical words
 * @param assessment    the assessment
 * @param expected      the expected disposition code, such as {@code C2A} or {@code GP/PT24H}, or null
 * @param expectedRules rule ids that must be among the fired rules
 */
public record TriageCase(String description, Assessment assessment, @Nullable String expected,
                         List<String> expectedRules) {

    public TriageCase {
        if (description == null || description.isBlank()) {
            throw new InvalidFieldException("description", description, "a description of the case");
        }
        InvalidFieldException.required("assessment", assessment, "an assessment");
        expectedRules = expectedRules == null ? List.of() : List.copyOf(expectedRules);
    }
}
